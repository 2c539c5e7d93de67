using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2007: a section with no content: its heading is followed directly by a heading of the same or a higher level, or by the end of the draft.</summary>
public sealed class EL2007EmptySection : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2007", "Empty section", "Section '{0}' has no content",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A heading with nothing under it: the text was lost or the heading is left over.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var doc = c.Document;
        var headings = doc.Headings;
        for (var i = 0; i < headings.Length; i++)
        {
            var h = headings[i];
            if (doc.NotesSection is { } notes && notes.HeadingSpan == h.Span)
            {
                continue;
            }

            var next = i + 1 < headings.Length ? headings[i + 1] : null;
            if (next is not null && next.Level > h.Level)
            {
                continue; // a subsection is content
            }

            // In text extracted from a PDF the lines under the title, before the first paragraph of running text, are
            // its subtitle, byline, cover line or a site's furniture, set apart by layout; they are not empty sections.
            if (doc.Kind == Core.Syntax.DocumentKind.PlainText &&
                !doc.Paragraphs.Any(p => p.Span.Start < h.Span.Start && Core.Syntax.ProseView.IsBodyText(doc.Slice(p.Span))))
            {
                continue;
            }

            var end = next?.Span.Start ?? doc.Content.Length;
            var between = doc.Content.AsSpan(h.Span.End, end - h.Span.End);
            if (!HasContent(between, doc, h.Span.End))
            {
                c.Report(Descriptor, h.Span, null, h.Text);
            }
        }
    });

    private static bool HasContent(ReadOnlySpan<char> text, Core.Syntax.EditorialDocument doc, int offset)
    {
        for (var k = 0; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && !doc.Comments.Any(cm => cm.Span.Contains(offset + k)) && !doc.PageFurniture.Any(f => f.Contains(offset + k)))
            {
                return true;
            }
        }

        return false;
    }
}
