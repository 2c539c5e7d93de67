using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>Markdown headings: their content span, text, style and indent.</summary>
internal static class MarkdownHeadings
{
    /// <summary>
    /// How far a heading starts to the right of where its innermost container's content starts on that line:
    /// <c> # H</c> is 1, <c>&gt;  ## H</c> is 1, <c>  # H</c> under a list item whose content is at column 2 is 0.
    /// </summary>
    public static int IndentOf(HeadingBlock h, string text)
    {
        var lineStart = h.Span.Start;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) // a lone CR ends a line too (CR-only files)
        {
            lineStart--;
        }

        int contentColumn;
        switch (h.Parent)
        {
            case MarkdownDocument:
                contentColumn = 0;
                break;
            case QuoteBlock:
                var marker = text.LastIndexOf('>', Math.Max(lineStart, h.Span.Start - 1), h.Span.Start - lineStart);
                if (marker < lineStart)
                {
                    return 0; // a lazy continuation line: no marker to measure from
                }

                contentColumn = ColumnOf(text, lineStart, marker) + 1 + (marker + 1 < h.Span.Start && text[marker + 1] is ' ' or '\t' ? 1 : 0);
                break;
            case ListItemBlock item:
                contentColumn = item.Column + item.ColumnWidth;
                break;
            default:
                return 0;
        }

        return Math.Max(0, ColumnOf(text, lineStart, h.Span.Start) - contentColumn);
    }

    /// <summary>The column of <paramref name="position"/> in its line, tabs to the next multiple of 4 (CommonMark).</summary>
    private static int ColumnOf(string text, int lineStart, int position)
    {
        var column = 0;
        for (var i = lineStart; i < position; i++)
        {
            column = text[i] == '\t' ? (column / 4 + 1) * 4 : column + 1;
        }

        return column;
    }

    /// <summary>The heading with its content span: the text of a setext heading's lines, an ATX heading without its marks.</summary>
    public static Heading Read(HeadingBlock h, string text)
    {
        var span = MarkdigSpans.ToSpan(h.Span, text);
        var (cs, ce) = h.IsSetext ? SetextContent(text, span) : AtxContent(text, span);
        while (cs < ce && char.IsWhiteSpace(text[cs]))
        {
            cs++;
        }

        while (ce > cs && char.IsWhiteSpace(text[ce - 1]))
        {
            ce--;
        }

        var content = TextSpan.FromBounds(cs, ce);
        return new Heading(span, content, h.Level, text.Substring(cs, ce - cs), h.IsSetext ? HeadingStyle.Setext : HeadingStyle.Atx);
    }

    /// <summary>A setext heading's text: its lines up to the underline.</summary>
    private static (int Start, int End) SetextContent(string text, TextSpan span)
    {
        var firstLineEnd = text.IndexOf('\n', span.Start);
        var lastContentEnd = text.LastIndexOf('\n', Math.Max(span.Start, span.End - 1));
        return (span.Start, lastContentEnd > span.Start ? lastContentEnd : (firstLineEnd < 0 ? span.End : firstLineEnd));
    }

    /// <summary>An ATX heading's text: after the opening #s, before an optional closing sequence (" ##").</summary>
    private static (int Start, int End) AtxContent(string text, TextSpan span)
    {
        var cs = span.Start;
        while (cs < span.End && text[cs] == ' ')
        {
            cs++;
        }

        while (cs < span.End && text[cs] == '#')
        {
            cs++;
        }

        var ce = span.End;
        while (ce > cs && char.IsWhiteSpace(text[ce - 1]))
        {
            ce--;
        }

        var k = ce;
        while (k > cs && text[k - 1] == '#')
        {
            k--;
        }

        if (k < ce && (k == cs || text[k - 1] is ' ' or '\t'))
        {
            ce = k;
        }

        return (cs, ce);
    }
}
