namespace EditorialLint.DataRules.Tests;

public sealed class CapitalizationTests
{
    private const string Rule = """
        id: EL6501
        kind: capitalization
        title: Names
        names: [NATO, al-Qaeda, European Union]
        """;

    [Fact]
    public void Reports_other_casings_with_a_fix() =>
        DataRuleAssert.Verify(Rule, "# T\n\nThe [|Nato|] summit, [|Al-qaeda|] and the [|european union|] met.\n", "# T\n\nThe NATO summit, al-Qaeda and the European Union met.\n");

    [Fact]
    public void A_capital_first_letter_opens_a_sentence() =>
        DataRuleAssert.Verify(Rule, "# T\n\nAl-Qaeda was weakened. The NATO summit and al-Qaeda.\n");

    [Fact]
    public void At_a_sentence_start_the_fix_keeps_the_capital() =>
        DataRuleAssert.Verify(Rule, "# T\n\n[|AL-qaeda|] was weakened.\n", "# T\n\nAl-Qaeda was weakened.\n");

    [Fact]
    public void Capitals_quotations_and_code_are_left_alone() =>
        DataRuleAssert.Verify(Rule, "# EUROPEAN UNION TALKS\n\nHe wrote “nato is dead”, and `nato` is code.\n");
}
