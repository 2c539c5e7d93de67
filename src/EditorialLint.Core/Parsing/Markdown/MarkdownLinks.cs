using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>Markdown links: destinations and labels are skipped, link text is verbatim.</summary>
internal static class MarkdownLinks
{
    /// <summary>
    /// A link: its destination (and title) is not prose; the label of a full reference link (<c>[text][label]</c>) is
    /// not prose either; its text is prose that no fix may rewrite (it often repeats a name or a title).
    /// </summary>
    public static void Read(LinkInline link, string text, List<SkippedSpan> skipped, List<VerbatimSpan> verbatim)
    {
        var own = MarkdigSpans.ToSpan(link.Span, text);
        if (own.Length > 2 && text[own.Start] == '[' && text[own.Start + 1] == '^')
        {
            return; // [^1] resolved against "[^1]: a" as if it were a link: it is a footnote call
        }

        if (!link.UrlSpan.IsEmpty)
        {
            // An inline link's destination and title run to its closing parenthesis. A reference link's
            // UrlSpan points into its definition elsewhere (already skipped): only that URL is skipped.
            var url = MarkdigSpans.ToSpan(link.UrlSpan, text);
            var inline = own.Contains(url.Start) && own.End > url.End && text[own.End - 1] == ')';
            skipped.Add(new SkippedSpan(inline ? TextSpan.FromBounds(url.Start, own.End - 1) : url, SkippedKind.LinkDestination));
        }

        if (!link.LabelSpan.IsEmpty && !link.IsShortcut)
        {
            var label = MarkdigSpans.ToSpan(link.LabelSpan, text);
            if (own.Contains(label.Start) && label.Start > own.Start + 1)
            {
                skipped.Add(new SkippedSpan(label, SkippedKind.LinkLabel));
            }
        }

        if (link.FirstChild is not null && link.LastChild is not null)
        {
            var first = MarkdigSpans.ToSpan(link.FirstChild.Span, text);
            var last = MarkdigSpans.ToSpan(link.LastChild.Span, text);
            if (first.Start >= own.Start && last.End <= own.End && last.End > first.Start)
            {
                verbatim.Add(new VerbatimSpan(TextSpan.FromBounds(first.Start, last.End), VerbatimKind.LinkText));
            }
        }
    }
}
