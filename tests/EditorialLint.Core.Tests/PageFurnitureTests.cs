using EditorialLint.Core.Parsing;

namespace EditorialLint.Core.Tests;

public class PageFurnitureTests
{
    private static string[] Furniture(string text)
    {
        var doc = DocumentParser.Parse("x.txt", text);
        return [.. doc.PageFurniture.Select(f => doc.Content[f.Start..f.End].Trim())];
    }

    [Fact]
    public void A_running_header_without_numbers_is_furniture_when_it_repeats_even_above_the_title()
    {
        var text =
            "Center for Balkan Studies — Commentary\n\nSoft Power on Screen\n\nThe series became one of the most watched programmes and its stars were greeted\n\n" +
            "- 2 -\n\nCenter for Balkan Studies — Commentary\n\nby crowds in Belgrade when they visited the city.\n\n" +
            "Center for Balkan Studies — Commentary\n\nA decade later the series are a fixture of prime time across the region.\n";
        Assert.Equal(["Center for Balkan Studies — Commentary", "- 2 -", "Center for Balkan Studies — Commentary", "Center for Balkan Studies — Commentary"], Furniture(text));
        var doc = DocumentParser.Parse("x.txt", text);
        Assert.Equal("Soft Power on Screen", doc.Headings[0].Text);
    }

    [Fact]
    public void A_cover_line_seen_once_between_paragraphs_is_the_drafts_own_text()
    {
        var text = "The Balkan Diaspora\n\nPolicy Brief | April 2026\n\nMillions of citizens trace their ancestry to the Balkans.\n\nThey keep family ties there.\n";
        Assert.Empty(Furniture(text));
    }

    [Fact]
    public void A_header_seen_once_that_splits_a_sentence_is_furniture()
    {
        var text = "The Title\n\nThe talks went on for a long time and in the end\n\nAVİM Commentary • No: 2026 / 14 • February 2026\n\nthey produced an agreement on energy.\n";
        Assert.Equal(["AVİM Commentary • No: 2026 / 14 • February 2026"], Furniture(text));
    }
}
