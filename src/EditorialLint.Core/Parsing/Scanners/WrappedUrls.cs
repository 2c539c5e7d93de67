namespace EditorialLint.Core.Parsing;

/// <summary>URLs that a hard wrap or a PDF extraction broke across a line break.</summary>
internal static class WrappedUrls
{
    /// <summary>
    /// A URL that a PDF extraction or a hard wrap broke at the end of a line goes on at the start of the next one
    /// (<c>http://ieeexplore.ieee.org/xpls/</c> ⏎ <c>abs_all.jsp?arnumber=5206707</c>): when the URL stops at a line
    /// break and either ends in a character a URL cannot end with (<c>/ - _ = &amp; ? . %</c>) or the next line's first
    /// token has the shape of a path or query (<c>/ ? = &amp; _ %</c>), that token belongs to the URL.
    /// </summary>
    internal static int End(string text, int start, int end)
    {
        var k = end;
        var trimmedDot = k < text.Length && text[k] == '.';
        if (trimmedDot)
        {
            k++; // "stamp." ⏎ "jsp?arnumber=…": the dot was taken for a full stop
        }

        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        if (k >= text.Length || text[k] is not '\r' and not '\n' || end == start)
        {
            return end;
        }

        k += text[k] == '\r' && k + 1 < text.Length && text[k + 1] == '\n' ? 2 : 1;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        var tokenEnd = k;
        var pathLike = false;
        while (tokenEnd < text.Length && !char.IsWhiteSpace(text[tokenEnd]) && text[tokenEnd] is not '<' and not '>' and not '"' and not '\u201D')
        {
            pathLike |= text[tokenEnd] is '/' or '?' or '=' or '&' or '_' or '%' or '#';
            tokenEnd++;
        }

        var brokenEnd = !trimmedDot && text[end - 1] is '/' or '-' or '_' or '=' or '&' or '?' or '%';
        if (tokenEnd == k || !(pathLike || brokenEnd) || !char.IsAsciiLetterOrDigit(text[k]))
        {
            return end;
        }

        while (tokenEnd > k && text[tokenEnd - 1] is '.' or ',' or ';' or ':' or '!' or '\'' or '\u2019' or ')' or ']')
        {
            tokenEnd--;
        }

        return tokenEnd;
    }
}
