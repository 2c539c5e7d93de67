using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Footnotes;

/// <summary>
/// EL1009: notes not in the order their references first appear. When the notes form one block (only blank space
/// between them), the fix rewrites the block in order.
/// </summary>
public sealed class EL1009NotesOutOfOrder : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1009", "Footnote definitions out of order", "Note [{0}] is out of citation order (it is cited {1})",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Notes should be listed in the order their references first appear.", helpLinkUri: "rules/Footnotes/EL1009NotesOutOfOrder.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var order = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in c.References)
        {
            order.TryAdd(r.Label, order.Count);
        }

        var defs = c.Definitions.Where(d => order.ContainsKey(d.Label)).ToList();
        if (defs.GroupBy(d => d.Label, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            return; // duplicates first (EL1008)
        }

        var text = c.Document.Content;
        CodeFix? fix = null;
        var all = c.Definitions.ToList();
        var contiguous = all.Count == defs.Count && all.Zip(all.Skip(1)).All(p => string.IsNullOrWhiteSpace(text[p.First.Span.End..p.Second.Span.Start]));
        if (contiguous && all.Count > 1)
        {
            var separator = text[all[0].Span.End..all[1].Span.Start];
            var sb = new StringBuilder();
            foreach (var d in all.OrderBy(d => order[d.Label]))
            {
                if (sb.Length > 0)
                {
                    sb.Append(separator);
                }

                sb.Append(text, d.Span.Start, d.Span.Length);
            }

            fix = CodeFix.Replace("List the notes in the order they are cited", TextSpan.FromBounds(all[0].Span.Start, all[^1].Span.End), sb.ToString());
        }

        // Walk the notes in source order with a cursor into the citation order: a note whose rank is not the
        // cursor is out of place; the cursor then moves past it.
        var rank = order.Keys.Where(l => defs.Any(d => string.Equals(d.Label, l, StringComparison.OrdinalIgnoreCase)))
            .Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.OrdinalIgnoreCase);
        var cursor = 0;
        foreach (var d in defs)
        {
            var r = rank[d.Label];
            if (r != cursor)
            {
                // One finding per draft: the first note out of place (the fix reorders them all).
                c.Report(Descriptor, d.LabelSpan, fix, d.Label, Ordinal(r + 1));
                return;
            }

            cursor = r + 1;
        }
    });

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "th",
    };
}
