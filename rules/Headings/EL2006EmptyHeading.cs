using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2006: a heading with no text.</summary>
public sealed class EL2006EmptyHeading : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2006", "Empty heading", "Heading has no text",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A heading marker with nothing after it.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterHeadingAction(c =>
    {
        if (string.IsNullOrWhiteSpace(c.Heading.Text))
        {
            c.Report(Descriptor, c.Heading.Span, null);
        }
    });
}
