using EditorialLint.Core.Parsing;

namespace EditorialLint.Core.Tests;

public class FootnoteParsingTests
{
    [Fact]
    public void Nested_definitions_are_both_definitions_and_not_references()
    {
        var doc = DocumentParser.Parse("x.md", "Note[^3][^4]\n\n[^3]: [^4]: Paragraph\n");
        Assert.Equal(["3", "4"], doc.FootnoteDefinitions.Select(d => d.Label));
        Assert.Equal(["3", "4"], doc.FootnoteReferences.Select(r => r.Label));
        var outer = doc.FootnoteDefinitions[0];
        var inner = doc.FootnoteDefinitions[1];
        Assert.True(outer.Span.End <= inner.Span.Start, "definitions do not overlap");
        Assert.True(outer.ContentSpan.IsEmpty);
        Assert.Equal("Paragraph", doc.Content[inner.ContentSpan.Start..inner.ContentSpan.End]);
    }

    [Theory]
    [InlineData("1234567890", 1234567890)]
    [InlineData("2147483647", 2147483647)]
    [InlineData("2147483648", null)]
    [InlineData("12345678901", null)]
    [InlineData("12a", null)]
    public void Numbers_of_labels(string label, int? number)
    {
        var doc = DocumentParser.Parse("x.md", $"A[^{label}]\n\n[^{label}]: x\n");
        Assert.Equal(number, doc.FootnoteReferences.Single().Number);
        Assert.Equal(number, doc.FootnoteDefinitions.Single().Number);
    }

    [Fact]
    public void Bracket_numbers_are_citations_in_a_draft_whose_notes_are_markdown_footnotes()
    {
        var doc = DocumentParser.Parse("x.md", "Ankara grew.[^1] As noted in [1] and [2], it went on.[^2]\n\n[^1]: One.\n[^2]: Two.\n");
        Assert.Equal(["1", "2"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.All(doc.FootnoteReferences, r => Assert.Equal(Syntax.FootnoteMarkerStyle.Caret, r.Style));
    }

    [Fact]
    public void Bracket_numbers_are_references_when_the_notes_are_bracketed()
    {
        var doc = DocumentParser.Parse("x.md", "# T\n\nAnkara grew.[1] It went on.[2]\n\n## Notes\n\n[1] One.\n[2] Two.\n");
        Assert.Equal(["1", "2"], doc.FootnoteReferences.Select(r => r.Label));
    }

    [Fact]
    public void A_range_of_bracketed_references_cites_the_numbers_between()
    {
        var doc = DocumentParser.Parse("x.md", "# T\n\nStudies agree [1]–[3]. Others [4]-[6], and [7], [9].\n\n## References\n\n[1] a\n");
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "9"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.Equal([false, true, false, false, true, false, false, false], doc.FootnoteReferences.Select(r => r.Implied));
        Assert.Equal("–", doc.Content[doc.FootnoteReferences[1].Span.Start..doc.FootnoteReferences[1].Span.End]);
    }
}
