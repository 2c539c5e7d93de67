using EditorialLint.RuleTesting;
using EditorialLint.Rules.Spelling;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Spelling;

public class EL4004UnknownNameTests
{
    private static readonly FakeSpellChecker Speller = new("the", "minister", "met", "in", "and", "said", "a", "talks", "with", "relations", "registering", "migrants", "was", "Holbrooke", "envoy", "government", "receive", "to", "aid")
    {
        Names = ["Vučić", "Erdoğan"],
        Misspellings = new Dictionary<string, string[]> { ["recieve"] = ["receive"], ["goverment"] = ["government"] },
    };

    private static readonly RuleTestOptions Options = new() { SpellChecker = Speller };

    [Fact]
    public Task An_unknown_capitalised_word_is_a_name_at_suggestion_severity() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync(
            "The minister met {|#0:Lemkin|} in the talks.\n",
            Options,
            new ExpectedDiagnostic("EL4004").WithLocation(0).WithMessage("Unknown name 'Lemkin'"));

    [Fact]
    public Task A_name_is_not_also_an_unknown_word_and_a_lower_case_word_is_not_a_name()
    {
        return Task.WhenAll(
            RuleVerifier<EL4001UnknownWord>.VerifyAsync("The minister met Lemkin in the {|EL4001:tlaks|}.\n", Options),
            RuleVerifier<EL4004UnknownName>.VerifyAsync("The minister met {|EL4004:Lemkin|} in the tlaks.\n", Options));
    }

    [Fact]
    public Task A_name_the_draft_writes_twice_is_the_drafts_own() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync("The minister met Lemkin. Lemkin said talks and {|EL4004:Zalinger|} met.\n", Options);

    [Fact]
    public Task A_house_name_without_its_marks_is_reported_with_the_marked_name_even_when_repeated() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync(
            "The minister met {|#0:Vucic|}. {|#1:Vucic|} said talks.\n",
            Options,
            new ExpectedDiagnostic("EL4004").WithLocation(0).WithMessage("did you mean 'Vučić'?"),
            new ExpectedDiagnostic("EL4004").WithLocation(1).WithMessage("did you mean 'Vučić'?"));

    [Fact]
    public Task A_name_close_to_a_name_the_draft_knows_gets_that_name() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync(
            "The envoy Holbrooke met the minister, and {|#0:Holbroke|} said talks.\n",
            Options,
            new ExpectedDiagnostic("EL4004").WithLocation(0).WithMessage("did you mean 'Holbrooke'?"));

    [Fact]
    public Task A_misspelling_written_once_beside_a_repeated_name_gets_the_repeated_name() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync(
            "Zalinger met Zalinger and Zalinger said talks with {|#0:Zallinger|}.\n",
            Options,
            new ExpectedDiagnostic("EL4004").WithLocation(0).WithMessage("did you mean 'Zalinger'?"));

    [Fact]
    public Task A_repeated_name_one_edit_from_another_is_still_the_drafts_own() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync("Zalinger met Zalinger; Zallinger, Zallinger and Zallinger said talks.\n", Options);

    [Fact]
    public Task A_name_and_its_possessive_count_as_one() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync("Zalinger met the minister and Zalinger’s envoy said talks.\n", Options);

    [Fact]
    public Task A_name_written_with_its_marks_elsewhere_is_left_to_EL5002() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync("Erdoğan met Erdogan in the talks.\n", Options);

    [Fact]
    public Task Run_together_words_and_common_misspellings_are_unknown_words_not_names() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync(
            "The RelationsThe talks and Registeringmigrants and Goverment aid.\n", Options);

    [Fact]
    public async Task Run_together_words_are_EL4005_not_unknown_words()
    {
        await RuleVerifier<EL4005BrokenWord>.VerifyAsync(
            "The {|EL4005:ministerRelationsThe|} talks and {|EL4005:Registeringmigrants|} met.\n", Options);
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("The ministerRelationsThe talks and Registeringmigrants met.\n", Options);
    }
}

public class SpellingLongWordTests
{
    [Fact]
    public async Task A_25600_letter_word_is_reported_at_once()
    {
        var options = new RuleTestOptions { SpellChecker = new FakeSpellChecker("the", "and", "met") { Names = ["Vučić"] } };
        var word = new string('a', 12_800) + new string('b', 12_800);
        var name = "V" + word;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync($"The {{|EL4001:{word}|}} met {name} and the met.\n", options);
        await RuleVerifier<EL4004UnknownName>.VerifyAsync($"The {word} met {{|EL4004:{name}|}} and the met.\n", options);
        Assert.True(sw.ElapsedMilliseconds < 5_000, $"{sw.ElapsedMilliseconds} ms");
    }
}
