namespace EditorialLint.Core.Parsing;

/// <summary>
/// Keeps Markdig's inline parser linear. Markdig nests every pending emphasis delimiter run and unclosed <c>[</c> of a
/// paragraph inside the one before it until the paragraph ends, so a paragraph's cost grows with the square of how
/// many it has (4,000 <c>*x*</c> in one paragraph: 0.36 s; 8,000: past Markdig's depth limit), and a 10 MB draft made
/// of such paragraphs would take minutes. Prose has a few dozen per paragraph. Past
/// <see cref="MaxDelimitersPerParagraph"/> in one paragraph, <see cref="Tame"/> gives Markdig a comma in their place:
/// the text keeps its length, so every span Markdig reports is still a span of the draft, and those characters are
/// read as plain punctuation (no italics, no link) by Markdig only; rules see the draft's own characters.
/// </summary>
internal static class MarkdigInput
{
    /// <summary>Emphasis delimiter runs plus unclosed <c>[</c> one paragraph may have before the rest are read as punctuation.</summary>
    public const int MaxDelimitersPerParagraph = 128;

    /// <summary>
    /// <paramref name="text"/> itself when no paragraph has more than <see cref="MaxDelimitersPerParagraph"/>
    /// delimiters, else a copy of the same length with the ones past the limit replaced by commas. A paragraph, here,
    /// ends at a blank line or a line that starts a bullet item, an item numbered 1 or an ATX heading; a delimiter that
    /// is a line's first character (a bullet, a thematic break, a link definition) is never replaced.
    /// </summary>
    public static string Tame(string text)
    {
        var span = text.AsSpan();
        if (span.Count('*') + span.Count('_') + span.Count('[') <= MaxDelimitersPerParagraph)
        {
            return text;
        }

        char[]? copy = null;
        var runs = 0;
        var pendingBrackets = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = LineEnd(text, lineStart);
            var first = lineStart;
            while (first < lineEnd && text[first] is ' ' or '\t')
            {
                first++;
            }

            if (first == lineEnd || StartsBlock(text, first, lineEnd))
            {
                runs = 0;
                pendingBrackets = 0;
            }

            var replacing = false;
            for (var i = first; i < lineEnd; i++)
            {
                var c = text[i];
                if (c == ']' && pendingBrackets > 0)
                {
                    pendingBrackets--;
                    continue;
                }

                if (c is not ('*' or '_' or '['))
                {
                    continue;
                }

                var continuesRun = c != '[' && i > first && text[i - 1] == c;
                if (continuesRun)
                {
                    if (replacing)
                    {
                        (copy ??= text.ToCharArray())[i] = ',';
                    }

                    continue;
                }

                if (c == '_' && i > first && i + 1 < lineEnd && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
                {
                    replacing = false;
                    continue; // snake_case: an underscore inside a word opens and closes nothing
                }

                replacing = i != first && runs + pendingBrackets >= MaxDelimitersPerParagraph;
                if (replacing)
                {
                    (copy ??= text.ToCharArray())[i] = ',';
                }
                else if (c == '[')
                {
                    pendingBrackets++;
                }
                else
                {
                    runs++;
                }
            }

            lineStart = NextLine(text, lineEnd);
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends (its line break, or the end of the text); Markdig breaks lines at LF, CR and CRLF.</summary>
    private static int LineEnd(string text, int start)
    {
        var end = text.AsSpan(start).IndexOfAny('\n', '\r');
        return end < 0 ? text.Length : start + end;
    }

    private static int NextLine(string text, int lineEnd) =>
        lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;

    /// <summary>A line whose text starts at <paramref name="first"/> starts a block of its own: <c>- </c>, <c>* </c>, <c>+ </c>, <c>1. </c>, <c>1) </c> or <c>#</c>.</summary>
    private static bool StartsBlock(string text, int first, int lineEnd)
    {
        var c = text[first];
        var next = first + 1 < lineEnd ? text[first + 1] : ' ';
        return c switch
        {
            '-' or '*' or '+' => next is ' ' or '\t',
            '#' => true,
            '1' => next is '.' or ')' && (first + 2 >= lineEnd || text[first + 2] is ' ' or '\t'),
            _ => false,
        };
    }
}
