namespace EditorialLint.Core.Parsing;

/// <summary>Page numbers as a PDF extraction leaves them: "12", "Page 3", "- 4 -", "3 / 12", "2 of 6", "3 | Page".</summary>
internal static class PageNumbers
{
    public static bool Is(ReadOnlySpan<char> t)
    {
        t = t.Trim();
        if (t.Length > 24)
        {
            return false; // a paragraph, decided before any search: the longest shape, "Page 1234 of 5678", has 17
        }

        if (t.StartsWith("Page ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[5..].TrimStart().TrimStart('|');
        }
        else if (t.EndsWith(" Page", StringComparison.OrdinalIgnoreCase))
        {
            t = t[..^5].TrimEnd().TrimEnd('|'); // "3 | Page"
        }

        // "2 of 6" reads as "2 / 6".
        var of = t.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        if (of > 0 && t.LastIndexOf(" of ", StringComparison.OrdinalIgnoreCase) == of)
        {
            return Is(t[..of]) && Is(t[(of + 4)..]);
        }

        t = t.Trim().Trim('-').Trim();
        if (t.Length == 0 || t.Length > 12)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ' ' and not '/' and not '-')
            {
                return false;
            }
        }

        return digits is > 0 and <= 8;
    }
}
