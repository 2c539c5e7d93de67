using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2001: a heading more than one level below the heading before it (h1 → h3).</summary>
public sealed class EL2001HeadingLevelSkipped : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2001", "Heading level skipped", "Heading level {0} follows level {1}; expected level {2} at most",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Heading levels go down one at a time.", helpLinkUri: "rules/Headings/EL2001HeadingLevelSkipped.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var headings = c.Document.Headings;
        for (var i = 1; i < headings.Length; i++)
        {
            if (headings[i].Level > headings[i - 1].Level + 1)
            {
                c.Report(Descriptor, headings[i].Span, null, headings[i].Level, headings[i - 1].Level, headings[i - 1].Level + 1);
            }
        }
    });
}
