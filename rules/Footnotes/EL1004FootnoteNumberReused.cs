using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Footnotes;

/// <summary>
/// EL1004: a bracketed or superscript note number used a second time. Endnote-style drafts ([1], ¹) give every call its
/// own note, so a repeated number is a slip (…3, 4, 4, 6…). Markdown [^n] references may legitimately cite the same
/// note twice and are not reported, nor are numbers under a numbered reference list (a notes section titled
/// "References"), where [2] cites source 2 each time.
/// </summary>
public sealed class EL1004FootnoteNumberReused : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1004", "Footnote number reused", "Note number {0} is used again (first on line {1}); each call should have its own note",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "In endnote-style numbering every call has its own number; a repeated number usually means a note was renumbered wrongly.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        // Under a numbered reference list ("References"), [2] cites source 2 wherever it is used: reuse is the style.
        if (c.Document.NotesSection is { } notes && notes.HeadingText.Trim().TrimEnd(':').Equals("References", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var first = new Dictionary<int, FootnoteReference>();
        foreach (var r in c.References)
        {
            if (r.Number is not { } n || r.Style == FootnoteMarkerStyle.Caret)
            {
                continue;
            }

            if (first.TryGetValue(n, out var earlier))
            {
                c.Report(Descriptor, r.Span, [earlier.Span], null, n, c.LineNumber(earlier.Span.Start));
            }
            else
            {
                first[n] = r;
            }
        }
    });
}
