using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>Applies fixes: non-overlapping changes in one round; the caller re-lints and repeats to a fixed point.</summary>
internal static class FixApplier
{
    /// <summary>
    /// Choose the fixes that can be applied together (a fix whose changes overlap an earlier fix waits for the next
    /// round) and apply them. Returns the new text and how many fixes were applied.
    /// </summary>
    public static (SourceText Text, int Applied) ApplyRound(SourceText text, IEnumerable<EditorialDiagnostic> diagnostics)
    {
        var taken = new List<TextSpan>();
        var changes = new List<TextChange>();
        var applied = 0;
        foreach (var d in diagnostics.Where(d => d.Fix is not null).OrderBy(d => d.Location.SourceSpan.Start))
        {
            var fix = d.Fix!;
            if (fix.Changes.IsDefaultOrEmpty)
            {
                continue;
            }

            if (fix.Changes.Any(c => c.Span.End > text.Length || taken.Any(t => Overlaps(t, c.Span))))
            {
                continue;
            }

            // A fix that would leave the text as it is changes nothing: it is not applied and not counted.
            if (fix.Changes.All(c => IsNoOp(text, c)))
            {
                continue;
            }

            foreach (var c in fix.Changes)
            {
                taken.Add(c.Span);
            }

            changes.AddRange(fix.Changes);
            applied++;
        }

        if (changes.Count == 0)
        {
            return (text, 0);
        }

        return (text.WithChanges(changes.OrderBy(c => c.Span.Start)), applied);
    }

    private static bool IsNoOp(SourceText text, TextChange change) =>
        string.Equals(text.ToString(change.Span), change.NewText ?? string.Empty, StringComparison.Ordinal);

    private static bool Overlaps(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) || (a.IsEmpty && b.IsEmpty && a.Start == b.Start) || (a.IsEmpty && b.Contains(a.Start) && a.Start != b.Start) || (b.IsEmpty && a.Contains(b.Start) && b.Start != a.Start);
}
