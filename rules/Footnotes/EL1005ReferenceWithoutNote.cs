using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Footnotes;

/// <summary>EL1005: a reference whose note does not exist (when the draft has notes; a draft with none gets EL1007 once).</summary>
public sealed class EL1005ReferenceWithoutNote : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1005", "Footnote reference without note", "Footnote [{0}] has no note",
        RuleCategories.Footnotes, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "A footnote reference points to a note that is not defined.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        if (!FootnoteFacts.HasNotes(c.Document))
        {
            return;
        }

        // One finding per missing label, at its first reference; the other references are related locations.
        var labels = c.Definitions.Select(d => d.Label).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in c.References.Where(r => !labels.Contains(r.Label)).GroupBy(r => r.Label, StringComparer.OrdinalIgnoreCase))
        {
            var first = group.First();
            c.Report(Descriptor, first.Span, group.Skip(1).Select(r => r.Span), null, first.Label);
        }
    });
}
