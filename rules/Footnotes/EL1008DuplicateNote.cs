using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Footnotes;

/// <summary>EL1008: two notes with the same label.</summary>
public sealed class EL1008DuplicateNote : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1008", "Duplicate footnote definition", "Note [{0}] is defined again (first on line {1})",
        RuleCategories.Footnotes, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Two notes share a label; readers and renderers see only one of them.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var first = new Dictionary<string, FootnoteDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in c.Definitions)
        {
            if (first.TryGetValue(d.Label, out var earlier))
            {
                c.Report(Descriptor, d.LabelSpan, [earlier.LabelSpan], null, d.Label, c.LineNumber(earlier.Span.Start));
            }
            else
            {
                first[d.Label] = d;
            }
        }
    });
}
