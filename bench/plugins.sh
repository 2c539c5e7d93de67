#!/usr/bin/env bash
# Plugin start-up: lint one draft without plugins, with a plugin folder compiled from scratch (cold), and with the
# same folder from the cache (warm). Medians of 5 runs.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=bench/out; mkdir -p "$OUT"
dotnet publish src/EditorialLint.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/cli" -v q -nologo >/dev/null
CLI=$OUT/cli/editorial-lint
DRAFT=samples/commentary-2026-14.clean.md
export EDITORIAL_LINT_CACHE=$PWD/$OUT/plugin-cache
med() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
t() { /usr/bin/time -f "%e" "$@" >/dev/null 2>"$OUT/t.txt" || true; tail -n 1 "$OUT/t.txt"; }
none=$(for _ in 1 2 3 4 5; do t "$CLI" lint "$DRAFT" -q --no-plugins; done | med)
cold=$(for _ in 1 2 3 4 5; do rm -rf "$EDITORIAL_LINT_CACHE"; t "$CLI" lint "$DRAFT" -q --rules rules/Examples; done | med)
"$CLI" lint "$DRAFT" -q --rules rules/Examples >/dev/null 2>&1 || true
warm=$(for _ in 1 2 3 4 5; do t "$CLI" lint "$DRAFT" -q --rules rules/Examples; done | med)
printf '%-28s %6s s\n' "no plugins" "$none" "plugins, cold (compile)" "$cold" "plugins, warm (cache)" "$warm"
echo "warm - none = $(echo "$warm - $none" | bc) s (target: at most 0.05 s)"
