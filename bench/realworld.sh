#!/usr/bin/env bash
# Real-world precision: lints a folder of real documents with default settings, prints per rule the count, the rate
# per 1,000 words and the files touched, scores a judgments file (judged-true findings kept, judged-false gone) and
# the wall time.
#
#   bash bench/realworld.sh                                   # ../shared/realworld/docs with its judgments.tsv
#   bash bench/realworld.sh tests/RealWorld/docs tests/RealWorld/judgments.tsv
#   bash bench/realworld.sh DIR [JUDGMENTS] [-- extra lint options]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DOCS=${1:-../shared/realworld/docs}
JUDGMENTS=${2:-}
if [ -z "$JUDGMENTS" ] && [ -f "$DOCS/../judgments.tsv" ]; then JUDGMENTS=$DOCS/../judgments.tsv; fi
shift $(( $# > 2 ? 2 : $# )) || true
[ "${1:-}" = "--" ] && shift
[ -d "$DOCS" ] || { echo "no such folder: $DOCS" >&2; exit 2; }

OUT=$ROOT/bench/out; mkdir -p "$OUT"
echo "building editorial-lint (Release)" >&2
dotnet build src/EditorialLint.Cli -c Release -v q -nologo >/dev/null
CLI=$ROOT/src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint

# Default settings: the documents' own folder may not configure anything (a root .editorconfig stops the search).
start=$(date +%s.%N)
"$CLI" lint "$DOCS" --format json --output "$OUT/realworld.json" --quiet "$@" >/dev/null 2>"$OUT/realworld.stderr" || true
end=$(date +%s.%N)
wall=$(python3 -c "print(f'{$end-$start:.2f}')")
python3 bench/realworld_score.py "$OUT/realworld.json" "$DOCS" "${JUDGMENTS:-}" "$wall"
