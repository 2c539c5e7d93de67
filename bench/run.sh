#!/usr/bin/env bash
# EditorialLint benchmark: generates a corpus of commentary-sized Markdown drafts, then times `editorial-lint lint`
# (all built-in rules) against markdownlint-cli2 (heading rules), cspell (spelling), textlint (footnote order +
# terminology) and `hunspell -l` on the same corpus. Prints wall time, CPU time and peak memory as medians.
#
#   bash bench/run.sh            # 1,000 drafts; 5 runs of ours, 3 of each peer
#   bash bench/run.sh --quick    # 1 run each
#   bash bench/run.sh --drafts 10000 --no-peers
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DRAFTS=1000; RUNS=5; PEER_RUNS=3; PEERS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) RUNS=1; PEER_RUNS=1 ;;
    --drafts) DRAFTS=$2; shift ;;
    --no-peers) PEERS=0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

OUT=$ROOT/bench/out; CORPUS=$ROOT/bench/corpus/$DRAFTS
mkdir -p "$OUT"
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get install -y -qq time >/dev/null 2>&1 || true; }
[ -x /usr/bin/time ] || { echo "bench needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 2; }

if [ ! -d "$CORPUS" ]; then
  echo "generating $DRAFTS drafts in $CORPUS"
  python3 bench/gen_corpus.py "$CORPUS" "$DRAFTS" 2026
  printf 'root = true\n' > "$CORPUS/.editorconfig"
fi
echo "corpus: $DRAFTS drafts, $(du -sh "$CORPUS" | cut -f1), $(cat "$CORPUS"/*.md | wc -w) words"

echo "publishing editorial-lint (Release)"
# ReadyToRun (measured: one cold draft 0.75 s -> 0.48 s, 1,000 drafts 3.8 s -> 2.5 s on this machine).
dotnet publish src/EditorialLint.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/cli" -v q -nologo >/dev/null

if [ "$PEERS" = 1 ]; then
  if [ ! -x bench/node_modules/.bin/cspell ]; then
    echo "installing peers from npm into bench/node_modules"
    (cd bench && npm install --no-audit --no-fund --loglevel=error --no-save \
      markdownlint-cli2 cspell textlint textlint-rule-footnote-order textlint-rule-terminology >/dev/null)
  fi
  command -v hunspell >/dev/null 2>&1 || apt-get install -y -qq hunspell hunspell-en-us >/dev/null 2>&1 || true
  cat > "$OUT/.markdownlint-cli2.jsonc" <<'JSON'
{ "config": { "default": false, "MD001": true, "MD022": true, "MD023": true, "MD024": true, "MD025": true, "MD026": true, "MD036": true, "MD041": true } }
JSON
  cat > "$OUT/.textlintrc.json" <<'JSON'
{ "rules": { "footnote-order": true, "terminology": { "defaultTerms": false, "terms": [["Turkey", "Türkiye"]] } } }
JSON
fi

# measure NAME RUNS COMMAND...: prints "name wall cpu maxrss" medians
measure() {
  local name=$1 runs=$2; shift 2
  local walls=() cpus=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.txt" "$@" >/dev/null 2>&1 || true
    read -r w u s m < <(tail -n 1 "$OUT/time.txt")
    walls+=("$w"); cpus+=("$(echo "$u + $s" | bc)"); mems+=("$m")
  done
  med() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  echo "$name $(med "${walls[@]}") $(med "${cpus[@]}") $(med "${mems[@]}")"
}

RESULTS=$OUT/results.txt; : > "$RESULTS"
measure "editorial-lint(all-rules)" "$RUNS" "$OUT/cli/editorial-lint" lint "$CORPUS" --format json --output "$OUT/el.json" -q | tee -a "$RESULTS"
ONE=$(printf "%s\n" "$CORPUS"/draft-00000.md)
measure "editorial-lint(one-draft,cold)" "$RUNS" "$OUT/cli/editorial-lint" lint "$ONE" --format json --output "$OUT/one.json" -q | tee -a "$RESULTS"
if [ "$PEERS" = 1 ]; then
  (cd "$OUT" && measure "markdownlint-cli2(headings)" "$PEER_RUNS" "$ROOT/bench/node_modules/.bin/markdownlint-cli2" "$CORPUS/*.md") | tee -a "$RESULTS"
  measure "cspell(spelling)" "$PEER_RUNS" "$ROOT/bench/node_modules/.bin/cspell" lint --no-progress --no-summary "$CORPUS/*.md" | tee -a "$RESULTS"
  (cd bench && measure "textlint(footnotes+terms)" "$PEER_RUNS" "$ROOT/bench/node_modules/.bin/textlint" --config "$OUT/.textlintrc.json" "$CORPUS") | tee -a "$RESULTS"
  measure "hunspell-l" "$PEER_RUNS" sh -c "cat '$CORPUS'/*.md | hunspell -d en_US -l" | tee -a "$RESULTS"
fi

echo
awk 'NR==1 {base=$2} {printf "%-32s %9s s wall %9s s cpu %8.0f MiB   %6.1fx ours\n", $1, $2, $3, $4/1024, $2/base}' "$RESULTS"
