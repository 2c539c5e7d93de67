#!/usr/bin/env bash
# Suggestions on against suggestions off on the shared real-world documents (../shared/realworld/docs by default),
# runs interleaved, medians of RUNS; then the spelling counts per 1,000 words and a check that suggestions are
# byte-identical with one thread and with four. Usage: bash bench/spelling/realworld.sh [DOCS [RUNS]]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DOCS="${1:-$ROOT/../shared/realworld/docs}"
RUNS="${2:-3}"
CLI="$ROOT/src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint"
dotnet build "$ROOT/src/EditorialLint.Cli" -c Release -v q -nologo >/dev/null
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for mode in on off; do
  mkdir -p "$WORK/$mode"
  cp "$DOCS"/* "$WORK/$mode/"
  printf 'root = true\n' > "$WORK/$mode/.editorconfig"
done
printf '[*]\neditorial_lint.spelling_max_suggestions = 0\n' >> "$WORK/off/.editorconfig"
words=$(cat "$DOCS"/* | wc -w)
declare -A wall cpu
for _ in $(seq "$RUNS"); do
  for mode in off on; do
    /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$CLI" lint "$WORK/$mode" --format json -o "$WORK/$mode.json" -q >/dev/null 2>&1 || true
    read -r w u s < <(tail -n 1 "$WORK/t")
    wall[$mode]+="$w "
    cpu[$mode]+="$(echo "$u + $s" | bc) "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for mode in off on; do
  echo "suggestions $mode: wall $(echo "${wall[$mode]}" | median) s, cpu $(echo "${cpu[$mode]}" | median) s (median of $RUNS; walls: ${wall[$mode]})"
done
python3 - "$WORK/on.json" "$words" <<'PY'
import json, sys, collections
d = json.load(open(sys.argv[1]))["diagnostics"]
words = int(sys.argv[2])
c = collections.Counter(x["id"] for x in d)
for rule in ("EL4001", "EL4004", "EL4003"):
    print(f"{rule}: {c[rule]} ({c[rule] * 1000 / words:.2f} per 1,000 of {words} words)")
PY
DOTNET_PROCESSOR_COUNT=1 "$CLI" lint "$WORK/on" --format json -o "$WORK/t1.json" -q >/dev/null 2>&1 || true
DOTNET_PROCESSOR_COUNT=4 "$CLI" lint "$WORK/on" --format json -o "$WORK/t4.json" -q >/dev/null 2>&1 || true
if cmp -s "$WORK/t1.json" "$WORK/t4.json"; then echo "reports with 1 and 4 threads: byte-identical"; else echo "reports with 1 and 4 threads: DIFFER"; exit 1; fi
