using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>Scans that both readers share: comments, URLs, e-mail addresses, footnote markers.</summary>
internal static class ProseScanner
{
    /// <summary>HTML comments outside code (<paramref name="inCode"/>).</summary>
    public static void ScanComments(string text, Func<int, bool> inCode, List<Comment> comments, List<SkippedSpan> skipped)
    {
        var i = 0;
        while ((i = text.IndexOf("<!--", i, StringComparison.Ordinal)) >= 0)
        {
            if (inCode(i))
            {
                i += 4;
                continue;
            }

            var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
            var stop = end < 0 ? text.Length : end + 3;
            var span = TextSpan.FromBounds(i, stop);
            comments.Add(new Comment(span, text[(i + 4)..(end < 0 ? text.Length : end)]));
            skipped.Add(new SkippedSpan(span, SkippedKind.Html));
            i = stop;
        }
    }

    /// <summary>Bare URLs (http, https, ftp, www.) and e-mail addresses.</summary>
    public static void ScanUrlsAndEmails(string text, Func<int, bool> isSkipped, List<SkippedSpan> skipped)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is 'h' or 'f' or 'w' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var rest = text.AsSpan(i);
                if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
                    rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                {
                    if (isSkipped(i))
                    {
                        continue;
                    }

                    var end = i;
                    while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not '<' and not '>' and not '"' and not '\u201D')
                    {
                        end++;
                    }

