using EditorialLint.RuleTesting;
using EditorialLint.Rules.Spelling;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Spelling;

public class EL4005BrokenWordTests
{
    private static readonly RuleTestOptions Options = new()
    {
        SpellChecker = new FakeSpellChecker(
            "the", "a", "an", "and", "of", "to", "with", "for", "be", "in", "is", "it", "its", "this", "that", "which", "can",
            "benefit", "partner", "alternative", "interpreted", "financial", "aid", "deployment", "office", "relations",
            "constituent", "formation", "significantly", "scenarios", "references", "emergence", "war", "operation",
            "cooperation", "line", "hot", "watch", "list", "class", "multiclass", "segmentation", "said", "met", "talks",
            "eagle", "burger", "shake", "spear", "plan", "government", "shock", "shocks", "pre", "ent", "grew", "model", "data",
            "Egypt", "Raman", "input", "signals", "are", "count", "given", "see", "repository", "number", "was", "cut", "more",
            "independent", "independence", "vote", "REFERENCES", "two", "parts"),
    };

    [Fact]
    public Task Known_words_run_together_are_reported_with_the_space_back() =>
        RuleVerifier<EL4005BrokenWord>.VerifyAsync(
            "The {|#0:benefitwith|} a {|#1:partnerfor|} {|#2:analternative|} plan, {|#3:financialaid|} and {|#4:RelationsThe|} talks; {|#5:Egyptwhich|} said.\n",
            Options,
            new ExpectedDiagnostic("EL4005").WithLocation(0).WithMessage("'benefitwith' is probably 'benefit with': words run together"),
            new ExpectedDiagnostic("EL4005").WithLocation(1).WithMessage("'partner for'"),
            new ExpectedDiagnostic("EL4005").WithLocation(2).WithMessage("'an alternative'"),
            new ExpectedDiagnostic("EL4005").WithLocation(3).WithMessage("'financial aid'"),
            new ExpectedDiagnostic("EL4005").WithLocation(4).WithMessage("'Relations The'"),
            new ExpectedDiagnostic("EL4005").WithLocation(5).WithMessage("'Egypt which'"));

    [Fact]
    public async Task Names_and_typos_that_split_into_words_are_not_run_together()
    {
        // a name before a short function word (Ramanan), names whose halves are words (Eagleburger, Shakespear)
        await RuleVerifier<EL4005BrokenWord>.VerifyAsync("The Ramanan and Eagleburger and Shakespear talks met.\n", Options);
        await RuleVerifier<EL4004UnknownName>.VerifyAsync("The {|EL4004:Ramanan|} and {|EL4004:Eagleburger|} and {|EL4004:Shakespear|} talks met.\n", Options);
    }

    [Fact]
    public async Task A_word_broken_apart_is_joined()
    {
        await RuleVerifier<EL4005BrokenWord>.VerifyAsync(
            "The two {|#0:constitu- ent|} parts and the {|#1:forma- tion|} grew {|#2:signifi-cantly|}; {|#3:R EFERENCES|}.\n",
            Options,
            new ExpectedDiagnostic("EL4005").WithLocation(0).WithMessage("'constitu- ent' is probably 'constituent': a word broken apart"),
            new ExpectedDiagnostic("EL4005").WithLocation(1).WithMessage("'formation'"),
            new ExpectedDiagnostic("EL4005").WithLocation(2).WithMessage("'significantly'"),
            new ExpectedDiagnostic("EL4005").WithLocation(3).WithMessage("'REFERENCES'"));
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("The two constitu- ent parts and the forma- tion grew signifi-cantly.\n", Options);
    }

    [Fact]
    public Task A_prefix_with_its_hyphen_is_not_a_broken_word() =>
        RuleVerifier<EL4005BrokenWord>.VerifyAsync("The co-operation and the pre-war talks met.\n", Options);

    [Fact]
    public Task A_space_one_letter_off_is_moved() =>
        RuleVerifier<EL4005BrokenWord>.VerifyAsync(
            "The talks and {|#0:th eemergence|} of it.\n",
            Options,
            new ExpectedDiagnostic("EL4005").WithLocation(0).WithMessage("'th eemergence' is probably 'the emergence': a space in the wrong place"));

    [Fact]
    public Task The_fix_restores_the_boundary() =>
        RuleVerifier<EL4005BrokenWord>.VerifyFixAsync(
            "The {|EL4005:benefitwith|} the {|EL4005:forma- tion|} met.\n",
            "The benefit with the formation met.\n",
            Options);

    [Fact]
    public async Task Prefix_compounds_are_words_and_two_words_written_as_one_are_run_together()
    {
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("The hotline and Multiclass cosegmentation met the {|EL4001:tlaks|}.\n", Options);
        await RuleVerifier<EL4005BrokenWord>.VerifyAsync(
            "The {|#0:hotline|} and Multiclass cosegmentation met the tlaks.\n",
            Options,
            new ExpectedDiagnostic("EL4005").WithLocation(0).WithMessage("'hot line'"));
    }

