using EditorialLint.RuleTesting;
using EditorialLint.Rules.Spelling;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Spelling;

public class EL4003LostPossessiveApostropheTests
{
    private static readonly RuleTestOptions Options = new()
    {
        SpellChecker = new FakeSpellChecker("Türkiye", "Vučić", "EU", "Ni", "airport", "role", "image", "the", "Balkans", "Balkan", "unions", "union", "Serbs", "Serb", "tone", "and", "was", "positive"),
    };

    [Fact]
    public Task Restores_curly_apostrophe_by_default() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyFixAsync(
            "{|EL4003:Türkiyes|} role and the {|EL4003:EUs|} image.\n",
            "Türkiye’s role and the EU’s image.\n",
            Options);

    [Fact]
    public Task Matches_a_draft_that_uses_straight_apostrophes() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyFixAsync(
            "Serbia's view; Kosovo's view; {|EL4003:Vučićs|} tone.\n",
            "Serbia's view; Kosovo's view; Vučić's tone.\n",
            Options);

    [Fact]
    public Task Message_names_the_possessive() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyAsync(
            "{|#0:Vučićs|} tone was positive.\n",
            Options,
            new ExpectedDiagnostic("EL4003").WithLocation(0).WithMessage("'Vučićs' looks like the possessive 'Vučić’s'"));

    private static readonly RuleTestOptions Acronyms = new()
    {
        SpellChecker = new FakeSpellChecker("API", "CNN", "Kurd", "KW", "Türkiye", "role", "the", "in", "are", "Syria", "new", "two", "Aras", "River", "make", "use", "of"),
    };

    [Fact]
    public Task A_plural_is_followed_by_a_verb_a_preposition_or_punctuation() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyAsync(
            "The Kurds in Syria. These APIs are new. See the APIs.\n\n### Owner APIs\n\nBut {|EL4003:Türkiyes|} new role.\n", Acronyms);

    [Fact]
    public Task An_abbreviation_defined_or_counted_as_a_plural_is_a_plural_everywhere() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyAsync(
            "Convolutional networks (CNNs) work. CNNs make use of the role. There were two KWs. KWs role.\n", Acronyms);

    [Fact]
    public Task A_name_before_a_place_or_an_unknown_word_is_a_name() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyAsync("Good soil in the Aras River valley and the Meds Yeghern.\n", Acronyms);

    [Fact]
    public Task Real_plurals_and_intact_possessives_are_fine() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyAsync("The Balkans and the Serbs and the Unions; Türkiye’s role; unknown Qwerts.\n", Options);

    private static readonly RuleTestOptions WithNames = Options with
    {
        Options = new Dictionary<string, string>
        {
            ["editorial_lint.singular_names"] = Path.Combine(RepositoryPaths.Root, "dictionaries", "singular-names.txt"),
        },
    };

    [Fact]
    public Task A_listed_single_institution_in_the_plural_is_a_lost_possessive() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyFixAsync(
            "Against the backdrop of the European {|EL4003:Unions|} protracted role, the African\n{|EL4003:Unions|} tone.\n",
            "Against the backdrop of the European Union’s protracted role, the African\nUnion’s tone.\n",
            WithNames);

    [Fact]
    public Task Plurals_outside_a_listed_name_are_fine() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyAsync(
            "Trade unions and the Unions of Europe; the European Union’s role; a NonEuropean Unions tone; the Balkans.\n", WithNames);

    [Fact]
    public Task A_two_letter_stem_that_is_not_an_acronym_is_not_a_possessive() =>
        RuleVerifier<EL4003LostPossessiveApostrophe>.VerifyAsync("The Nis airport and the {|EL4003:EUs|} role.\n", Options);
}
