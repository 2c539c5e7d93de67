using EditorialLint.Core.Parsing;
using EditorialLint.Core.Syntax;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests;

public class ParsingTests
{
    private static EditorialDocument ReadSample(string name)
    {
        var path = Path.Combine(TestPaths.Samples, name);
        var decoded = StrictDecoder.Decode(File.ReadAllBytes(path));
        Assert.True(decoded.Success, decoded.Failure?.Reason);
        return DocumentParser.Parse(path, decoded.Text!, decoded.Encoding!);
    }

    [Fact]
    public void Raw_seed_has_title_three_sections_and_eight_bracket_references()
    {
        var doc = ReadSample("commentary-2026-14.raw.txt");
        Assert.Equal(DocumentKind.PlainText, doc.Kind);
        Assert.NotNull(doc.Title);
        Assert.StartsWith("A New Phase in T", doc.Title!.Text, StringComparison.Ordinal);
        Assert.Equal(4, doc.Headings.Length);
        Assert.All(doc.Headings.Skip(1), h => Assert.Equal(2, h.Level));
        Assert.Equal("Bosnia-Herzegovina, EU Missteps, and the Emerging Space", doc.Headings[1].Text);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.All(doc.FootnoteReferences, r => Assert.Equal(FootnoteMarkerStyle.Bracket, r.Style));
        Assert.Empty(doc.FootnoteDefinitions);
        Assert.Null(doc.NotesSection);
    }

    [Fact]
    public void Raw_seed_paragraph_split_by_page_furniture_is_read_as_one()
    {
        var doc = ReadSample("commentary-2026-14.raw.txt");

        // The clean commentary has ten body paragraphs; the raw one has the same ten once the page-furniture block
        // (page number and running footer) that splits the fourth is recognised.
        Assert.Equal(10, doc.Paragraphs.Length);
        Assert.Single(doc.PageFurniture.Where(f => doc.GetText(f).Contains("Commentary", StringComparison.Ordinal)));
        Assert.Contains(doc.PageFurniture, f => doc.GetText(f) == "1");
        var split = doc.Paragraphs.Single(p => doc.GetText(p.Span).Contains("primary anchor of", StringComparison.Ordinal));
        Assert.EndsWith("stability and transformation.[4]", doc.GetText(split.Span), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Words, w => doc.GetText(w.Span) == "Commentary");
    }

    [Fact]
    public void Clean_seed_markdown_structure()
    {
        var doc = ReadSample("commentary-2026-14.clean.md");
        Assert.Equal(DocumentKind.Markdown, doc.Kind);
        Assert.Equal("A New Phase in Türkiye–Serbia Relations", doc.Title!.Text);
        Assert.Equal([1, 2, 2, 2], doc.Headings.Select(h => h.Level));
        Assert.Equal(10, doc.Paragraphs.Length);
        Assert.Equal(8, doc.FootnoteReferences.Length);
    }

    [Fact]
    public void Markdown_footnotes_in_source_order_including_unreferenced()
    {
        var text = "# T\n\nOne[^2] and two[^a].\n\n[^a]: Named.\n[^2]: Second.\n[^9]: Never used.\n\n`[^3]` is code.\n";
        var doc = DocumentParser.Parse("x.md", text);
        Assert.Equal(["2", "a"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.Equal(["a", "2", "9"], doc.FootnoteDefinitions.Select(d => d.Label));
        Assert.Equal("Never used.", doc.GetText(doc.FootnoteDefinitions[2].ContentSpan));
    }

    [Theory]
    [InlineData("A year [2019] is not a note.")]
    [InlineData("An insertion [sic] is not a note.")]
    [InlineData("A [link](http://x.org/[1]) is not a note.")]
    [InlineData("A reference-style [link][1] is not a note.")]
    public void Not_footnote_references(string line)
    {
        var doc = DocumentParser.Parse("x.md", "# T\n\n" + line + "\n");
        Assert.Empty(doc.FootnoteReferences);
    }

    [Fact]
    public void Words_skip_code_urls_and_markers()
    {
        var doc = DocumentParser.Parse("x.md", "# T\n\nSee https://example.org/path and `codeword` and mail a.b@example.com now.[1]\n");
        var words = doc.Words.Select(w => doc.GetText(w.Span)).ToList();
        Assert.DoesNotContain("codeword", words);
        Assert.DoesNotContain("example", words);
        Assert.DoesNotContain("1", words);
        Assert.Contains("now", words);
    }

    [Fact]
    public void Possessive_apostrophe_is_part_of_the_word()
    {
        var doc = DocumentParser.Parse("x.md", "Türkiye’s role and NASA's role.\n");
        var words = doc.Words.Select(w => doc.GetText(w.Span)).ToList();
        Assert.Contains("Türkiye’s", words);
        Assert.Contains("NASA's", words);
    }
}
