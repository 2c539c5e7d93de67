namespace EditorialLint.DataRules.Tests;

public sealed class WordPairsTests
{
    private const string Rule = """
        id: EL6401
        kind: word-pairs
        title: Pairs
        pairs:
          - [toward, towards]
          - [per cent, percent]
        """;

    [Fact]
    public void The_first_form_used_wins() =>
        DataRuleAssert.Verify(Rule, "# T\n\nUp 3 percent, then 4 [|per cent|], then 5 [|per\ncent|] and 6 percent.\n");

    [Fact]
    public void Later_forms_are_fixed_toward_the_first_keeping_a_capital() =>
        DataRuleAssert.Verify(Rule, "# T\n\nMoving towards peace.\n\n[|Toward|] the end, [|toward|] it.\n", "# T\n\nMoving towards peace.\n\nTowards the end, towards it.\n");

    [Fact]
    public void One_form_alone_is_fine() =>
        DataRuleAssert.Verify(Rule, "# T\n\nToward peace, toward calm, toward it.\n");

    [Fact]
    public void Quotations_neither_vote_nor_are_reported() =>
        DataRuleAssert.Verify(Rule, "# T\n\nHe said “towards peace”. We move toward calm, toward it.\n");

    [Fact]
    public void A_longer_form_is_not_read_as_a_shorter_one() =>
        DataRuleAssert.Verify("id: EL6402\nkind: word-pairs\ntitle: P\npairs: [[long term, long-term]]\n", "# T\n\nThe long-term view; the [|long term|] cost.\n");

    [Fact]
    public void The_message_names_the_first_use_and_its_line() =>
        Assert.Equal("'towards' and 'toward' (line 3) are mixed in this draft; use one form", DataRuleAssert.Messages(Rule, "# T\n\ntoward it.\n\ntowards it.\n"));
}
