using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2009: a line of bold or italic text standing alone where a heading belongs.</summary>
public sealed class EL2009EmphasisAsHeading : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2009", "Emphasis used as heading", "'{0}' is emphasis standing in for a heading",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A paragraph that is only bold or italic text, without closing punctuation, is a heading in disguise: it is missing from the outline.",
        helpLinkUri: "rules/Headings/EL2009EmphasisAsHeading.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterParagraphAction(c =>
    {
        var p = c.Paragraph;
        if (!p.IsEmphasisOnly || p.IsQuote || p.IsListItem || p.EmphasisContentSpan.IsEmpty)
        {
            return;
        }

        var punctuation = c.Options.GetString("emphasis_heading_punctuation", ".,;:!?。，；：！？")!;
        var inner = c.Document.GetText(p.EmphasisContentSpan).Trim();
        if (inner.Length == 0 || punctuation.Contains(inner[^1], StringComparison.Ordinal))
        {
            return;
        }

        c.Report(Descriptor, p.Span, null, inner);
    });
}
