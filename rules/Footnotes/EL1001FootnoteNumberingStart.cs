using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Footnotes;

/// <summary>EL1001: the first numbered note is not 1.</summary>
public sealed class EL1001FootnoteNumberingStart : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1001", "Footnote numbering start", "The first footnote is numbered {0}; numbering should start at 1",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Numbered footnotes start at 1 in order of first use.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var first = c.Analyses.Footnotes.FirstUses.FirstOrDefault();
        if (first is { Number: { } n } && n != 1)
        {
            c.Report(Descriptor, first.Span, null, n);
        }
    });
}
