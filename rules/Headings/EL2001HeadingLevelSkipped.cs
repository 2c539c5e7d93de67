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
        description: "Heading levels go down one at a time.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [FrontMatterTitle.Option];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var headings = c.Document.Headings;

        // A title set in front matter stands before the first heading as a level-1 heading.
        var previous = FrontMatterTitle.Find(c) is null ? 0 : 1;
        for (var i = 0; i < headings.Length; i++)
        {
            if (previous > 0 && headings[i].Level > previous + 1)
            {
                c.Report(Descriptor, headings[i].Span, null, headings[i].Level, previous, previous + 1);
            }

            previous = headings[i].Level;
        }
    });
}
