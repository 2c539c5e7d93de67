namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// A sequence whose last byte was 0xA0: shown as NBSP, the NBSP became a plain space (or merged with the space after
/// it). "voil\u00C3 le" is "voil\u00E0 le", "\u00C5 veices" is "\u0160veices" (Windows-1257), "named\u00C2 " ends in an NBSP.
/// Except for a word-final "\u00C3" (\u00E0) these need other mojibake in the block; a stand-alone \u00E0 keeps its space
/// unless it begins the Portuguese contractions "\u00E0s" and "\u00E0quele".
/// </summary>
internal static class LostNbsp
{
    /// <summary>A lead (and for three bytes its middle byte) followed by a space: the character it would be with 0xA0.</summary>
    private readonly record struct Candidate(int Start, int Width, int Space, char Before, bool TwoSpaces, char Next, char Decoded);

    /// <summary>Add the lost-NBSP clusters of <paramref name="s"/> read through <paramref name="cp"/> to <paramref name="accepted"/>.</summary>
    public static void Add(string s, SingleByteCodePage cp, List<MojibakeCluster> accepted, bool[] inAnyCluster)
    {
        var evidence = accepted.Count > 0;
        var added = new List<MojibakeCluster>();
        for (var i = 0; i + 2 < s.Length; i++)
        {
            if (!inAnyCluster[i] && Read(s, i, cp) is { } candidate && Judge(s, candidate, evidence) is { } cluster)
            {
                added.Add(cluster);
            }
        }

        accepted.AddRange(added);
    }

    private static Candidate? Read(string s, int i, SingleByteCodePage cp)
    {
        if (s[i] < 0x80 || !cp.TryEncode(s[i], out var lead) || lead < 0xC2 || lead > 0xEF)
        {
            return null;
        }

        var width = lead <= 0xDF ? 1 : 2;
        if (width == 2 && (s[i + 1] < 0x80 || !cp.TryEncode(s[i + 1], out var cont) || cont < 0x80 || cont > 0xBF || (lead == 0xE0 && cont < 0xA0) || (lead == 0xED && cont >= 0xA0)))
        {
            return null;
        }

        var space = i + width;
        if (space + 1 >= s.Length || s[space] != ' ')
        {
            return null;
        }

        var before = i > 0 ? s[i - 1] : ' ';
        var twoSpaces = s[space + 1] == ' ';
        var next = twoSpaces ? (space + 2 < s.Length ? s[space + 2] : ' ') : s[space + 1];
        cp.TryEncode(s[i + width - 1], out var last);
        var value = width == 1
            ? ((lead & 0x1F) << 6) | 0x20
            : ((lead & 0x0F) << 12) | ((last & 0x3F) << 6) | 0x20;
        return new Candidate(i, width, space, before, twoSpaces, next, (char)value);
    }

    private static MojibakeCluster? Judge(string s, Candidate k, bool evidence)
    {
        if (k.Decoded == '\u00E0')
        {
            return JudgeAGrave(s, k, evidence);
        }

        if (!evidence || k.TwoSpaces)
        {
            return null;
        }

        if (k.Decoded == '\u00A0')
        {
            var glued = s[k.Start] == '\u00C2' && char.IsLetterOrDigit(k.Before) && !char.IsWhiteSpace(k.Next);
            return glued ? new MojibakeCluster(k.Start, k.Space + 1, "\u00A0", 2, 0, 0, IsAGrave: true) : null;
        }

        var d = k.Decoded;
        var plausible = k.Width == 1 ? ScriptClasses.IsModernLetter(d) && char.IsUpper(d) == char.IsUpper(s[k.Start]) : char.IsLetter(d);
        return plausible && char.IsLetter(k.Next) && !char.IsLetter(k.Before)
            ? new MojibakeCluster(k.Start, k.Space + 1, d.ToString(), k.Width + 1, 0, 0, IsAGrave: true)
            : null;
    }

    /// <summary>"\u00C3 " before a small letter: word-final \u00E0 after a small letter, or the word \u00E0 with other evidence.</summary>
    private static MojibakeCluster? JudgeAGrave(string s, Candidate k, bool evidence)
    {
        if (!char.IsAsciiLetterLower(k.Next))
        {
            return null;
        }

        if (char.IsLower(k.Before))
        {
            return new MojibakeCluster(k.Start, k.TwoSpaces ? k.Space + 1 : k.Space, "\u00E0", 2, 0, 0, IsAGrave: true);
        }

        if (k.TwoSpaces || char.IsLetterOrDigit(k.Before) || !evidence)
        {
            return null;
        }

        var rest = s.AsSpan(k.Space + 1);
        var joins = rest.StartsWith("s ", StringComparison.Ordinal) || rest.StartsWith("quel", StringComparison.Ordinal) || rest.StartsWith("quil", StringComparison.Ordinal);
        return new MojibakeCluster(k.Start, joins ? k.Space + 1 : k.Space, "\u00E0", 2, 0, 0, IsAGrave: true);
    }
}
