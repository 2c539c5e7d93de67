using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Footnotes;

/// <summary>EL1003: a footnote number is first used after a higher one (1, 3, 2).</summary>
public sealed class EL1003FootnoteOutOfOrder : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1003", "Footnote out of order", "Footnote {0} is first used after footnote {1}",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Numbered footnotes must be first used in ascending order.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var highest = 0;
        foreach (var r in c.Analyses.Footnotes.FirstUses)
        {
            var n = r.Number!.Value;
            if (n < highest)
            {
                c.Report(Descriptor, r.Span, null, n, highest);
            }

            highest = Math.Max(highest, n);
        }
    });
}