                    // Trailing punctuation belongs to the sentence, and an unbalanced ')' to the prose.
                    while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ')' or ']')
                    {
                        if (text[end - 1] is ')' && text.AsSpan(i, end - i).Count('(') >= text.AsSpan(i, end - i).Count(')'))
                        {
                            break;
                        }

                        end--;
                    }

                    end = WrappedUrlEnd(text, i, end);
                    skipped.Add(new SkippedSpan(TextSpan.FromBounds(i, end), SkippedKind.Url));
                    i = end;
                    continue;
                }
            }

            if (c == '@' && i > 0 && i + 1 < text.Length && IsEmailChar(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]) && !isSkipped(i))
            {
                var start = i;
                while (start > 0 && IsEmailChar(text[start - 1]))
                {
                    start--;
                }

                var end = i + 1;
                var dots = 0;
                while (end < text.Length && (IsEmailChar(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))))
                {
                    dots += text[end] == '.' ? 1 : 0;
                    end++;
                }

                if (dots > 0)
                {
                    skipped.Add(new SkippedSpan(TextSpan.FromBounds(start, end), SkippedKind.Email));
                    i = end;
                }
            }
        }
    }

    /// <summary>
    /// A URL that a PDF extraction or a hard wrap broke at the end of a line goes on at the start of the next one
    /// (<c>http://ieeexplore.ieee.org/xpls/</c> ⏎ <c>abs_all.jsp?arnumber=5206707</c>): when the URL stops at a line
    /// break and either ends in a character a URL cannot end with (<c>/ - _ = &amp; ? . %</c>) or the next line's first
    /// token has the shape of a path or query (<c>/ ? = &amp; _ %</c>), that token belongs to the URL.
    /// </summary>
    internal static int WrappedUrlEnd(string text, int start, int end)
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

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%';

    /// <summary>
    /// Footnote references in prose: <c>[^label]</c>, bracketed numbers <c>[n]</c> (1-999, not a year, not a link
    /// or link definition), and superscript digits attached to a word or punctuation.
    /// </summary>
    public static void ScanReferences(string text, TextSpan range, Func<int, bool> isSkipped, bool allowBracketNumbers, List<FootnoteReference> refs)
    {
        var end = range.End;
        for (var i = range.Start; i < end; i++)
        {
            var c = text[i];
            if (c == '[' && !isSkipped(i))
            {
                if (i > 0 && text[i - 1] == '\\')
                {
                    continue; // escaped
                }

                var close = i + 1;
                while (close < end && close - i < 64 && text[close] is not ']' and not '[' and not '\n' && !char.IsWhiteSpace(text[close]))
                {
                    close++;
                }

                if (close >= end || text[close] != ']')
                {
                    continue;
                }

                var next = close + 1 < text.Length ? text[close + 1] : '\0';
                var inner = text.AsSpan(i + 1, close - i - 1);
                if (inner.Length >= 2 && inner[0] == '^')
                {
                    // [^label] is a call wherever it is (after '!', before '[' or ':'), except as a link's text.
                    if (next != '(')
                    {
                        refs.Add(new FootnoteReference(TextSpan.FromBounds(i, close + 1), inner[1..].ToString(), FootnoteMarkerStyle.Caret));
                    }

                    i = close;
                }
                else if (allowBracketNumbers && inner.Length is >= 1 and <= 3 && !inner.ContainsAnyExceptInRange('0', '9') && inner[0] != '0')
                {
                    if (next is '(' or ':' or '[' || (i > 0 && text[i - 1] is ']' or '!'))
                    {
                        continue; // a link, a definition, a reference-style link [text][1], or an image
                    }

                    refs.Add(new FootnoteReference(TextSpan.FromBounds(i, close + 1), inner.ToString(), FootnoteMarkerStyle.Bracket));
                    i = close;
                }
            }
            else if (IsSuperscriptDigit(c) && i > range.Start && !char.IsWhiteSpace(text[i - 1]) && !IsSuperscriptDigit(text[i - 1]) && !isSkipped(i))
            {
                var j = i;
                var label = new System.Text.StringBuilder();
                while (j < end && IsSuperscriptDigit(text[j]))
                {
                    label.Append(SuperscriptValue(text[j]));
                    j++;
                }

                // "10²", "5m²", "51,197 km²": a power or a unit after a number, not a note.
                if (char.IsDigit(text[i - 1]) || (i > 1 && char.IsDigit(text[i - 2]) && char.IsLetter(text[i - 1])) || IsSquareOrCubicUnit(text, i))
                {
                    i = j - 1;
                    continue;
                }

                refs.Add(new FootnoteReference(TextSpan.FromBounds(i, j), label.ToString(), FootnoteMarkerStyle.Superscript));
                i = j - 1;
            }
        }
    }

    /// <summary>
    /// Note calls whose superscript was flattened into plain digits by a PDF extraction: one to three digits glued to
    /// the end of a word ("education2") or to punctuation after one ("Central Europe.1", "‘hub’.4", "in 2030.5 The"),
    /// followed by a space, punctuation or the end of the paragraph, and only numbers that have a note. Not: a code
    /// or model (G20, F-16, COVID-19, Q4, CO2: the digits follow a capital, a single letter or a hyphen), a decimal
    /// (4.2), an amount ($5, €12), an ordinal (21st), an abbreviation with its number ("No.7", "pp.12").
    /// </summary>
    public static void ScanFlattenedCalls(string text, TextSpan range, Func<int, bool> isSkipped, IReadOnlySet<int> noteNumbers, List<FootnoteReference> refs)
    {
        for (var i = range.Start + 1; i < range.End; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || char.IsAsciiDigit(text[i - 1]) || text[i] == '0')
            {
                continue;
            }

            var j = i;
            while (j < range.End && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            var after = j < range.End ? text[j] : ' ';
            var followedWell = char.IsWhiteSpace(after) || (after is ',' or ';' or ':' or ')' or '.' or '!' or '?' && (j + 1 >= range.End || !char.IsAsciiDigit(text[j + 1])));
            if (j - i > 3 || !followedWell || isSkipped(i) ||
                !int.TryParse(text.AsSpan(i, j - i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ||
                !noteNumbers.Contains(n) || !GluedToWord(text, range.Start, i, j, range.End))
            {
                i = j - 1;
                continue;
            }

            refs.Add(new FootnoteReference(TextSpan.FromBounds(i, j), text[i..j], FootnoteMarkerStyle.Superscript));
            i = j - 1;
        }
    }

    private static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "p", "pp", "vol", "vols", "art", "arts", "para", "paras", "ch", "chap", "fig", "figs", "sec", "op", "cit", "nr", "tab", "ed", "eds",
    };

    /// <summary>What stands before the digits at <paramref name="i"/> makes them a glued call.</summary>
    private static bool GluedToWord(string text, int start, int i, int end, int rangeEnd)
    {
        var k = i;
        var punctuation = 0;
        while (k > start && punctuation < 2 && text[k - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\u201D' or '\u2019' or '"' or '\'' or '\u00BB')
        {
            k--;
            punctuation++;
        }

        if (k == start)
        {
            return false;
        }

        // The word the digits (or the punctuation) are glued to.
        var w = k;
        while (w > start && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text.AsSpan(w, k - w);
        if (word.Length == 0)
        {
            // "in 2030.5 The": after a year and a full stop, where a decimal makes no sense (a sentence follows).
            var y = k;
            while (y > start && char.IsAsciiDigit(text[y - 1]))
            {
                y--;
            }

            var next = end;
            while (next < rangeEnd && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return punctuation > 0 && text[k] == '.' && k - y == 4 && text[y] is '1' or '2' && (y == start || !char.IsAsciiDigit(text[y - 1])) &&
                   (next >= rangeEnd || char.IsUpper(text[next]));
        }

        if (w > start && (char.IsAsciiDigit(text[w - 1]) || text[w - 1] == '-'))
        {
            return false; // "4x4", "Su-35"
        }

        if (punctuation == 0)
        {
            // Glued to the word itself: a lower-case ending of at least two letters ("education2"), not a code.
            return word.Length >= 3 && char.IsLower(word[^1]) && char.IsLower(word[^2]);
        }

        return !(text[i - 1] == '.' && punctuation == 1 && NumberAbbreviations.Contains(word.ToString()));
    }

    /// <summary>
    /// Flattened calls are only trusted as a set: at least two distinct numbers, at least half of the notes, and in
    /// the order of first use they mostly rise (a step down for at most a third of them), as calls do even when one is
    /// out of order; numbers that merely happen to match notes do not.
    /// </summary>
    public static bool NotesConfirmFlattenedCalls(List<FootnoteReference> calls, IReadOnlySet<int> noteNumbers)
    {
        var firstUses = calls.Select(c => c.Number ?? 0).Distinct().ToList();
        if (firstUses.Count < 2 || firstUses.Count * 2 < noteNumbers.Count)
        {
            return false;
        }

        var descents = firstUses.Zip(firstUses.Skip(1)).Count(pair => pair.Second < pair.First);
        return descents * 3 <= firstUses.Count;
    }

    /// <summary>² or ³ on a unit symbol that follows a number and a space: "51,197 km²", "3 m³".</summary>
    private static bool IsSquareOrCubicUnit(string text, int i)
    {
        if (text[i] is not '\u00B2' and not '\u00B3')
        {
            return false;
        }

        var k = i;
        while (k > 0 && i - k < 3 && (char.IsAsciiLetter(text[k - 1]) || text[k - 1] == '\u00B5'))
        {
            k--;
        }

        var unit = text.AsSpan(k, i - k);
        if (!(unit is "m" or "km" or "cm" or "mm" or "dm" or "nm" or "\u00B5m" or "ft" or "yd" or "mi") || (k > 0 && char.IsLetter(text[k - 1])))
        {
            return false;
        }

        if (k > 0 && text[k - 1] is ' ' or '\u00A0' or '\u202F')
        {
            k--;
        }

        return k > 0 && char.IsDigit(text[k - 1]);
    }

    public static bool IsSuperscriptDigit(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or (>= '\u2070' and <= '\u2079' and not '\u2071' and not '\u2072' and not '\u2073');

    private static char SuperscriptValue(char c) => c switch
    {
        '\u00B9' => '1',
        '\u00B2' => '2',
        '\u00B3' => '3',
        _ => (char)('0' + (c - '\u2070')),
    };

    /// <summary>A line that starts a note in a notes section: "[n] text", "n. text", "n) text", "¹ text", "[^n]: text".</summary>
    /// <param name="allowBareNumber">Also "n text" (a number, a space, the note), as a flattened superscript leaves it.</param>
    public static bool TryParseNoteLine(string text, TextSpan line, out TextSpan labelSpan, out string label, out int contentStart, bool allowBareNumber = false)
    {
        labelSpan = default;
        label = string.Empty;
        contentStart = line.Start;
        var i = line.Start;
        while (i < line.End && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        if (i - line.Start > 3 || i >= line.End)
        {
            return false;
        }

        var start = i;
        if (text[i] == '[')
        {
            var j = i + 1;
            while (j < line.End && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j == i + 1 || j >= line.End || text[j] != ']' || j - i - 1 > 3)
            {
                return false;
            }

            label = text[(i + 1)..j];
            labelSpan = TextSpan.FromBounds(start, j + 1);
            contentStart = j + 1;
        }
        else if (char.IsAsciiDigit(text[i]))
        {
            var j = i;
            while (j < line.End && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            if (j - i > 3 || j >= line.End)
            {
                return false;
            }

            label = text[i..j];
            if (text[j] is '.' or ')')
            {
                labelSpan = TextSpan.FromBounds(start, j + 1);
                contentStart = j + 1;
            }
            else if (allowBareNumber && text[j] is ' ' or '\t' && j + 1 < line.End && !char.IsWhiteSpace(text[j + 1]) && !char.IsAsciiDigit(text[j + 1]))
            {
                labelSpan = TextSpan.FromBounds(start, j);
                contentStart = j + 1;
            }
            else
            {
                return false;
            }
        }
        else if (IsSuperscriptDigit(text[i]))
        {
            var j = i;
            var sb = new System.Text.StringBuilder();
            while (j < line.End && IsSuperscriptDigit(text[j]))
            {
                sb.Append(SuperscriptValue(text[j]));
                j++;
            }

            label = sb.ToString();
            labelSpan = TextSpan.FromBounds(start, j);
            contentStart = j;
        }
        else
        {
            return false;
        }

        while (contentStart < line.End && text[contentStart] is ' ' or '\t')
        {
            contentStart++;
        }

        return label.Length > 0 && label[0] != '0';
    }

    /// <summary>Footnote markers are not words: record references and definition labels as skipped spans.</summary>
    public static void AddMarkerSpans(List<SkippedSpan> skipped, IEnumerable<FootnoteReference> references, IEnumerable<FootnoteDefinition> definitions)
    {
        skipped.AddRange(references.Select(r => new SkippedSpan(r.Span, SkippedKind.FootnoteMarker)));
        skipped.AddRange(definitions.Select(d => new SkippedSpan(d.LabelSpan, SkippedKind.FootnoteMarker)));
    }

    /// <summary>Headings that introduce a notes section.</summary>
    public static bool IsNotesHeading(ReadOnlySpan<char> heading)
    {
        var h = heading.Trim().TrimEnd(':');
        return h.Equals("Notes", StringComparison.OrdinalIgnoreCase) || h.Equals("Endnotes", StringComparison.OrdinalIgnoreCase) ||
               h.Equals("Footnotes", StringComparison.OrdinalIgnoreCase) || h.Equals("End notes", StringComparison.OrdinalIgnoreCase) ||
               h.Equals("References", StringComparison.OrdinalIgnoreCase) || h.Equals("Notes and references", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && c is not '\u200B' and not '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Numbered references joined by a dash ("[1]–[3]", "[4]-[6]") cite the numbers between them too: adds those as
    /// implied references on the dash. At most 20 numbers; same marker style on both ends.
    /// </summary>
    public static List<FootnoteReference> ExpandRanges(string text, List<FootnoteReference> refs)
    {
        var result = new List<FootnoteReference>(refs.Count);
        for (var k = 0; k < refs.Count; k++)
        {
            var a = refs[k];
            result.Add(a);
            if (k + 1 >= refs.Count)
            {
                break;
            }

            var b = refs[k + 1];
            if (a.Style != b.Style || a.Style == FootnoteMarkerStyle.Caret || a.Number is not { } from || b.Number is not { } to ||
                to <= from + 1 || to - from > 20 || b.Span.Start < a.Span.End)
            {
                continue;
            }

            var between = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
            var trimmed = between.Trim();
            if (trimmed.Length != 1 || trimmed[0] is not ('\u2013' or '-' or '\u2014' or '\u2012'))
            {
                continue;
            }

            var dash = a.Span.End + between.IndexOf(trimmed[0]);
            for (var n = from + 1; n < to; n++)
            {
                result.Add(new FootnoteReference(new TextSpan(dash, 1), n.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Style, Implied: true));
            }
        }

        return result;
    }
}
