namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// The cheap pre-filter of <see cref="Utf8Mojibake"/>: which candidate code pages could explain anything in a text.
/// It has no false negatives; most prose, legitimate accented and Cyrillic text included, passes none.
/// </summary>
internal static class MojibakePrefilter
{
    private const ulong All = 0xFF; // one bit per candidate code page

    /// <summary>
    /// Bit k is set when <paramref name="text"/> holds, read through <c>MojibakeCandidates[k]</c>, a lead byte followed
    /// by as many continuation bytes as it needs, or "Ã" (0xC3) whose NBSP became a space (voilÃ le).
    /// </summary>
    public static int CandidateCodePages(ReadOnlySpan<char> text)
    {
        ulong hits = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                // Most text is ASCII: jump to the next non-ASCII character (vectorised).
                var skip = text[i..].IndexOfAnyExceptInRange('\0', '\u007F');
                if (skip < 0)
                {
                    break;
                }

                i += skip;
                if (i + 1 >= text.Length)
                {
                    break;
                }

                c = text[i];
            }

            hits |= SequencesAt(text, i, SingleByteCodePage.Mask(c));
            if (hits == All)
            {
                break;
            }
        }

        return (int)(hits & All);
    }

    /// <summary>The code pages in which a complete sequence (or a lead whose NBSP became a space) starts at <paramref name="i"/>.</summary>
    private static ulong SequencesAt(ReadOnlySpan<char> text, int i, ulong m)
    {
        if (m == 0)
        {
            return 0;
        }

        var next = text[i + 1];
        if (next == ' ')
        {
            return (m >> SingleByteCodePage.C3Group) & All;
        }

        var cont = Continuation(next);
        var hits = (m >> SingleByteCodePage.Lead2Group) & cont;
        var longer = ((m >> SingleByteCodePage.Lead3Group) | (m >> SingleByteCodePage.Lead4Group)) & cont;
        if (longer != 0 && i + 2 < text.Length)
        {
            var cont2 = cont & Continuation(text[i + 2]);
            hits |= (m >> SingleByteCodePage.Lead3Group) & cont2;
            if (((m >> SingleByteCodePage.Lead4Group) & cont2 & All) != 0 && i + 3 < text.Length)
            {
                hits |= (m >> SingleByteCodePage.Lead4Group) & cont2 & Continuation(text[i + 3]);
            }
        }

        return hits;
    }

    private static ulong Continuation(char c) => (SingleByteCodePage.Mask(c) >> SingleByteCodePage.ContinuationGroup) & All;
}
