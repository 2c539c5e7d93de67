using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Examples;

/// <summary>Example plugin rule: every draft must end with a "Notes" section (a house requirement for commentaries).</summary>
public sealed class EL6002NotesSectionRequired : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL6002", "Notes section required", "The draft has no 'Notes' section",
        "Custom", DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Commentaries end with a Notes section, even when it is short.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        if (c.Document.NotesSection is null && c.Document.Title is { } title)
        {
            c.Report(Descriptor, title.ContentSpan, null);
        }
    });
}
