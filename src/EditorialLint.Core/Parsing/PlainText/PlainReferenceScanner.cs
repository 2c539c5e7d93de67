using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Footnote references in plain-text paragraphs: <c>[n]</c>, <c>[^n]</c> and superscripts, outside skipped spans,
/// page furniture and the note blocks inside the body.
/// </summary>
internal sealed class PlainReferenceScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var blocked = builder.SkippedSet(extra: builder.PageFurniture.Concat(builder.NoteBlocks));
        foreach (var p in builder.Paragraphs)
        {
            FootnoteCalls.Scan(builder.Text, p.Span, blocked.Contains, allowBracketNumbers: true, builder.References);
        }
    }
}
