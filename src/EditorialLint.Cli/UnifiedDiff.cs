using System.Text;

namespace EditorialLint.Cli;

/// <summary>
/// A unified diff of two texts (line based, three lines of context), for <c>--fix --dry-run</c>. Without colour it is a
/// plain patch (<c>git apply</c> takes it); with colour, each changed line is shown beside its replacement with the
/// words that differ highlighted (reverse video), as <c>git diff --color-words</c> does, since a fix usually changes a
/// word or two in a long paragraph line.
/// </summary>
internal static class UnifiedDiff
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Cyan = "\u001b[36m";
    private const string Bold = "\u001b[1m";
    private const string Reverse = "\u001b[7m";
    private const string NoReverse = "\u001b[27m";
    private const string Reset = "\u001b[0m";

    public static string Create(string path, string before, string after, bool color = false)
    {
        var ops = EditScript(before, after);
        var sb = new StringBuilder();
        sb.Append(color ? Bold : string.Empty).Append("--- a/").Append(NativeFileNames.ForReport(path)).Append('\n');
        sb.Append("+++ b/").Append(NativeFileNames.ForReport(path)).Append(color ? Reset : string.Empty).Append('\n');
        const int context = 3;
        var idx = 0;
        while (idx < ops.Count)
        {
            if (ops[idx].Op == ' ')
            {
                idx++;
                continue;
            }

            var start = Math.Max(0, idx - context);
            var end = idx;
            var lastChange = idx;
            while (end < ops.Count)
            {
                if (ops[end].Op != ' ')
                {
                    lastChange = end;
                }
                else if (end - lastChange > 2 * context)
                {
                    break;
                }

                end++;
            }

            end = Math.Min(ops.Count, lastChange + context + 1);
            var aStart = ops[start].A;
            var bStart = ops[start].B;
            var aCount = ops.Skip(start).Take(end - start).Count(o => o.Op != '+');
            var bCount = ops.Skip(start).Take(end - start).Count(o => o.Op != '-');
            sb.Append(color ? Cyan : string.Empty).Append("@@ -").Append(aStart + (aCount > 0 ? 1 : 0)).Append(',').Append(aCount)
              .Append(" +").Append(bStart + (bCount > 0 ? 1 : 0)).Append(',').Append(bCount).Append(" @@").Append(color ? Reset : string.Empty).Append('\n');
            for (var k = start; k < end; k++)
            {
                if (!color)
                {
                    sb.Append(ops[k].Op).Append(ops[k].Line).Append('\n');
                    continue;
                }

                // A run of removed lines followed by as many added lines: pair them and highlight the changed words.
                var removed = 0;
                while (k + removed < end && ops[k + removed].Op == '-')
                {
                    removed++;
                }

                var added = 0;
                while (k + removed + added < end && ops[k + removed + added].Op == '+')
                {
                    added++;
                }

                if (removed > 0 && removed == added)
                {
                    for (var r = 0; r < removed; r++)
                    {
                        var (oldLine, newLine) = WordDiff(ops[k + r].Line, ops[k + removed + r].Line);
                        sb.Append(Red).Append('-').Append(oldLine).Append(Reset).Append('\n');
                        sb.Append(Green).Append('+').Append(newLine).Append(Reset).Append('\n');
                    }

                    k += (2 * removed) - 1;
                    continue;
                }

                var c = ops[k].Op switch { '-' => Red, '+' => Green, _ => string.Empty };
                sb.Append(c).Append(ops[k].Op).Append(ops[k].Line).Append(c.Length > 0 ? Reset : string.Empty).Append('\n');
            }

            idx = end;
        }

        return sb.ToString();
    }

    /// <summary>The two lines with the words only one of them has wrapped in reverse video (DiffPlex, word chunks).</summary>
    internal static (string Old, string New) WordDiff(string oldLine, string newLine)
    {
        var diff = DiffPlex.Differ.Instance.CreateDiffs(oldLine, newLine, ignoreWhiteSpace: false, ignoreCase: false, new DiffPlex.Chunkers.DelimiterChunker([' ', '\t', ',', '.', ';', ':', '!', '?', '(', ')', '"', '\'']));
        return (Mark(diff.PiecesOld, diff.DiffBlocks.Select(b => (b.DeleteStartA, b.DeleteCountA))),
                Mark(diff.PiecesNew, diff.DiffBlocks.Select(b => (b.InsertStartB, b.InsertCountB))));
    }

    private static string Mark(IReadOnlyList<string> pieces, IEnumerable<(int Start, int Count)> changed)
    {
        var marked = new bool[pieces.Count];
        foreach (var (start, count) in changed)
        {
            for (var i = start; i < start + count && i < marked.Length; i++)
            {
                marked[i] = true;
            }
        }

        var sb = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var open = marked[i] && (i == 0 || !marked[i - 1]);
            var close = marked[i] && (i == pieces.Count - 1 || !marked[i + 1]);
            sb.Append(open ? Reverse : string.Empty).Append(pieces[i]).Append(close ? NoReverse : string.Empty);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The line edit script: (' ', line), ('-', line), ('+', line) with each line's index in the old and new text.
    /// DiffPlex finds the changed blocks (Myers' algorithm, linear memory: a 10 MB draft with one fix does not need a
    /// table of lines × lines); within a block removed lines come before added ones, as in a patch.
    /// </summary>
    private static List<(char Op, string Line, int A, int B)> EditScript(string before, string after)
    {
        var diff = DiffPlex.Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var ops = new List<(char Op, string Line, int A, int B)>(Math.Max(a.Count, b.Count));
        int x = 0, y = 0;
        void Same(int untilA)
        {
            for (; x < untilA; x++, y++)
            {
                ops.Add((' ', a[x], x, y));
            }
        }

        foreach (var block in diff.DiffBlocks)
        {
            Same(block.DeleteStartA);
            for (var k = 0; k < block.DeleteCountA; k++, x++)
            {
                ops.Add(('-', a[x], x, y));
            }

            for (var k = 0; k < block.InsertCountB; k++, y++)
            {
                ops.Add(('+', b[y], x, y));
            }
        }

        Same(a.Count);
        return ops;
    }

    /// <summary>Lines without their endings (CRLF counts as one), and no empty last line after a final line break.</summary>
    private sealed class LineChunker : DiffPlex.IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => SplitLines(text);
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
