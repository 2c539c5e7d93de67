using System.Text;

namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// Finds mojibake: UTF-8 bytes shown through a single-byte code page (Windows-1252 or Latin-1 above all, also
/// Windows-1250/1251/1254/1257, ISO 8859-2, MacRoman and code page 437), once or several times (<c>TÃ¼rkiye</c>,
/// <c>â€™</c>, <c>Ã¢â‚¬â„¢</c>, <c>Ð¡ÐµÑ€Ð±Ð¸Ñ˜Ð°</c>, <c>CafÃ©</c> in MacRoman as <c>Caf√©</c>), and computes the
/// exact re-decoding layer by layer. Every repair is a strict inverse: the characters are encoded back to the bytes
/// the code page gave them and those bytes must form valid UTF-8 (CESU-8 surrogate pairs included). Heuristics decide
/// only whether a valid re-decoding is plausible (case, script and neighbourhood checks), never what it decodes to.
/// Lossy damage (bytes already replaced by U+FFFD or '?') is left alone: there is no exact inverse.
/// Plain ASCII and legitimate accented text (ç ğ ı ş č ć đ š ž, Cyrillic) is rejected by a cheap pre-filter or by the
/// strict decoding: it does not spell valid UTF-8 in any of the code pages, or not plausibly.
/// </summary>
/// <remarks>
/// The work is split by concern: <see cref="MojibakePrefilter"/> (which code pages could explain anything),
/// <see cref="MojibakeBlock"/> (one block, layer by layer, into runs), <see cref="MojibakeLayer"/> (the best code page
/// for one layer), <see cref="MojibakeClusters"/> (the sequences of one code page and which of them are accepted),
/// <see cref="Utf8Sequences"/> (the strict round trip through a code page), <see cref="MojibakePlausibility"/>,
/// <see cref="WordNeighbourhood"/>, <see cref="MojibakeCorroboration"/>, <see cref="NeighbourScripts"/> and
/// <see cref="LostNbsp"/> (the judgements), <see cref="ScriptClasses"/> (character classes).
/// </remarks>
internal static class Utf8Mojibake
{
    /// <summary>The mojibake runs in <paramref name="text"/>, in order, non-overlapping.</summary>
    public static List<MojibakeRun> Find(string text) => Scan(text, withControls: false);

    /// <summary>
    /// The mojibake runs and the C1 controls that stand for Windows-1252 characters outside them (a C1 control inside
    /// hopeless garble or with no Windows-1252 meaning is not listed), in order.
    /// </summary>
    public static List<MojibakeRun> FindWithControls(string text) => Scan(text, withControls: true);

    /// <summary>Repair a whole string (tests): every run and every C1 control listed by <see cref="FindWithControls"/>.</summary>
    public static string Repair(string text)
    {
        var runs = FindWithControls(text);
        if (runs.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        foreach (var r in runs)
        {
            sb.Append(text, pos, r.Span.Start - pos).Append(r.Repaired);
            pos = r.Span.End;
        }

        return sb.Append(text, pos, text.Length - pos).ToString();
    }

    /// <summary>Whether <paramref name="text"/> may hold mojibake at all (the cheap pre-filter; no false negatives).</summary>
    public static bool MayHoldMojibake(ReadOnlySpan<char> text) => CandidateCodePages(text) != 0;

    /// <summary>
    /// The pre-filter: bit k is set when <paramref name="text"/> holds, read through <c>MojibakeCandidates[k]</c>, a lead
    /// byte followed by as many continuation bytes as it needs, or "Ã" (0xC3) whose NBSP became a space (voilÃ le).
    /// Only those code pages can explain anything; most prose, legitimate accented and Cyrillic text included, has none.
    /// </summary>
    public static int CandidateCodePages(ReadOnlySpan<char> text) => MojibakePrefilter.CandidateCodePages(text);

    private static List<MojibakeRun> Scan(string text, bool withControls)
    {
        var result = new List<MojibakeRun>();

        // No sequence can span a blank line, so when the whole text has none, no block has one.
        if (CandidateCodePages(text) == 0 && !(withControls && HasC1Control(text)))
        {
            return result;
        }

        var blockStart = 0;
        while (blockStart < text.Length)
        {
            var blockEnd = NextBlockEnd(text, blockStart);
            MojibakeBlock.Find(text, blockStart, blockEnd, withControls, result);
            blockStart = blockEnd;
        }

        return result;
    }

    internal static bool HasC1Control(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0080', '\u009F') >= 0;

    private static int NextBlockEnd(string text, int start)
    {
        // A block ends after a blank line ("\n" followed by optional spaces and another "\n").
        var i = text.IndexOf('\n', start);
        while (i >= 0)
        {
            var j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\u00A0')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                return j + 1;
            }

            i = text.IndexOf('\n', i + 1);
        }

        return text.Length;
    }
}
