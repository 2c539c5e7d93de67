#!/usr/bin/env bash
# Long fuzz runs (issue 17). Runs the fuzz property (no crash, --fix idempotent, reporters valid) of
# tests/EditorialLint.Cli.Tests/Fuzz over generated drafts: Markdown structure, mutated samples, suppression comments,
# four encodings and five line-ending styles. Failing inputs are shrunk by CsCheck and the smallest of each kind is
# saved in bench/out/fuzz/failures/ (KIND.md or KIND.txt, with KIND.*.txt holding the exception); inputs slower than
# FUZZ_SLOW_MS (default 2000) are saved in bench/out/fuzz/slow/.
#
#   bash bench/fuzz.sh                      # 1,000,000 inputs in chunks of 50,000 (new seed each chunk)
#   bash bench/fuzz.sh --inputs 20000       # fewer
#   bash bench/fuzz.sh --seconds 600        # for a time instead
#   bash bench/fuzz.sh --spelling           # with EL4001 (slow on long unknown words until its suggestions are capped)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
INPUTS=1000000; CHUNK=50000; SECONDS_LIMIT=""; SPELLING=0
while [ $# -gt 0 ]; do
  case "$1" in
    --inputs) INPUTS=$2; shift ;;
    --chunk) CHUNK=$2; shift ;;
    --seconds) SECONDS_LIMIT=$2; shift ;;
    --spelling) SPELLING=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

OUT=$ROOT/bench/out/fuzz
mkdir -p "$OUT/failures" "$OUT/slow"
REPORT=$OUT/report.txt
: > "$REPORT"
echo "building the tests (Release)" >&2
dotnet build tests/EditorialLint.Cli.Tests -c Release -v q -nologo >/dev/null

run_chunk() { # $1 = iterations or "", $2 = seconds or ""
  FUZZ_ITERATIONS=${1:--1} FUZZ_SECONDS=${2:-40} FUZZ_SEED="" FUZZ_SPELLING=$SPELLING FUZZ_STRICT=1 FUZZ_REPORT=$REPORT \
  FUZZ_FAILURES=$OUT/failures FUZZ_SLOW=$OUT/slow \
    dotnet test tests/EditorialLint.Cli.Tests -c Release --no-build -nologo \
      --filter "FullyQualifiedName~Fuzz.FuzzTests.Generated" --logger "console;verbosity=normal" > "$OUT/last-run.log" 2>&1
}

status=0
start=$(date +%s)
if [ -n "$SECONDS_LIMIT" ]; then
  run_chunk "" "$SECONDS_LIMIT" || status=$?
else
  done_inputs=0
  while [ "$done_inputs" -lt "$INPUTS" ]; do
    n=$(( INPUTS - done_inputs < CHUNK ? INPUTS - done_inputs : CHUNK ))
    if ! run_chunk "$n" ""; then status=1; break; fi
    done_inputs=$(( done_inputs + n ))
    echo "$done_inputs / $INPUTS inputs, $(( $(date +%s) - start )) s" >&2
  done
fi

cat "$REPORT"
if [ "$status" != 0 ]; then
  echo "FAILED: see $OUT/last-run.log; smallest failing inputs:" >&2
  ls -l "$OUT/failures" >&2
  grep -E "Failed|Exception|FuzzFailure" "$OUT/last-run.log" | head -20 >&2
  exit 1
fi
echo "fuzz: $(awk '{s += $2} END {print s}' "$REPORT") inputs in $(( $(date +%s) - start )) s, no failures; slow inputs saved: $(ls "$OUT/slow" | wc -l)"
