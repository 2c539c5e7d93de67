using EditorialLint.Core.Parsing;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Tests;

public class LayoutHeadingTests
{
    [Fact]
    public void A_dateline_under_the_title_is_not_a_section()
    {
        var doc = DocumentParser.Parse("x.txt", "A New Phase in Relations\n\nMonday, 2 February 2026\n\nThe talks went well.\n\nScope and Limits\n\nMore text.\n", DocumentKind.PlainText);
        Assert.Equal(["A New Phase in Relations", "Scope and Limits"], doc.Headings.Select(h => h.Text));
        Assert.Equal([1, 2], doc.Headings.Select(h => h.Level));
    }

    [Fact]
    public void A_byline_is_never_a_section()
    {
        // "By Land and Sea" cannot be told from "By Leon Hartwell" by layout; a site's byline is far more common.
        var doc = DocumentParser.Parse("x.txt", "A New Phase in Relations\n\nBy Ayşe Demir, Senior Analyst\n\n12 March 2026\n\nThe talks went well.\n\nBy Leon Hartwell\n\nMore text.\n", DocumentKind.PlainText);
        Assert.Equal(["A New Phase in Relations"], doc.Headings.Select(h => h.Text));
    }

    [Theory]
    [InlineData("218 views")]
    [InlineData("0 download")]
    [InlineData("Category:")]
    [InlineData("Insight Turkey > Commentaries |")]
    [InlineData("Loading.... (View full text)")]
    [InlineData("By Leon Hartwell The Serbia-Kosovo Dialogue")]
    public void Site_boilerplate_lines_are_not_headings(string line)
    {
        var doc = DocumentParser.Parse("x.txt", $"A Title Here\n\n{line}\n\nThe talks went well and the ministers met again.\n", DocumentKind.PlainText);
        Assert.Equal(["A Title Here"], doc.Headings.Select(h => h.Text));
    }

    [Theory]
    [InlineData("Several studies document this.¹,² Another claim.³", false)]
    [InlineData("Another claim.³", false)]
    [InlineData("The case was closed in 2019.12", false)]
    [InlineData("Two sentences. On one line", false)]
    [InlineData("Energy and Infrastructure", true)]
    [InlineData("Relations after 2019", true)]
    [InlineData("The U.S. Role in the Region", true)]
    public void Note_calls_and_sentence_ends_are_not_headings(string line, bool heading) =>
        Assert.Equal(heading, LayoutHeadings.LooksLikeHeading(line, hasFollowingText: true));

    [Theory]
    [InlineData("12 February 2026", true)]
    [InlineData("February 12th, 2026", true)]
    [InlineData("Published on 3 March 2026", true)]
    [InlineData("May 2026", true)]
    [InlineData("2026", false)]
    [InlineData("The March 2026 Elections in Serbia", false)]
    [InlineData("Serbia in May", false)]
    public void Datelines(string line, bool isDate) => Assert.Equal(isDate, LayoutHeadings.IsDateLine(line));
}

public class CoverLineTests
{
    [Fact]
    public void Short_lines_between_the_title_and_the_text_are_a_cover_and_the_last_is_the_first_section()
    {
        var doc = DocumentParser.Parse("x.txt",
            "Energy Corridors in the Western Balkans\n\nPolicy Brief No. 7\n\nAyşe Kaya and Marko Petrović\n\nMarch 2026\n\nIntroduction\n\nThe region depends on one route.\n\nOutlook\n\nMore text.\n",
            DocumentKind.PlainText);
        Assert.Equal(["Energy Corridors in the Western Balkans", "Introduction", "Outlook"], doc.Headings.Select(h => h.Text));
        Assert.Contains(doc.Paragraphs, p => doc.GetText(p.Span) == "Policy Brief No. 7");
    }

    [Fact]
    public void Once_the_text_has_started_consecutive_headings_stay_headings()
    {
        var doc = DocumentParser.Parse("x.txt",
            "Energy Corridors in the Western Balkans\n\nIntroduction\n\nThe region depends on one route.\n\nPart Two\n\nOutlook\n\nMore text.\n",
            DocumentKind.PlainText);
        Assert.Equal(["Energy Corridors in the Western Balkans", "Introduction", "Part Two", "Outlook"], doc.Headings.Select(h => h.Text));
    }
}
