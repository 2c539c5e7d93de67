using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Footnotes;

/// <summary>EL1006: a note that no reference points to.</summary>
public sealed class EL1006NoteNeverReferenced : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1006", "Footnote never referenced", "Note [{0}] is never referenced",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A footnote definition that no reference in the text points to.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var used = c.References.Select(r => r.Label).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in c.Definitions)
        {
            // A second definition of a label is EL1008's finding, not an unused note.
            if (seen.Add(d.Label) && !used.Contains(d.Label))
            {
                c.Report(Descriptor, d.LabelSpan, null, d.Label);
            }
        }
    });
}
