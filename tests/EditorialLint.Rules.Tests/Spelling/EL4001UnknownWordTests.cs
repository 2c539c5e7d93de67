using EditorialLint.Core.Testing;
using EditorialLint.Rules.Spelling;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Spelling;

public class EL4001UnknownWordTests
{
    private static readonly RuleTestOptions Options = new()
    {
        SpellChecker = new FakeSpellChecker("the", "government", "responded", "talks", "in", "and", "Türkiye", "NATO", "met", "a", "code", "see", "word"),
    };

    [Fact]
    public Task Flags_unknown_word_with_suggestions() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The {|#0:govarnment|} responded.\n",
            Options,
            new ExpectedDiagnostic("EL4001").WithLocation(0).WithMessage("did you mean 'government'?"));

    [Fact]
    public async Task A_name_written_elsewhere_with_its_known_diacritics_is_left_to_EL5002()
    {
        var options = new RuleTestOptions { SpellChecker = new FakeSpellChecker("the", "talks", "and", "met", "Erdoğan") };
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("Erdoğan and Erdogan met the talks.\n", options);
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("{|EL4001:Erdogan|} met the talks.\n", options);
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("Erdoğan met {|EL4001:erdogan|} and {|EL4001:Erdogann|}.\n", options);
    }

    [Fact]
    public Task Known_words_capitalised_words_and_possessives_pass() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The talks in Türkiye and Türkiye’s government responded.\n", Options);

    [Fact]
    public Task Skips_code_urls_numbers_acronyms_and_other_scripts() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The `zzzq` code, see https://example.org/qqq and 2026 and the OSCE and Београд.[1]\n", Options);

    [Fact]
    public Task Acronyms_are_checked_when_configured() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The {|EL4001:OSCE|} met.\n",
            Options with { Options = new Dictionary<string, string> { ["editorial_lint.spelling_ignore_acronyms"] = "false" } });

    [Fact]
    public Task Identifiers_are_not_spell_checked_but_emphasised_words_are() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The zorb_qqq code and _{|EL4001:zorb|}_ met.\n", Options);

    [Fact]
    public Task Lost_apostrophe_is_left_to_EL4003() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The Türkiyes government responded.\n", Options);

    [Fact]
    public Task Without_dictionaries_nothing_is_reported() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("Qwxzv plorp.\n");

    [Fact]
    public Task Every_occurrence_is_reported() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The {|EL4001:zorb|} and the {|EL4001:zorb|}.\n", Options);

    [Fact]
    public Task Wrong_code_page_words_are_left_to_EL3005() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The government met Erdoðan; the {|EL4001:govarnment|} met Türkiye.\n",
            Options with { SpellChecker = new FakeSpellChecker("the", "government", "met", "Erdoğan", "Türkiye") });

    private static readonly RuleTestOptions English = new()
    {
        SpellChecker = new FakeSpellChecker("the", "leader", "said", "in", "and", "a", "speech", "government", "responded", "quickly", "to", "protests", "met", "of", "role", "is", "growing", "talks", "were", "long"),
    };

    [Fact]
    public Task Acronym_plurals_and_possessives_are_acronyms() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The OSCE’s role and the OSCE's talks and NGOs and MPs.\n", English);

    [Fact]
    public Task A_quotation_in_another_language_is_not_spell_checked() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The leader said “Ne damo našu zemlju nikome” in a speech, and „Ovo je kraj“ to the {|EL4001:govarnment|}.\n", English);

    [Fact]
    public Task A_paragraph_in_another_language_is_not_spell_checked_but_an_english_one_is() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "Türkiye ile Sırbistan arasındaki ilişkiler son yıllarda hızla gelişti.\n\n" +
            "The {|EL4001:govarnment|} responded quickly to the {|EL4001:protestts|} and the talks were long.\n", English);

    [Fact]
    public Task A_word_hyphenated_at_a_line_end_is_judged_whole() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The cooper-\nation grew and the environ-\r\nment improved, but the {|EL4001:govarn|}-\n{|EL4001:ment|} did not.\n",
            new RuleTestOptions { SpellChecker = new FakeSpellChecker("the", "cooperation", "grew", "and", "environment", "improved", "but", "did", "not") });
}
