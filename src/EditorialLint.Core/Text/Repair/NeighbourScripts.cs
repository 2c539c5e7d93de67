namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// The script of the words around a candidate repair, for one-letter words: "Петровић Ð¸ Жана" is и between two
/// Cyrillic words, though "Ð¸" alone would be a capital and a symbol.
/// </summary>
internal static class NeighbourScripts
{
    /// <summary>The script of a non-Latin letter that mojibake turns into Latin pairs: 1 Cyrillic, 2 Greek, 0 other.</summary>
    public static int NonLatinScript(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' when char.IsLetter(c) => 1,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' when char.IsLetter(c) => 2,
        _ => 0,
    };

    /// <summary>
    /// The cluster decodes to one Cyrillic or Greek letter standing as a word of its own, and the words on either side
    /// (past spaces and punctuation; a side with no word does not count) are of that script: repaired by an accepted
    /// cluster or written in it. At least one such neighbour is needed.
    /// </summary>
    public static bool IsOneLetterWordOfItsNeighboursScript(string s, MojibakeCluster c, List<MojibakeCluster> accepted)
    {
        var script = c.Decoded.Length == 1 ? NonLatinScript(c.Decoded[0]) : 0;
        if (script == 0 || (c.Start > 0 && char.IsLetterOrDigit(s[c.Start - 1])) || (c.End < s.Length && char.IsLetterOrDigit(s[c.End])))
        {
            return false;
        }

        var left = NeighbourScript(s, c.Start, -1, accepted);
        var right = NeighbourScript(s, c.End, +1, accepted);
        if ((left != -1 && left != script) || (right != -1 && right != script))
        {
            return false;
        }

        return left == script || right == script;
    }

    /// <summary>
    /// The script of the nearest word from <paramref name="from"/> in <paramref name="direction"/>: -1 when there is
    /// none within a few separators, else as <see cref="NonLatinScript"/> (0 for a Latin word or a mixed one).
    /// </summary>
    private static int NeighbourScript(string s, int from, int direction, List<MojibakeCluster> accepted)
    {
        var i = direction < 0 ? from - 1 : from;
        var gap = 0;
        while (i >= 0 && i < s.Length && !char.IsLetterOrDigit(s[i]) && s[i] != '\n')
        {
            i += direction;
            if (++gap > 3)
            {
                return -1;
            }
        }

        if (i < 0 || i >= s.Length || s[i] == '\n' || gap == 0)
        {
            return -1;
        }

        // An accepted cluster that ends (or starts) the word there: judge what it decodes to.
        var edge = direction < 0 ? i + 1 : i;
        foreach (var a in accepted)
        {
            if ((direction < 0 ? a.End : a.Start) == edge)
            {
                return WordScript(a.Decoded);
            }
        }

        var start = i;
        var end = i + 1;
        while (start > 0 && char.IsLetter(s[start - 1]))
        {
            start--;
        }

        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        return WordScript(s.AsSpan(start, end - start));
    }

    private static int WordScript(ReadOnlySpan<char> word)
    {
        var script = -1;
        foreach (var ch in word)
        {
            if (!char.IsLetter(ch))
            {
                continue;
            }

            var x = NonLatinScript(ch);
            if (script >= 0 && x != script)
            {
                return 0;
            }

            script = x;
        }

        return Math.Max(script, 0);
    }
}
