#!/usr/bin/env bash
# Spelling benchmark, built the way the tool ships (ReadyToRun), so that "first load in a process" measures loading
# rather than JIT compilation. Usage: bash bench/spelling/run.sh [DICTIONARY_DIR [TOKENS]]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/bench/out/spelling"
RID="linux-x64"
case "$(uname -m)" in aarch64|arm64) RID="linux-arm64" ;; esac
dotnet publish "$ROOT/bench/spelling" -c Release -r "$RID" --self-contained false -p:PublishReadyToRun=true -o "$OUT" -v quiet -nologo >/dev/null
cd "$ROOT"
exec "$OUT/SpellingBench" "$@"
