using EditorialLint.Core.Parsing;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Tests;

/// <summary>Markdig's quadratic paragraphs (issue 17, linear time): delimiters past the limit are plain punctuation to Markdig only.</summary>
public class MarkdigInputTests
{
    private const int Limit = MarkdigInput.MaxDelimitersPerParagraph;

    [Fact]
    public void Text_under_the_limit_is_given_to_Markdig_as_it_is()
    {
        var text = string.Concat(Enumerable.Repeat("*Title* and [link](u) and a_b ", Limit / 3)) + "\n";

        Assert.Same(text, MarkdigInput.Tame(text));
    }

    [Fact]
    public void Past_the_limit_in_one_paragraph_delimiters_become_commas_and_the_length_stays()
    {
        var text = "x " + string.Concat(Enumerable.Repeat("*x ", Limit + 10)) + "\n";

        var tamed = MarkdigInput.Tame(text);

        Assert.Equal(text.Length, tamed.Length);
        Assert.Equal(Limit, tamed.Count(c => c == '*'));
        Assert.Equal(10, tamed.Count(c => c == ','));
        Assert.Equal(text.Replace('*', ','), tamed.Replace('*', ','));
    }

    [Fact]
    public void The_count_starts_again_at_a_blank_line_a_bullet_and_a_heading()
    {
        var paragraph = string.Concat(Enumerable.Repeat("*x* ", Limit / 2)) + "\n";
        var text = paragraph + "\n" + paragraph + "- " + paragraph + "# " + paragraph + "1. " + paragraph;

        Assert.Same(text, MarkdigInput.Tame(text));
    }

    [Fact]
    public void Closed_brackets_snake_case_and_a_line_first_character_do_not_count_or_change()
    {
        var text = string.Concat(Enumerable.Repeat("[a] b_c ", Limit * 2)) + "\n" + string.Concat(Enumerable.Repeat("*x ", Limit)) + "\n* item\n";

        var tamed = MarkdigInput.Tame(text);

        Assert.Same(text, tamed);
    }

    [Fact]
    public void A_run_of_one_delimiter_counts_once_and_is_replaced_whole()
    {
        var text = "a " + string.Concat(Enumerable.Repeat("**x** ", Limit / 2)) + "***y***\n";

        var tamed = MarkdigInput.Tame(text);

        Assert.EndsWith(",,,y,,,\n", tamed, StringComparison.Ordinal);
    }

    [Fact]
    public void Italics_in_an_ordinary_paragraph_are_still_read_and_a_huge_one_is_parsed_as_Markdown()
    {
        var ordinary = DocumentParser.Parse("a.md", "We read *Insight Turkey* and *The Economist* today.\n");
        Assert.Equal(2, ordinary.Prose.Verbatim.Count(v => v.Kind == VerbatimKind.Title));

        // 8,000 italic words in one paragraph is past Markdig's own depth limit: without the limit the draft fell back to plain text
        var huge = DocumentParser.Parse("b.md", "# Heading\n\n*Title* " + string.Concat(Enumerable.Repeat("*x* ", 8000)) + "\n");
        Assert.Null(huge.ReaderFallback);
        Assert.Equal(DocumentKind.Markdown, huge.Kind);
        Assert.Single(huge.Headings);
        Assert.Contains(huge.Prose.Verbatim, v => v.Kind == VerbatimKind.Title && v.Span.Start == "# Heading\n\n*".Length);
    }
}
