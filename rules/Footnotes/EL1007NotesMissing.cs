using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Footnotes;

/// <summary>EL1007: the draft has footnote references but no notes at all: one finding, at the first reference.</summary>
public sealed class EL1007NotesMissing : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1007", "Notes section missing", "The draft has {0} but no notes",
        RuleCategories.Footnotes, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Footnote references without any notes: the notes were lost (often by PDF extraction) or never written.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [FootnoteFacts.RequireNotes];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        if (FootnoteFacts.HasNotes(c.Document))
        {
            return;
        }

        var required = c.References.Where(r => FootnoteFacts.NotesRequired(c, r)).ToList();
        if (required.Count == 0)
        {
            return;
        }

        var labels = required.Select(r => r.Label).Distinct(StringComparer.Ordinal).ToList();
        var what = labels.Count == 1 ? $"a footnote reference [{labels[0]}]" : $"{labels.Count} footnote references ([{labels[0]}]–[{labels[^1]}])";
        c.Report(Descriptor, required[0].Span, required.Skip(1).Select(r => r.Span), null, what);
    });
}
