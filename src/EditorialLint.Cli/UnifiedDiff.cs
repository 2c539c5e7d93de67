using System.Text;

namespace EditorialLint.Cli;

/// <summary>A unified diff of two texts (line based, three lines of context), for <c>--fix --dry-run</c>.</summary>
internal static class UnifiedDiff
{
    public static string Create(string path, string before, string after)
    {
        var a = SplitLines(before);
        var b = SplitLines(after);

        // Trim the common prefix and suffix; drafts are small, so an LCS table over the rest is cheap.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Length - prefix - suffix;
        var m = b.Length - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        // Edit script: (' ', line), ('-', line), ('+', line) with positions in a and b.
        var ops = new List<(char Op, string Line, int A, int B)>();
        for (var k = 0; k < prefix; k++)
        {
            ops.Add((' ', a[k], k, k));
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                ops.Add((' ', a[prefix + x], prefix + x, prefix + y));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                ops.Add(('-', a[prefix + x], prefix + x, prefix + y));
                x++;
            }
            else
            {
                ops.Add(('+', b[prefix + y], prefix + x, prefix + y));
                y++;
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            ops.Add((' ', a[a.Length - suffix + k], a.Length - suffix + k, b.Length - suffix + k));
        }

        var sb = new StringBuilder();
        sb.Append("--- a/").Append(path.Replace('\\', '/')).Append('\n');
        sb.Append("+++ b/").Append(path.Replace('\\', '/')).Append('\n');
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
            sb.Append("@@ -").Append(aStart + (aCount > 0 ? 1 : 0)).Append(',').Append(aCount)
              .Append(" +").Append(bStart + (bCount > 0 ? 1 : 0)).Append(',').Append(bCount).Append(" @@\n");
            for (var k = start; k < end; k++)
            {
                sb.Append(ops[k].Op).Append(ops[k].Line).Append('\n');
            }

            idx = end;
        }

        return sb.ToString();
    }

    private static string[] SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
