using EditorialLint.Rules.Spelling;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Spelling;

public class EL4002RepeatedWordTests
{
    [Fact]
    public Task Flags_and_fixes_a_repeat() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyFixAsync("The {|EL4002:the|} talks resumed.\n", "The talks resumed.\n");

    [Fact]
    public Task Across_a_line_break() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyFixAsync("A sign of\n{|EL4002:of|} progress.\n", "A sign of progress.\n");

    [Fact]
    public Task Grammatical_doubles_punctuation_paragraphs_and_numbers_are_fine() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyAsync("He had had enough. No, no deal. Said that that was all. In 2020 2020 figures.\n\nfigures\n\nfigures again.\n");

    [Fact]
    public Task Turkish_text_is_not_misread() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyAsync("Türkiye ile Sırbistan arasında ilişkiler gelişiyor. İstanbul’da ısrarla ıslah edildi.\n");

    [Fact]
    public Task Reduplicated_names_and_foreign_words_are_fine_but_a_repeated_sentence_start_is_not() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyAsync(
            "They flew to Bora Bora. Reforms came “yavaş yavaş” in the end. The {|EL4002:The|} talks resumed.\n",
            new RuleTesting.RuleTestOptions { SpellChecker = new FakeSpellChecker("they", "flew", "to", "bora", "reforms", "came", "in", "the", "end", "talks", "resumed") });

    [Fact]
    public Task A_word_beside_an_identifier_that_contains_it_is_not_a_repeat() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyAsync("Set condition condition_utf and base base_utf; but the {|EL4002:the|} prose counts.\n");

    [Fact]
    public Task A_run_in_heading_and_the_sentence_that_repeats_its_word_are_not_a_repeat() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyAsync("an example of lens flare.\nB. Vignetting\nVignetting is the effect of darker corners, the {|EL4002:the|} end.\n",
            RuleVerifier<EL4002RepeatedWord>.PlainText());

    [Fact]
    public Task A_phrasal_verb_before_its_preposition_is_not_a_repeat() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyAsync("There are many ways of logging in in the app, and in {|EL4002:in|} the end it works.\n");

    [Fact]
    public Task A_fix_that_needs_review_never_touches_a_quotation() =>
        RuleVerifier<EL4002RepeatedWord>.VerifyFixAsync(
            "He wrote “the {|EL4002:the|} talks” and the {|EL4002:the|} rest.\n",
            "He wrote “the the talks” and the rest.\n");
}
