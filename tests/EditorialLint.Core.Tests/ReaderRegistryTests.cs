using EditorialLint.Core.Parsing;
using EditorialLint.Core.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests;

public class ReaderRegistryTests
{
    /// <summary>A reader of an invented format: one heading per line; throws on "boom" to test the fallback.</summary>
    private sealed class LineReader : IDocumentReader
    {
        public DocumentKind Kind => DocumentKind.PlainText;

        public IReadOnlyList<string> Extensions { get; } = [".lines-test"];

        public EditorialDocument Read(string path, SourceText text, TextEncodingInfo encoding)
        {
            if (text.ToString().Contains("boom", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("boom");
            }

            var headings = text.Lines.Where(l => l.Span.Length > 0).Select(l => new Heading(l.Span, l.Span, 1, l.ToString(), HeadingStyle.Layout));
            return new EditorialDocument(path, text, Kind, encoding, [.. headings], [], [], [], null, [], [], []);
        }
    }

    static ReaderRegistryTests() => ReaderRegistry.Register(new LineReader());

    [Fact]
    public void A_registered_reader_is_chosen_by_its_extension_in_any_case()
    {
        Assert.True(DocumentParser.IsSupported("draft.LINES-TEST"));
        var doc = DocumentParser.Parse("draft.lines-test", "One\nTwo\n");
        Assert.Equal(["One", "Two"], doc.Headings.Select(h => h.Text));
    }

    [Fact]
    public void A_new_reader_of_an_existing_kind_does_not_take_over_that_kind()
    {
        var doc = DocumentParser.Parse("draft.lines-test", "A Title Here\n\nSome text.\n", DocumentKind.PlainText);
        Assert.Equal(["A Title Here"], doc.Headings.Select(h => h.Text));
        Assert.Single(doc.Paragraphs);
    }

    [Fact]
    public void A_reader_that_gives_up_falls_back_to_plain_text_and_says_why()
    {
        var doc = DocumentParser.Parse("draft.lines-test", "A Title Here\n\nboom goes the text.\n");
        Assert.Equal("InvalidOperationException: boom", doc.ReaderFallback);
        Assert.Equal(DocumentKind.PlainText, doc.Kind);
        Assert.Single(doc.Paragraphs);
    }

    [Fact]
    public void Unknown_extensions_are_not_supported_and_read_as_plain_text()
    {
        Assert.Null(DocumentParser.KindFor("x.docx"));
        Assert.Equal(DocumentKind.PlainText, DocumentParser.Parse("x.docx", "A Title Here\n\nText.\n").Kind);
        Assert.Equal(DocumentKind.Markdown, DocumentParser.KindFor("x.Markdown"));
    }

    [Fact]
    public void The_readers_share_their_common_scanners_and_differ_in_structure()
    {
        var markdown = MarkdownReader.Scanners.Select(s => s.GetType()).ToList();
        var plain = PlainTextReader.Scanners.Select(s => s.GetType()).ToList();
        Assert.Equal([typeof(CommentScanner), typeof(UrlEmailScanner), typeof(NonProseStep), typeof(FootnoteMarkerScanner)], markdown.Intersect(plain));
        Assert.Equal(typeof(MarkdigStructureStep), markdown[0]);
        Assert.Equal(typeof(PlainTextBlockStep), plain[0]);
    }
}
