namespace EditorialLint.Core.Parsing;

/// <summary>Whether a block of plain text ends a sentence.</summary>
internal static class SentenceEnds
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        while (t.Length > 0 && (t[^1] == ']' || char.IsDigit(t[^1]) || t[^1] is '"' or '\u201D' or '\u2019' or ')'))
        {
            // Skip a trailing footnote marker or closing quote: "...end.[4]" ends a sentence.
            var open = t[^1] == ']' ? t.LastIndexOf('[') : -1;
            t = open >= 0 ? t[..open] : t[..^1];
        }

        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or '\u2026';
    }
}
