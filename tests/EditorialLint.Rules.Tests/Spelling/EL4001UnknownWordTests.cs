using EditorialLint.RuleTesting;
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
        await RuleVerifier<EL4004UnknownName>.VerifyAsync("Erdoğan and Erdogan met the talks.\n", options);
        await RuleVerifier<EL4004UnknownName>.VerifyAsync("{|EL4004:Erdogan|} met the talks.\n", options);
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("Erdoğan met {|EL4001:erdogan|} and Erdogann.\n", options);
        await RuleVerifier<EL4004UnknownName>.VerifyAsync("Erdoğan met erdogan and {|EL4004:Erdogann|}.\n", options);
    }

    [Fact]
    public Task Known_words_capitalised_words_and_possessives_pass() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The talks in Türkiye and Türkiye’s government responded.\n", Options);

    [Fact]
    public Task A_pronoun_or_adverb_contracted_with_a_verb_is_a_word_but_not_a_lower_case_i_nor_another_word() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "There’d be talks and there'd be code; where’ll the word met. {|EL4001:i’ll|} see {|EL4001:government’d|} and {|EL4001:there’ld|}.\n",
            Options);

    [Fact]
    public async Task A_capital_held_one_letter_too_long_is_reported_with_the_word_re_cased()
    {
        var options = new RuleTestOptions { SpellChecker = new FakeSpellChecker("the", "and", "met", "Sunni", "government", "ids", "IDs") };
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The {|#0:SUnni|} and the {|#1:GOvernment|} met IDs and TVs.\n",
            options,
            new ExpectedDiagnostic("EL4001").WithLocation(0).WithMessage("Unknown word 'SUnni'; a capital too many: 'Sunni'"),
            new ExpectedDiagnostic("EL4001").WithLocation(1).WithMessage("'Government'"));
        await RuleVerifier<EL4001UnknownWord>.VerifyFixAsync("The {|EL4001:SUnni|} met.\n", "The Sunni met.\n", options);
        await RuleVerifier<EL4004UnknownName>.VerifyAsync("The SUnni and the GOvernment met.\n", options);
    }

    [Fact]
    public Task Skips_code_urls_numbers_acronyms_and_other_scripts() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The `zzzq` code, see https://example.org/qqq and 2026 and the OSCE and Београд.[1]\n", Options);

    [Fact]
    public Task Acronyms_are_checked_when_configured_as_names() =>
        RuleVerifier<EL4004UnknownName>.VerifyAsync(
            "The {|EL4004:OSCE|} met.\n",
            Options with { Options = new Dictionary<string, string> { ["editorial_lint.spelling_ignore_acronyms"] = "false" } });

    [Fact]
    public Task Identifiers_are_not_spell_checked_and_an_italic_term_is_not_english_but_a_listed_misspelling_is_still_found() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The zorb_qqq code, the _zorb_ and _{|EL4001:goverment|}_ met.\n",
            Options with { SpellChecker = new FakeSpellChecker("the", "code", "and", "met") { Misspellings = new Dictionary<string, string[]> { ["goverment"] = ["government"] } } });

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
    public Task Italic_terms_sic_and_false_starts_are_not_english_to_judge() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "# T\n\nThe talks (_gromile_) and *aes* met; a zorbish [sic] talks and a \\[sic\\] zorbish \\[sic\\] talks; the wel- — the talks, d'état and l’Europe, and the {|EL4001:zorb|} talks.\n", Options);

    [Fact]
    public Task A_word_the_draft_writes_three_times_is_its_own_term() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The subteams met, the subteams talks and the subteams; the {|EL4001:zorb|} and the {|EL4001:zorb|}.\n", Options);

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

public class EL4001CommonMisspellingTests
{
    private static readonly RuleTestOptions Options = new()
    {
        SpellChecker = new FakeSpellChecker("the", "government", "will", "aid", "receive", "a", "lot", "of", "talks", "and")
        {
            Misspellings = new Dictionary<string, string[]> { ["recieve"] = ["receive"], ["goverment"] = ["government"], ["alot"] = ["a lot", "allot"] },
        },
    };

    [Fact]
    public Task A_common_misspelling_has_its_certain_fix() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The government will {|#0:recieve|} aid.\n",
            Options,
            new ExpectedDiagnostic("EL4001").WithLocation(0).WithMessage("Unknown word 'recieve'; a common misspelling of 'receive'"));

    [Fact]
    public Task A_capitalised_misspelling_at_a_sentence_start_is_a_word_not_a_name() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "{|#0:Goverment|} talks.\n",
            Options,
            new ExpectedDiagnostic("EL4001").WithLocation(0).WithMessage("a common misspelling of 'Government'"));

    [Fact]
    public Task A_misspelling_with_several_corrections_lists_them() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "The {|#0:alot|} of talks.\n",
            Options,
            new ExpectedDiagnostic("EL4001").WithLocation(0).WithMessage("a common misspelling: did you mean 'a lot', 'allot'?"));

    [Fact]
    public Task Symbols_and_variables_of_extracted_text_are_not_words() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The talks of px and xj and tkh and {|EL4001:teh|}.\n", Options);
}

public class EL4001CertainFixTests
{
    [Fact]
    public Task The_certain_fix_replaces_the_misspelling() =>
        RuleVerifier<EL4001UnknownWord>.VerifyFixAsync(
            "The government will {|EL4001:recieve|} aid.\n",
            "The government will receive aid.\n",
            new RuleTestOptions
            {
                SpellChecker = new FakeSpellChecker("the", "government", "will", "aid", "receive")
                {
                    Misspellings = new Dictionary<string, string[]> { ["recieve"] = ["receive"] },
                },
            });
}

public class EL4001NonProseTests
{
    [Fact]
    public Task Et_al_template_tags_and_pieces_of_file_names_are_not_prose() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "Smith et al. said the {% tooltip x %}talks{% endtooltip %} and the report.pdf and example.org were {|EL4001:tlaks|}.\n",
            new RuleTestOptions { SpellChecker = new FakeSpellChecker("said", "the", "talks", "and", "report", "example", "were", "x", "Smith") });
}
