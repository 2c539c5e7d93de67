using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Footnote references in Markdown: <c>[^n]</c>, <c>[n]</c> and superscripts in paragraphs (not note paragraphs) and
/// heading text. Not a definition's own label, not a bracketed number inside the notes section, and no bracketed
/// number at all when every note is a <c>[^n]:</c> definition. One reference per position, in source order.
/// </summary>
internal sealed class MarkdownReferenceScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var text = builder.Text;
        var skipped = builder.SkippedSet();
        var noteBlocks = builder.NoteBlocks.ToHashSet();
        var references = new List<FootnoteReference>();
        var blocks = builder.Paragraphs.Select(p => p.Span).Where(s => !noteBlocks.Contains(s)).Concat(builder.Headings.Select(h => h.ContentSpan)).OrderBy(s => s.Start);
        foreach (var block in blocks)
        {
            FootnoteCalls.Scan(text, block, skipped.Contains, allowBracketNumbers: true, references);
        }

        var definitions = builder.Definitions;
        var defLabelSpans = definitions.Select(d => d.LabelSpan).OrderBy(l => l.Start).ToArray();
        var defLabelEnds = new int[defLabelSpans.Length]; // the furthest end among the labels up to each one
        for (var i = 0; i < defLabelSpans.Length; i++)
        {
            defLabelEnds[i] = Math.Max(defLabelSpans[i].End, i > 0 ? defLabelEnds[i - 1] : 0);
        }

        var notes = builder.Notes;
        references.RemoveAll(r => OverlapsAny(defLabelSpans, defLabelEnds, r.Span) ||
                                  (notes is not null && r.Style != FootnoteMarkerStyle.Caret && notes.Span.Contains(r.Span.Start)));
        // A draft whose notes are all Markdown footnotes ([^1]: ...) cites them with [^1]; a bare [1] in it is a
        // citation of some other list (a reference list, a source's own numbering), not a call of note 1.
        if (definitions.Count > 0 && definitions.All(d => d.Style == FootnoteMarkerStyle.Caret))
        {
            references.RemoveAll(r => r.Style == FootnoteMarkerStyle.Bracket);
        }

        builder.References = references.GroupBy(r => r.Span.Start).Select(g => g.First()).OrderBy(r => r.Span.Start).ToList();
    }

    /// <summary>
    /// Whether <paramref name="span"/> overlaps one of <paramref name="sorted"/> (sorted by start): a binary search,
    /// then a walk back while a label that far back can still reach the span (100,000 references × 100,000 notes was
    /// quadratic).
    /// </summary>
    private static bool OverlapsAny(TextSpan[] sorted, int[] furthestEnds, TextSpan span)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var j = lo - 1; j >= 0 && furthestEnds[j] > span.Start; j--)
        {
            if (sorted[j].OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }
}
