#!/usr/bin/env bash
# Scaling table for issue 17 (linear time): for each input shape that was superlinear, lint drafts that double in
# size up to 10 MB and print the wall time, the CPU time (user + system) and peak memory of each, and the CPU ratio to
# the size before (the target: at most x2.2 per doubling, and any 10 MB draft in under 10 s). On a loaded machine
# compare the CPU column: wall time also counts the time spent waiting for a core.
#
#   bash bench/scaling.sh                       # every shape (below), 1.25-10 MB
#
# Shapes: word (one long word), mojibake (lines), mojibake-one-line, footnotes (references and notes), prose (with
# headings), italics (paragraphs of 4,000 italic words), brackets (lines of 10,241 '['), nesting (128 nested quotes and
# 64 nested list items, repeated).
#   bash bench/scaling.sh --from-kib 160        # start smaller (more doublings)
#   bash bench/scaling.sh --shapes "word footnotes" --rules-off EL4001
#
# --rules-off ID[,ID]  turns rules off in the generated .editorconfig (e.g. to time one rule family without another).
# --timeout SECONDS    wall-time limit per draft (default 120); raise it on a loaded machine.
# CLI=path/to/editorial-lint times another build instead of publishing one into bench/out/cli.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FROM_KIB=1280; TO_KIB=10240; SHAPES="word mojibake mojibake-one-line footnotes prose italics brackets nesting"; RULES_OFF=""; LIMIT=120
while [ $# -gt 0 ]; do
  case "$1" in
    --from-kib) FROM_KIB=$2; shift ;;
    --to-kib) TO_KIB=$2; shift ;;
    --shapes) SHAPES=$2; shift ;;
    --rules-off) RULES_OFF=$2; shift ;;
    --timeout) LIMIT=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

OUT=$ROOT/bench/out; WORK=$OUT/scaling
mkdir -p "$WORK"
if [ -n "${CLI:-}" ]; then
  CLI=$(cd "$(dirname "$CLI")" && pwd)/$(basename "$CLI")
elif [ ! -x "$OUT/cli/editorial-lint" ] || [ -n "${REBUILD:-}" ]; then
  echo "publishing editorial-lint (Release)" >&2
  dotnet publish src/EditorialLint.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/cli" -v q -nologo >/dev/null
fi
CLI=${CLI:-$OUT/cli/editorial-lint}

{
  printf 'root = true\n\n[*]\n'
  IFS=',' read -ra OFF <<< "$RULES_OFF"
  for id in "${OFF[@]}"; do [ -n "$id" ] && printf 'dotnet_diagnostic.%s.severity = none\n' "$id"; done
} > "$WORK/.editorconfig"

# gen SHAPE BYTES FILE: a draft of about BYTES bytes of one shape.
gen() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
shape, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
out = []
n = 0
def add(s):
    global n
    out.append(s); n += len(s.encode('utf-8'))
if shape == 'word':
    # one heading word and one paragraph word, each half the size
    half = max(1, size // 2 - 20)
    add('# ' + 'Z' + 'a' * half + '\n\n')
    add('A ' + 'b' * half + ' word.\n')
elif shape == 'mojibake':
    add('# Title\n\n')
    while n < size:
        add('TÃ¼rkiye ErdoÄŸan â€“ said.\n\n')
elif shape == 'mojibake-one-line':
    add('# Title\n\n')
    while n < size:
        add('TÃ¼rkiye ErdoÄŸan â€“ said. ')
    add('\n')
elif shape == 'footnotes':
    add('# Title\n\n')
    refs, notes, i = [], [], 0
    per = 40  # bytes per reference line and note line together, roughly
    count = max(1, size // per)
    add(''.join(f'Claim {k}.[^{k}]\n' for k in range(1, count + 1)))
    add('\n## Notes\n\n')
    add(''.join(f'[^{k}]: Note {k}.\n' for k in range(1, count + 1)))
elif shape == 'italics':
    # paragraphs of 4,000 italic words each (Markdig nests every emphasis delimiter of a paragraph)
    add('# Title\n\n')
    para = 'Words ' + '*word* ' * 4000 + 'end.\n\n'
    while n < size:
        add(para)
elif shape == 'brackets':
    # the fault campaign's 10,241 '[' on a line, repeated in paragraphs of their own
    add('# Title\n\n')
    while n < size:
        add('Text ' + '[' * 10241 + ' more.\n\n')
elif shape == 'nesting':
    # the fault campaign's 128 nested quotes and 64 nested list items, repeated
    add('# Title\n\n')
    block = '>' * 128 + ' A quoted line.\n\n' + ''.join('  ' * d + '- item\n' for d in range(64)) + '\n'
    while n < size:
        add(block)
elif shape == 'prose':
    add('# The Balkans and Türkiye\n\n')
    para = ('President Erdoğan met the the delegation in Ankara on Tuesday; the talks on the Western Balkans, '
            'Bosnia and Herzegovina and Kosovo resumed after a long pause.[^1] Analysts in Belgrade and Sarajevo '
            'expect little progress before the elections.\n\n## A Section Heading\n\n')
    while n < size:
        add(para)
    add('## Notes\n\n[^1]: A note.\n')
open(path, 'w', encoding='utf-8').write(''.join(out))
PY
}

printf '%-20s %10s %10s %10s %8s %8s %s\n' shape size wall cpu ratio 'peak MB' exit
for shape in $SHAPES; do
  prev=""
  kib=$FROM_KIB
  while [ "$kib" -le "$TO_KIB" ]; do
    file=$WORK/$shape-$kib.md
    [ -f "$file" ] || gen "$shape" $((kib * 1024)) "$file"
    set +e
    (cd "$WORK" && /usr/bin/time -f '%e %U %S %M' -o "$file.time" timeout "$LIMIT" "$CLI" lint "$(basename "$file")" --format json -q > "$file.json" 2> "$file.err")
    code=$?
    set -e
    read -r wall user sys rss < <(tail -n 1 "$file.time")
    cpu=$(echo "$user + $sys" | bc)
    ratio="-"
    [ -n "$prev" ] && ratio=$(echo "scale=2; $cpu / $prev" | bc)
    [ "$code" = 124 ] && code="timeout"
    printf '%-20s %7s KiB %8.2f s %8.2f s %8s %8d %s\n' "$shape" "$kib" "$wall" "$cpu" "$ratio" $((rss / 1024)) "$code"
    prev=$cpu
    kib=$((kib * 2))
  done
done
