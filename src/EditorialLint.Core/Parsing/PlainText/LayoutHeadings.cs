namespace EditorialLint.Core.Parsing;

/// <summary>Which lines of plain text are headings by layout, and which short lines are not (datelines, bylines, page boilerplate).</summary>
internal static class LayoutHeadings
{
    /// <summary>
    /// A heading by layout: one line standing alone, short, no sentence punctuation at its end, starting with a capital
    /// or digit, and followed by more text.
    /// </summary>
    internal static bool LooksLikeHeading(ReadOnlySpan<char> line, bool hasFollowingText)
    {
        var t = line.Trim();
        if (!hasFollowingText || t.Length < 2 || t.Length > 120)
        {
            return false;
        }

        t = WithoutTrailingCalls(t);
        if (t[^1] is '.' or ',' or ';' or ']' or '"' or '\u201D' or ':')
        {
            return false;
        }

        if (IsBoilerplate(t) || HasTwoSentences(t))
        {
            return false;
        }

        if (!char.IsUpper(t[0]) && !char.IsDigit(t[0]))
        {
            return false;
        }

        if (IsDateLine(t))
        {
            return false; // "12 February 2026", "Monday, 2 March 2026": a dateline, not a section
        }

        var words = 0;
        var letters = 0;
        foreach (var c in t)
        {
            if (c == ' ')
            {
                words++;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return words <= 16 && letters * 2 >= t.Length;
    }

    /// <summary>Note calls after the last word do not hide a sentence end: "Another claim.³", "document this.¹,²", "so.12".</summary>
    private static ReadOnlySpan<char> WithoutTrailingCalls(ReadOnlySpan<char> t)
    {
        var end = t.Length;
        while (end > 0 && (t[end - 1] is '¹' or '²' or '³' or ',' || (t[end - 1] >= '\u2070' && t[end - 1] <= '\u2079')))
        {
            end--;
        }

        if (end < t.Length && end > 0)
        {
            return t[..end];
        }

        if (t.Length > 2 && char.IsAsciiDigit(t[^1]))
        {
            var k = t.Length;
            while (k > 0 && char.IsAsciiDigit(t[k - 1]))
            {
                k--;
            }

            if (k > 0 && t[k - 1] is '.' or '!' or '?' or '"' or '\u201D' && t.Length - k <= 3)
            {
                return t[..k];
            }
        }

        return t;
    }

    /// <summary>Two sentences on one line are prose: "Several studies document this.¹ Another claim".</summary>
    private static bool HasTwoSentences(ReadOnlySpan<char> t)
    {
        for (var k = 1; k + 2 < t.Length; k++)
        {
            if (t[k] is '.' or '!' or '?' && (t[k + 1] == ' ' || (t[k + 1] is '¹' or '²' or '³' || (t[k + 1] >= '\u2070' && t[k + 1] <= '\u2079'))) &&
                char.IsLower(t[k - 1]))
            {
                var j = k + 1;
                while (j < t.Length && (t[j] is ' ' or ',' or '¹' or '²' or '³' || (t[j] >= '\u2070' && t[j] <= '\u2079')))
                {
                    j++;
                }

                if (j < t.Length && j > k + 1 && char.IsUpper(t[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Lines of web and document-site pages that are not headings: a count ("218 views", "0 download"), a breadcrumb
    /// ("Insight Turkey > Commentaries |"), a line with an ellipsis ("Loading.... (View full text)"), a byline.
    /// </summary>
    internal static bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Contains("...", StringComparison.Ordinal) || t.Contains('\u2026') || IsByline(t))
        {
            return true;
        }

        if (t.Contains(" > ", StringComparison.Ordinal) || t.Contains(" \u00BB ", StringComparison.Ordinal) || t.Contains(" \u203A ", StringComparison.Ordinal) ||
            t.EndsWith(" |", StringComparison.Ordinal) || t.StartsWith("| ", StringComparison.Ordinal))
        {
            return true;
        }

        // A number and one lower-case word: a counter of a page, not a numbered section ("1 Introduction").
        var k = 0;
        while (k < t.Length && (char.IsAsciiDigit(t[k]) || (k > 0 && t[k] is ',' or '.')))
        {
            k++;
        }

        if (k > 0 && k < t.Length && t[k] == ' ')
        {
            var rest = t[(k + 1)..];
            return rest.Length > 0 && char.IsLower(rest[0]) && !rest.Contains(' ');
        }

        return false;
    }

    /// <summary>"By Ayşe Demir, Senior Analyst": "By" and a capitalised word (only asked between the title and the first paragraph).</summary>
    internal static bool IsByline(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.Length > 4 && t.StartsWith("By ", StringComparison.Ordinal) && char.IsUpper(t[3]);
    }

    private static readonly string[] DateWords =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "updated", "published", "posted", "on",
    ];

    /// <summary>A line of only month and weekday names, numbers (2, 2nd, 2026) and "published"/"updated"/"on", with a month.</summary>
    internal static bool IsDateLine(ReadOnlySpan<char> line)
    {
        var month = false;
        foreach (var range in line.SplitAny(" ,.\t"))
        {
            var w = line[range];
            if (w.Length == 0)
            {
                continue;
            }

            var digits = 0;
            while (digits < w.Length && char.IsAsciiDigit(w[digits]))
            {
                digits++;
            }

            if (digits > 0 && (digits == w.Length || w[digits..] is "st" or "nd" or "rd" or "th"))
            {
                continue;
            }

            var found = -1;
            for (var i = 0; i < DateWords.Length && found < 0; i++)
            {
                found = w.Equals(DateWords[i], StringComparison.OrdinalIgnoreCase) ? i : -1;
            }

            if (found < 0)
            {
                return false;
            }

            month |= found < 24;
        }

        return month;
    }
}
