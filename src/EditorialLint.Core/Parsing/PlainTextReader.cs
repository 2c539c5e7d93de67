using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Reads plain text such as a PDF extraction: blocks are separated by blank lines, hard-wrapped lines are one
/// paragraph, page furniture (page numbers, running headers and footers) is set aside so that a paragraph it splits is
/// read as one, headings are found by layout, bracketed [n] are footnote references and a "Notes"/"Endnotes" block
/// holds the notes.
/// </summary>
internal static class PlainTextReader
{
    /// <summary>The reader's pipeline, in order. Each step reads what the ones before it wrote.</summary>
    internal static readonly IReadOnlyList<IDocumentScanner> Scanners =
    [
        new PlainTextBlockStep(),
        new PageFurnitureScanner(),
        new PlainTextLayoutStep(),
        new CoverLineScanner(),
        new CommentScanner(outsideCode: false),
        new UrlEmailScanner(),
        new NonProseStep(),
        new PlainReferenceScanner(),
        new FlattenedCallScanner(),
        new FootnoteMarkerScanner(),
    ];

    /// <summary>The reader as registered in <see cref="ReaderRegistry"/>.</summary>
    public static IDocumentReader Instance { get; } = new PipelineReader(DocumentKind.PlainText, [".txt", ".text"], Scanners);

    /// <summary>Read <paramref name="sourceText"/> through the pipeline.</summary>
    public static EditorialDocument Read(string path, SourceText sourceText, TextEncodingInfo encoding) => Instance.Read(path, sourceText, encoding);
}
