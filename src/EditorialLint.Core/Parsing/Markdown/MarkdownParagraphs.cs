using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>Markdown paragraphs: in a quote or a list item, and whether only emphasis (<c>**Like this**</c>).</summary>
internal static class MarkdownParagraphs
{
    public static Paragraph Read(ParagraphBlock p, string text)
    {
        var span = MarkdigSpans.ToSpan(p.Span, text);
        while (span.Length > 0 && char.IsWhiteSpace(text[span.End - 1]))
        {
            span = TextSpan.FromBounds(span.Start, span.End - 1);
        }

        var isQuote = p.Parent is QuoteBlock || (p.Parent?.Parent is QuoteBlock);
        var isListItem = false;
        for (var b = p.Parent; b is not null; b = b.Parent)
        {
            isListItem |= b is ListItemBlock;
        }

        var paragraph = new Paragraph(span) { IsQuote = isQuote, IsListItem = isListItem };
        if (p.Inline is { } inline && !text.AsSpan(span.Start, span.Length).Contains('\n') && SoleEmphasis(inline) is { } em)
        {
            var es = MarkdigSpans.ToSpan(em.Span, text);
            var d = em.DelimiterCount;
            var inner = TextSpan.FromBounds(Math.Min(es.Start + d, es.End), Math.Max(es.Start + d, es.End - d));
            paragraph = paragraph with { IsEmphasisOnly = true, EmphasisContentSpan = inner };
        }

        return paragraph;
    }

    /// <summary>
    /// The paragraph's only inline when it is emphasis around plain text (nested emphasis allowed), with HTML comments
    /// and spaces beside it ignored; null otherwise.
    /// </summary>
    private static EmphasisInline? SoleEmphasis(ContainerInline inline)
    {
        EmphasisInline? found = null;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case EmphasisInline em when found is null && em.DelimiterCount >= 1 && IsPlainText(em):
                    found = em;
                    break;
                case HtmlInline html when html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    break;
                case LiteralInline lit when lit.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }

        return found;
    }

    private static bool IsPlainText(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not LiteralInline && !(child is EmphasisInline nested && IsPlainText(nested)))
            {
                return false;
            }
        }

        return true;
    }
}
