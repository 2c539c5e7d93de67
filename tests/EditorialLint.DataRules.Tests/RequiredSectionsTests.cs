namespace EditorialLint.DataRules.Tests;

public sealed class RequiredSectionsTests
{
    private const string Rule = """
        id: EL6301
        kind: required-sections
        title: Sections
        sections:
          - Summary
          - heading: Notes
            aliases: [Endnotes]
        """;

    [Fact]
    public void Reports_each_missing_section_on_the_title() =>
        DataRuleAssert.Verify(Rule, "# {|EL6301:{|EL6301:Title|}|}\n\n## Background\n\nText.\n");

    [Fact]
    public void Accepts_aliases_numbering_case_and_a_colon() =>
        DataRuleAssert.Verify(Rule, "# Title\n\n## 1. SUMMARY:\n\nText.\n\n## Endnotes\n\n1. A note.\n");

    [Fact]
    public void Without_a_title_reports_on_the_first_heading() =>
        DataRuleAssert.Verify(Rule, "Intro text.\n\n## [|Summary|]\n\nText.\n");

    [Fact]
    public void A_plain_text_notes_section_counts() =>
        DataRuleAssert.Verify(
            "id: EL6302\nkind: required-sections\ntitle: S\nsections: [Notes]\n",
            "The Title\n\nA first paragraph of running text that is long enough to be prose.\n\nNotes\n\n1 A source, 2020.\n",
            kind: Core.Syntax.DocumentKind.PlainText);

    [Fact]
    public void Numbering_is_not_confused_with_a_word() =>
        Assert.Equal("i agree", RequiredSectionsRule.Normalise("I Agree"));
}
