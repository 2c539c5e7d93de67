namespace EditorialLint.DataRules.Tests;

public sealed class SubstitutionTests
{
    private const string Rule = """
        id: EL6101
        kind: substitution
        title: Place names
        swap:
          Kiev: Kyiv
          due to the fact that: because
        exceptions: [Chicken Kiev]
        """;

    [Fact]
    public void Reports_each_rejected_form_in_prose() =>
        DataRuleAssert.Verify(Rule, "# Visit\n\nThe talks in [|Kiev|] ended [|due to the fact that|] it rained.\n");

    [Fact]
    public void A_phrase_matches_across_a_line_break() =>
        DataRuleAssert.Verify(Rule, "# Visit\n\nThey left [|due to the\nfact that|] it rained.\n");

    [Fact]
    public void Fix_keeps_capitals_and_possessive() =>
        DataRuleAssert.Verify(Rule, "# [|KIEV|] TALKS\n\n[|Kiev|]'s mayor spoke.\n", "# KYIV TALKS\n\nKyiv's mayor spoke.\n");

    [Fact]
    public void Leaves_exceptions_quotations_titles_code_and_other_casings() =>
        DataRuleAssert.Verify(Rule, "# Menu\n\nChicken Kiev was served. He said “Kiev stands”. See *Kiev Diaries* and `Kiev`.\nThe word kiev in lower case is not the name.\n");

    [Fact]
    public void Leaves_official_names_as_the_prose_view_marks_them() =>
        DataRuleAssert.Verify(
            "id: EL6105\nkind: substitution\ntitle: T\nswap:\n  Former Yugoslav Republic of Macedonia: North Macedonia\n",
            "# T\n\nThe talks in Skopje and the Former Yugoslav Republic of Macedonia ended.\n");

    [Fact]
    public void Leaves_part_of_a_longer_word() =>
        DataRuleAssert.Verify(Rule, "# Words\n\nKievan Rus and PreKiev are other words.\n");

    [Fact]
    public void Ignore_case_matches_any_casing_and_follows_the_first_capital() =>
        DataRuleAssert.Verify(
            "id: EL6102\nkind: substitution\ntitle: Words\nignore_case: true\nswap:\n  utilise: use\n",
            "# Words\n\n[|Utilise|] it; we [|utilise|] it.\n",
            "# Words\n\nUse it; we use it.\n");

    [Fact]
    public void Fix_none_reports_without_a_fix() =>
        DataRuleAssert.Verify(
            "id: EL6103\nkind: substitution\ntitle: Words\nfix: none\nswap:\n  Kiev: Kyiv\n",
            "# T\n\nIn [|Kiev|].\n",
            "# T\n\nIn Kiev.\n");

    [Fact]
    public void Message_uses_the_named_placeholders() =>
        Assert.Equal("Write Kyiv (not Kiev)", DataRuleAssert.Messages(
            "id: EL6104\nkind: substitution\ntitle: T\nmessage: \"Write {preferred} (not {found})\"\nswap: {Kiev: Kyiv}\n", "# T\n\nIn Kiev.\n"));

    [Fact]
    public void Plain_text_is_linted_too() =>
        DataRuleAssert.Verify(Rule, "Visit\n\nThe talks in [|Kiev|] ended today after a long week.\n", kind: Core.Syntax.DocumentKind.PlainText);
}
