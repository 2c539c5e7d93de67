using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Reads Markdown: Markdig gives the block structure (headings, paragraphs, code, HTML, links); then shared scanners
/// find comments, URLs and other non-prose, and footnotes are scanned from the source in order.
/// </summary>
internal static class MarkdownReader
{
    /// <summary>The reader's pipeline, in order. Each step reads what the ones before it wrote.</summary>
    internal static readonly IReadOnlyList<IDocumentScanner> Scanners =
    [
        new MarkdigStructureStep(),
        new FrontMatterScanner(),
        new CommentScanner(outsideCode: true),
        new UrlEmailScanner(),
        new NonProseStep(),
        new CaretDefinitionScanner(),
        new MarkdownNotesSectionScanner(),
        new MarkdownNoteParagraphScanner(),
        new MarkdownReferenceScanner(),
        new FootnoteMarkerScanner(),
    ];

    /// <summary>The reader as registered in <see cref="ReaderRegistry"/>.</summary>
    public static IDocumentReader Instance { get; } = new PipelineReader(DocumentKind.Markdown, [".md", ".markdown", ".mdown", ".mkd"], Scanners);

    /// <summary>Read <paramref name="sourceText"/> through the pipeline.</summary>
    public static EditorialDocument Read(string path, SourceText sourceText, TextEncodingInfo encoding) => Instance.Read(path, sourceText, encoding);
}
