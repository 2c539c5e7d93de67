namespace EditorialLint.Core.Text.Repair;

/// <summary>Evidence from the text itself that a lone two-character repair is mojibake and not a real letter pair.</summary>
internal static class MojibakeCorroboration
{
    /// <summary>
    /// The letter it gives is written correctly elsewhere in the block (JĂĽrgen beside Müller); its second character is a
    /// symbol or control wedged between letters (ArbĆ«r, Č˜tefan, YÄ±ldÄ±z: no language writes one there); it is a
    /// lower-case letter in a word otherwise in capitals and the repair is a capital (MÃœLLER); or the repair is a
    /// one-letter word of the script of its neighbours (ĪŸ Γιώργος). A wedged symbol does not count against correctly
    /// encoded punctuation elsewhere (<paramref name="wedgedCounts"/> false): Dr\u00C3\u00A5ber beside a correct en dash
    /// may be a name in another code page; a wedged C1 control always counts (no text has one inside a word).
    /// </summary>
    public static bool Corroborated(string s, MojibakeCluster c, List<MojibakeCluster> accepted, bool wedgedCounts)
    {
        var c1 = s[c.Start];
        var c2 = s[c.Start + 1];
        var d = c.Decoded[0];
        var after = c.End < s.Length ? s[c.End] : ' ';
        if (char.IsLetter(d) && d >= '\u00C0' && WrittenElsewhere(s, c, d))
        {
            return true;
        }

        if ((wedgedCounts || char.IsControl(c2)) && char.IsLetter(d) && char.IsLetter(c1) && char.IsLetter(after) && IsWedgedSymbol(c2))
        {
            return true;
        }

        if (char.IsLower(c2) && char.IsUpper(d) && IsInCapitals(s, c))
        {
            return true;
        }

        return NeighbourScripts.IsOneLetterWordOfItsNeighboursScript(s, c, accepted);
    }

    /// <summary>A character no language writes between two letters of a word (apostrophes, hyphens and the like excepted).</summary>
    private static bool IsWedgedSymbol(char c2) =>
        !char.IsLetter(c2) && !char.IsWhiteSpace(c2) &&
        c2 is not ('\u2019' or '\u2018' or '\'' or '\u02BC' or '-' or '\u2010' or '\u2011' or '.' or '\u00B7' or '/' or '&');

    /// <summary>The letter, in either case, occurs in the text outside the cluster (written correctly or already repaired).</summary>
    private static bool WrittenElsewhere(string s, MojibakeCluster c, char d)
    {
        var lower = char.ToLowerInvariant(d);
        var upper = char.ToUpperInvariant(d);

        // Counted once per text, not searched per cluster (a long line of clusters made this quadratic).
        var counts = CharCounts(s);
        var total = counts.GetValueOrDefault(lower) + (upper != lower ? counts.GetValueOrDefault(upper) : 0);
        var inside = 0;
        for (var i = c.Start; i < c.End; i++)
        {
            inside += s[i] == lower || s[i] == upper ? 1 : 0;
        }

        return total > inside;
    }

    [ThreadStatic]
    private static string? _countedText;

    [ThreadStatic]
    private static Dictionary<char, int>? _charCounts;

    private static Dictionary<char, int> CharCounts(string s)
    {
        if (ReferenceEquals(_countedText, s) && _charCounts is not null)
        {
            return _charCounts;
        }

        var counts = new Dictionary<char, int>();
        foreach (var ch in s)
        {
            counts[ch] = counts.GetValueOrDefault(ch) + 1;
        }

        _countedText = s;
        _charCounts = counts;
        return counts;
    }

    /// <summary>The other letters of the cluster's word are capitals, at least two of them.</summary>
    private static bool IsInCapitals(string s, MojibakeCluster c)
    {
        var capitals = 0;
        for (var i = c.Start - 1; i >= 0 && char.IsLetter(s[i]); i--)
        {
            if (!char.IsUpper(s[i]))
            {
                return false;
            }

            capitals++;
        }

        for (var i = c.End; i < s.Length && char.IsLetter(s[i]); i++)
        {
            if (!char.IsUpper(s[i]))
            {
                return false;
            }

            capitals++;
        }

        return capitals >= 2;
    }
}