    [Fact]
    public async Task A_word_that_splits_two_ways_or_is_a_known_word_with_an_ending_is_not_two_words()
    {
        // piledriver reads as "pile driver" and "piled river": a closed compound, not a lost space; operationalised and
        // denialist are operational and denial with a productive ending (against "ope rationalised", "deni alist")
        var options = new RuleTestOptions
        {
            SpellChecker = new FakeSpellChecker("the", "was", "a", "pile", "piled", "driver", "river", "ope", "rationalised", "operational", "deni", "alist", "denial", "model"),
        };
        await RuleVerifier<EL4005BrokenWord>.VerifyAsync("The piledriver was operationalised, a denialist model.\n", options);
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("The {|EL4001:piledriver|} was operationalised, a denialist model.\n", options);
    }

    [Fact]
    public async Task Well_and_a_participle_written_as_one_are_hyphenated_even_when_a_wide_list_accepts_them()
    {
        var options = new RuleTestOptions
        {
            SpellChecker = new FakeSpellChecker("the", "was", "a", "case", "known", "founded", "being", "spring", "wellspring")
            {
                Wide = ["wellknown", "wellfounded", "wellbeing"],
            },
        };
        await RuleVerifier<EL4005BrokenWord>.VerifyAsync(
            "The {|#0:wellknown|} case was {|#1:wellfounded|}; a wellbeing case, the wellspring.\n",
            options,
            new ExpectedDiagnostic("EL4005").WithLocation(0).WithMessage("'wellknown' is probably 'well-known': words run together"),
            new ExpectedDiagnostic("EL4005").WithLocation(1).WithMessage("'well-founded'"));
        await RuleVerifier<EL4005BrokenWord>.VerifyFixAsync("The {|EL4005:wellknown|} case.\n", "The well-known case.\n", options);
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("The wellknown case was wellfounded; a wellbeing case.\n", options);
    }

    [Fact]
    public async Task Two_words_written_as_one_that_are_one_edit_from_a_known_word_are_a_typo()
    {
        // "carpits" splits as car + pits, but it is one letter from "carpets": a typo (EL4001); "warmodel" is not near a
        // word: war + model written as one (EL4005)
        var options = new RuleTestOptions { SpellChecker = new FakeSpellChecker("the", "was", "car", "pits", "carpets", "war", "model") };
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("The {|EL4001:carpits|} warmodel was the model.\n", options);
        await RuleVerifier<EL4005BrokenWord>.VerifyAsync(
            "The carpits {|#0:warmodel|} was the model.\n", options,
            new ExpectedDiagnostic("EL4005").WithLocation(0).WithMessage("'war model'"));
    }
}

public class EL4001ExtractedTextTests
{
    private static readonly RuleTestOptions Options = new()
    {
        SpellChecker = new FakeSpellChecker(
            "the", "a", "and", "are", "input", "signals", "see", "repository", "said", "met", "of", "in", "to", "vote", "more",
            "for", "it", "was", "count", "given", "number", "talks", "is", "rust", "lang", "github", "com"),
    };

    [Fact]
    public Task Identifiers_and_two_letter_variables_are_not_words_but_a_swapped_function_word_is_a_typo() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The input dePk and evalB and wi are signals; it {|EL4001:si|} the count and {|EL4001:teh|} yc given.\n", Options);

    [Fact]
    public Task Path_segments_handles_and_query_parameters_are_not_prose() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("See rust-lang/rfcs#3392 and github.com/hexahedria/biaxial and @ra and arnumber=6795963 for the {|EL4001:repositroy|}.\n", Options);

    [Fact]
    public async Task A_bracket_in_another_language_is_not_spell_checked_but_names_in_brackets_are()
    {
        await RuleVerifier<EL4001UnknownWord>.VerifyAsync("It said [desde que comenzó la guerra] the {|EL4001:tlaks|}.\n", Options);
        await RuleVerifier<EL4004UnknownName>.VerifyAsync("It said (see {|EL4004:Vucic|} and {|EL4004:Thaci|}) the talks.\n", Options);
    }

    [Fact]
    public Task A_paragraph_of_unknown_words_only_is_another_language() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("Keine Ergebnisse gefunden\n\nThe talks {|EL4001:wre|} given.\n", Options);

    [Fact]
    public Task A_name_a_quoted_title_writes_in_lower_case_is_the_sources_casing_but_not_in_the_authors_prose() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync(
            "It said “A markov model of the mri data” and the {|EL4001:markov|} count.\n",
            new RuleTestOptions { SpellChecker = new FakeSpellChecker("it", "said", "a", "model", "of", "the", "data", "and", "count", "Markov", "MRI") });

    [Fact]
    public Task A_word_cut_off_at_the_very_end_of_the_text_is_unfinished_not_misspelt() =>
        RuleVerifier<EL4001UnknownWord>.VerifyAsync("The {|EL4001:tlaks|} was more indep", Options);
}
