using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// The short lines between the title and the first paragraph are a cover, not sections: "Policy Brief No. 7",
/// "Ayşe Kaya and Marko Petrović", a series line. The last of them, just above the text, is the first section's
/// heading ("Introduction"); the ones before it are read as (one-line) paragraphs, so they are still
/// spell-checked but not judged as headings.
/// </summary>
internal sealed class CoverLineScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var text = builder.Text;
        var headings = builder.Headings;
        var paragraphs = builder.Paragraphs;
        var notes = builder.Notes;
        if (headings.Count < 3 || headings[0].Level != 1)
        {
            return;
        }

        // The body starts with the first paragraph of prose: more than one line, or a sentence. A one-line date or
        // byline before it ("March 2026") is part of the cover.
        var bodyStart = paragraphs
            .Where(p => text.AsSpan(p.Span.Start, p.Span.Length).Contains('\n') || SentenceEnds.Is(text.AsSpan(p.Span.Start, p.Span.Length)))
            .Select(p => p.Span.Start).DefaultIfEmpty(int.MaxValue).First();
        var cover = headings.Skip(1).TakeWhile(h => h.Span.Start < bodyStart && (notes is null || h.Span.Start < notes.Span.Start)).ToList();
        if (cover.Count < 2 || bodyStart == int.MaxValue)
        {
            return;
        }

        foreach (var h in cover.SkipLast(1))
        {
            headings.Remove(h);
            paragraphs.Add(new Paragraph(h.Span));
        }

        paragraphs.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
