using EditorialLint.Core.Parsing;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Tests;

public class FrontMatterTests
{
    [Theory]
    [InlineData("---\ntitle: T\n---\n\nText.\n", 3)]
    [InlineData("---\n---\n# Heading\n", 2)]
    [InlineData("+++\ntitle = \"T\"\n+++\n\nText.\n", 3)]
    [InlineData("+++ \ntitle: \"T\"\n...   \n\nText.\n", 3)]
    [InlineData("{\n  \"title\": \"T\",\n  \"tags\": [\n    \"a\"\n  ]\n}\n\nText.\n", 6)]
    public void Front_matter_at_the_start_is_skipped_and_holds_no_heading_or_paragraph(string text, int lines)
    {
        var doc = DocumentParser.Parse("x.md", text);
        var fm = Assert.Single(doc.SkippedSpans, s => s.Kind == SkippedKind.FrontMatter);
        Assert.Equal(0, fm.Span.Start);
        Assert.Equal(lines, doc.Text.Lines.GetLineFromPosition(fm.Span.End).LineNumber + 1);
        Assert.DoesNotContain(doc.Paragraphs, p => fm.Span.Contains(p.Span.Start));
        Assert.DoesNotContain(doc.Headings, h => fm.Span.Contains(h.Span.Start));
    }

    [Theory]
    [InlineData("Text first.\n\n+++\ntitle = \"T\"\n+++\n")]
    [InlineData("---\n\nA draft that opens with a rule.\n\n## Section\n")]
    [InlineData("{\nnever closed\n")]
    public void Anything_else_is_not_front_matter(string text)
    {
        var doc = DocumentParser.Parse("x.md", text);
        Assert.DoesNotContain(doc.SkippedSpans, s => s.Kind == SkippedKind.FrontMatter);
    }
}
