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

public class FlattenedCallTests
{
    private static Syntax.EditorialDocument Plain(string text) => DocumentParser.Parse("x.txt", text, Syntax.DocumentKind.PlainText);

    private const string Notes = "\n\nNotes\n\n1 European Commission, Report 2025.\n2 IEA, Gas Market Report, Q4 2022.\n3 Ministry of Energy, Bulletin 2025.\n";

    [Fact]
    public void Digits_glued_to_a_word_or_its_punctuation_are_calls_when_the_notes_confirm_them()
    {
        var doc = Plain("A Title Here\n\nGas flows to Central Europe.1 The 2022 shock showed the cost of one route,2 and “the hub”.3 More." + Notes);
        Assert.Equal(["1", "2", "3"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.Equal(["1", "2", "3"], doc.FootnoteDefinitions.Select(d => d.Label));
        Assert.Equal("1", doc.Content[doc.FootnoteReferences[0].Span.Start..doc.FootnoteReferences[0].Span.End]);
    }

    [Fact]
    public void Codes_decimals_amounts_and_abbreviations_are_not_calls()
    {
        var doc = Plain("A Title Here\n\nThe G2 met; COVID-19 and the F-16 deal, Su-3, Q3 and CO2, 4.2 billion, $3, the 1st, No.2 and pp.3 aside, education1 came first and training2 second." + Notes);
        Assert.Equal(["1", "2"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.All(doc.FootnoteReferences, r => Assert.True(char.IsLetter(doc.Content[r.Span.Start - 1])));
    }

    [Fact]
    public void After_a_year_and_a_full_stop_a_glued_number_before_a_new_sentence_is_a_call()
    {
        var doc = Plain("A Title Here\n\nThe plan runs to 2030.1 The cost is 2.5 billion.2 Prices rose in 2022.3\n\nThe rate was 2019.3 per unit." + Notes);
        Assert.Equal(["1", "2", "3"], doc.FootnoteReferences.Select(r => r.Label));
    }

    [Fact]
    public void Numbers_the_notes_do_not_confirm_are_left_alone()
    {
        // Only one of three notes would be cited: not trusted as a set.
        Assert.Empty(Plain("A Title Here\n\nIt came to Europe.1 Nothing else is cited." + Notes).FootnoteReferences);

        // A draft with real markers: glued digits are not read as calls beside them.
        var marked = Plain("A Title Here\n\nOne claim.[1] Another,[2] and a third.[3] Then Europe.2 again." + Notes.Replace("\n1 ", "\n[1] ").Replace("\n2 ", "\n[2] ").Replace("\n3 ", "\n[3] "));
        Assert.Equal(["1", "2", "3"], marked.FootnoteReferences.Select(r => r.Label));
        Assert.All(marked.FootnoteReferences, r => Assert.Equal(Syntax.FootnoteMarkerStyle.Bracket, r.Style));
    }

    [Fact]
    public void A_bare_number_opens_a_note_only_in_sequence_under_a_notes_heading()
    {
        var doc = Plain("A Title Here\n\nText.1 More.2\n\nNotes\n\n1 Source one, on trade\n45 per cent of it, wrapped.\n2 Source two.\n2 Repeated number.\n");
        Assert.Equal(["1", "2"], doc.FootnoteDefinitions.Select(d => d.Label));
        Assert.Contains("45 per cent", doc.Content[doc.FootnoteDefinitions[0].Span.Start..doc.FootnoteDefinitions[0].Span.End], StringComparison.Ordinal);

        // Without a notes heading, bare numbered lines at the end are prose, not notes.
        Assert.Empty(Plain("A Title Here\n\nText here.\n\n1 Source one.\n2 Source two.\n").FootnoteDefinitions);
    }
}
