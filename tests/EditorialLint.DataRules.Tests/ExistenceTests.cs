namespace EditorialLint.DataRules.Tests;

public sealed class ExistenceTests
{
    private const string Rule = """
        id: EL6201
        kind: existence
        title: Wordy phrases
        message: "Avoid '{found}'"
        phrases:
          - needless to say
          - phrase: in order to
            message: "'{found}' is usually just 'to'"
        """;

    [Fact]
    public void Reports_phrases_in_any_casing() =>
        DataRuleAssert.Verify(Rule, "# T\n\n[|Needless to say|], they met [|in order to|] talk. [|NEEDLESS TO SAY|].\n");

    [Fact]
    public void Leaves_quotations_link_text_and_code() =>
        DataRuleAssert.Verify(Rule, "# T\n\nShe said “needless to say, no”. See [in order to](https://example.org) and `in order to`.\n");

    [Fact]
    public void Leaves_near_misses() =>
        DataRuleAssert.Verify(Rule, "# T\n\nThe need less to say is rare; in order tomorrow.\n");

    [Fact]
    public void A_phrase_has_its_own_message() =>
        Assert.Equal("Avoid 'Needless to say'\n'in order to' is usually just 'to'", DataRuleAssert.Messages(Rule, "# T\n\nNeedless to say, in order to win.\n"));

    [Fact]
    public void Ignore_case_false_matches_as_written_and_in_capitals() =>
        DataRuleAssert.Verify(
            "id: EL6202\nkind: existence\ntitle: T\nignore_case: false\nphrases: [Very]\n",
            "# T\n\n[|Very|] good; very good; [|VERY|] good.\n");

    [Fact]
    public void Exceptions_keep_a_phrase() =>
        DataRuleAssert.Verify(
            "id: EL6203\nkind: existence\ntitle: T\nphrases: [basically]\nexceptions: [Basically Sound Act]\n",
            "# T\n\nThe Basically Sound Act is law; it is [|basically|] fine.\n");
}
