#!/usr/bin/env bash
# Long fuzz runs (issue 17). Runs the fuzz property of tests/EditorialLint.Cli.Tests/Fuzz (no crash, --fix reaches a
# fixed point and a second run on the written bytes fixes nothing, every reporter's output valid; strict: fixes that
# undo each other fail too) over generated drafts: Markdown structure, mutated samples, suppression comments, four
# encodings and five line-ending styles. Work goes in chunks (one `dotnet test` each); chunk k of a run with base
# seed S uses seed S+k, and input i of a chunk is CsCheck's PCG stream i from that seed, so every input can be
# regenerated. A failure does not stop the run: it is counted, and the first input of each failure kind is shrunk by
# CsCheck; the smallest input of each kind is saved in bench/out/fuzz/failures/ (KIND.md or KIND.txt, with
# KIND.*.txt holding the exception). Inputs that take more than FUZZ_SLOW_MS (default 2000) of CPU time are saved in
# bench/out/fuzz/slow/. Each finished chunk adds one line to bench/out/fuzz/progress.txt; --resume goes on from it.
#
#   bash bench/fuzz.sh                      # 1,000,000 inputs in chunks of 10,000
#   bash bench/fuzz.sh --inputs 20000       # fewer
#   bash bench/fuzz.sh --seconds 600        # stop after this long (the chunk under way stops at the limit too)
#   bash bench/fuzz.sh --resume             # go on with the run in progress.txt (same base seed, next chunk)
#   bash bench/fuzz.sh --jobs 4             # worker threads (default: the number of CPUs)
#   bash bench/fuzz.sh --seed 42            # base seed (default: random)
#   bash bench/fuzz.sh --spelling           # with EL4001 (slow on long unknown words)
#   bash bench/fuzz.sh --profile            # CPU time per phase (generation, lint, each reporter, fix, second run)
#
# The last line is the summary: inputs, crashes, non-idempotent fixes, fix cycles, reporter failures, slow inputs, seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
INPUTS=1000000; CHUNK=10000; SECONDS_LIMIT=0; SPELLING=0; RESUME=0; JOBS=$(nproc); SEED=""; PROFILE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --inputs) INPUTS=$2; shift ;;
    --chunk) CHUNK=$2; shift ;;
    --seconds) SECONDS_LIMIT=$2; shift ;;
    --jobs) JOBS=$2; shift ;;
    --seed) SEED=$2; shift ;;
    --resume) RESUME=1 ;;
    --spelling) SPELLING=1 ;;
    --profile) PROFILE=1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

OUT=$ROOT/bench/out/fuzz
PROGRESS=$OUT/progress.txt
mkdir -p "$OUT/failures" "$OUT/slow"
if [ "$RESUME" = 1 ] && [ -s "$PROGRESS" ]; then
  SEED=$(sed -n 's/^run base_seed=\([0-9]*\).*/\1/p' "$PROGRESS" | head -1)
  echo "resuming the run with base seed $SEED" >&2
else
  [ -f "$PROGRESS" ] && mv "$PROGRESS" "$OUT/progress.previous.txt"
  [ -n "$SEED" ] || SEED=$(( $(od -An -N6 -tu8 /dev/urandom | tr -d ' ') + 1 ))
  echo "run base_seed=$SEED started=$(date -u +%FT%TZ)" > "$PROGRESS"
fi

# Sum of one key over the finished chunks of this run.
total() { awk -v k="$1" '/^chunk /{for (i = 2; i <= NF; i++) {split($i, kv, "="); if (kv[1] == k) s += kv[2]}} END {print s + 0}' "$PROGRESS"; }

echo "building the tests (Release)" >&2
dotnet build tests/EditorialLint.Cli.Tests -c Release -v q -nologo >/dev/null
# The chunks run a copy of the test binaries, so that building (or switching branches) during a long run is safe.
# It sits under the repository, where the tests find it (they look for EditorialLint.sln upwards).
rm -rf "$OUT/bin"
cp -r tests/EditorialLint.Cli.Tests/bin/Release/net10.0 "$OUT/bin"

start=$(date +%s)
timings=""; [ "$PROFILE" = 1 ] && timings=1
while :; do
  done_inputs=$(total inputs)
  [ "$done_inputs" -lt "$INPUTS" ] || break
  left=0
  if [ "$SECONDS_LIMIT" != 0 ]; then
    left=$(( SECONDS_LIMIT - ($(date +%s) - start) ))
    [ "$left" -gt 0 ] || break
  fi
  k=$(grep -c '^chunk ' "$PROGRESS" || true)
  n=$(( INPUTS - done_inputs < CHUNK ? INPUTS - done_inputs : CHUNK ))
  # A chunk that fails only because the property failed has still written its line; one that wrote none crashed.
  before=$k
  # A larger first GC generation: about 7 % less CPU time per input here (the property allocates a lot).
  DOTNET_GCgen0size=${DOTNET_GCgen0size:-0x4000000} EDITORIAL_LINT_TIMINGS=$timings FUZZ_PROFILE=${timings:+$OUT/profile.txt} \
  FUZZ_ITERATIONS=$n FUZZ_SECONDS=$left FUZZ_SEED=$(( SEED + k )) FUZZ_THREADS=$JOBS FUZZ_SPELLING=$SPELLING \
  FUZZ_STRICT=1 FUZZ_REPORT=$PROGRESS FUZZ_FAILURES=$OUT/failures FUZZ_SLOW=$OUT/slow \
    dotnet test "$OUT/bin/EditorialLint.Cli.Tests.dll" \
      --filter "FullyQualifiedName~Fuzz.FuzzTests.Generated" --logger "console;verbosity=normal" > "$OUT/last-run.log" 2>&1 || true
  if [ "$(grep -c '^chunk ' "$PROGRESS" || true)" = "$before" ]; then
    echo "the test host stopped without a summary (seed $(( SEED + k ))): see $OUT/last-run.log" >&2
    cp "$OUT/last-run.log" "$OUT/failures/host-crash-seed-$(( SEED + k )).log"
    echo "chunk seed=$(( SEED + k )) inputs=0 crashes=1 host_crash=1" >> "$PROGRESS"
  fi
  grep '^chunk ' "$PROGRESS" | tail -1 >&2
  echo "$(total inputs) / $INPUTS inputs, $(( $(date +%s) - start )) s" >&2
done

failures=$(( $(total crashes) + $(total non_idempotent_fixes) + $(total fix_cycles) + $(total reporter_failures) ))
if [ "$failures" != 0 ]; then
  echo "failures (seeds in $PROGRESS; smallest inputs in $OUT/failures):" >&2
  grep -o 'failure:[^ ]*' "$PROGRESS" >&2 || true
fi
echo "fuzz summary: $(total inputs) inputs ($(total fixes) with fixes) in $(grep -c '^chunk ' "$PROGRESS" || true) chunks from base seed $SEED: $(total crashes) crashes, $(total non_idempotent_fixes) non-idempotent fixes, $(total fix_cycles) fix cycles, $(total reporter_failures) reporter failures, $(total slow) slow inputs, $(total seconds) s ($(total cpu_seconds) CPU s in the tests)"
[ "$failures" = 0 ]
