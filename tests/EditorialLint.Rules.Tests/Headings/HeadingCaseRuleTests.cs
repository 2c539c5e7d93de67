using EditorialLint.RuleTesting;
using EditorialLint.Rules.Headings;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Headings;

/// <summary>EL2008's title-case and sentence-case judgement, one heading at a time.</summary>
public class HeadingCaseRuleTests
{
    private const string Prose = "\n\nTürkiye, Serbia and Kosovo met in Belgrade with Charles de Gaulle’s admirers and the EU.\n";

    private static Task Title(string heading, string? offending = null) => Verify(heading, "title", offending);

    private static Task Sentence(string heading, string? offending = null) => Verify(heading, "sentence", offending);

    private static Task Verify(string heading, string style, string? offending)
    {
        var options = RuleVerifier<EL2008HeadingCapitalisation>.Markdown(("editorial_lint.heading_case", style));
        return offending is null
            ? RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync("# " + heading + Prose, options)
            : RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
                "# {|#0:" + heading + "|}" + Prose, options,
                new ExpectedDiagnostic("EL2008").WithLocation(0).WithMessage($"Heading is not in {style} case ('{offending}')"));
    }

    [Theory]
    [InlineData("A New Phase in Türkiye–Serbia Relations")]
    [InlineData("Bosnia-Herzegovina, EU Missteps, and the Emerging Space")]
    [InlineData("The Balkan Peace Platform and Türkiye’s Mediation Claim")]
    [InlineData("Kosovo and Serbia: A Fragile Normalisation")]
    [InlineData("Long-Term Ties With NATO")]
    [InlineData("What Comes Next for the Western Balkans?")]
    [InlineData("Anti-corruption Drives in the Region")]
    [InlineData("Anti-Corruption Drives in the Region")]
    [InlineData("Charles de Gaulle and the Balkans")]
    [InlineData("2026 in Review")]
    [InlineData("Why the Word “euroscepticism” Matters")]
    [InlineData("NGOs and the iPhone Generation")]
    public Task Title_case_accepted(string heading) => Title(heading);

    [Theory]
    [InlineData("The Role Of The EU", "Of")]
    [InlineData("Long-term Ties", "term")]
    [InlineData("A new phase in Türkiye–Serbia relations", "new")]
    [InlineData("Kosovo and Serbia: the Fragile Normalisation", "the")]
    [InlineData("THE ROLE OF THE EU", "THE")]
    [InlineData("Self-government in Kosovo", "government")]
    public Task Title_case_rejected(string heading, string offending) => Title(heading, offending);

    [Theory]
    [InlineData("A new phase in Türkiye–Serbia relations")]
    [InlineData("Türkiye’s role in the EU accession talks")]
    [InlineData("Kosovo and Serbia: A fragile normalisation")]
    [InlineData("2023 talks in Belgrade")]
    [InlineData("Anti-corruption drives in Kosovo")]
    public Task Sentence_case_accepted(string heading) => Sentence(heading);

    [Theory]
    [InlineData("A New Phase in Türkiye–Serbia Relations", "New")]
    [InlineData("1. talks in Belgrade", "talks")]
    [InlineData("Long-Term ties", "Term")]
    public Task Sentence_case_rejected(string heading, string offending) => Sentence(heading, offending);

    [Fact]
    public Task Without_a_configured_style_the_minority_is_reported() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            "# Türkiye and the Balkans\n\nTürkiye met Serbia.\n\n## The Role of Trade\n\nx\n\n## The Role of Security\n\ny\n\n## {|#0:The role of culture|}\n\nz\n",
            RuleVerifier<EL2008HeadingCapitalisation>.Markdown(),
            new ExpectedDiagnostic("EL2008").WithLocation(0).WithMessage("Heading is not in title case ('role'); the draft's other headings are in title case"));

    [Fact]
    public Task Headings_that_read_the_same_in_both_styles_do_not_vote() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync("# Introduction\n\nx\n\n## Türkiye and the EU\n\ny\n\n## Outlook\n\nz\n");

    private static readonly Spelling.FakeSpellChecker Dictionary = new(
        "running", "behind", "a", "proxy", "on", "window", "windows", "Windows", "tools", "from", "GitHub", "Paris", "it", "be", "let", "It", "Be", "mark", "the", "date");

    private static Task SentenceWithDictionary(string markup) =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            markup + "\n\nSome prose.\n",
            RuleVerifier<EL2008HeadingCapitalisation>.Markdown(("editorial_lint.heading_case", "sentence")) with { SpellChecker = Dictionary });

    [Fact]
    public Task Sentence_case_accepts_a_name_the_dictionary_lists_beside_a_common_word() =>
        SentenceWithDictionary("# Running behind a proxy on Windows");

    [Fact]
    public Task Sentence_case_rejects_a_brand_written_in_lower_case() =>
        SentenceWithDictionary("# {|EL2008:Tools from github|}");

    [Fact]
    public Task Sentence_case_rejects_a_capitalised_common_word_with_no_entry_of_its_own() =>
        SentenceWithDictionary("# {|EL2008:Running behind a Proxy|}");

    [Fact]
    public Task Short_capitalised_entries_are_symbols_not_names() =>
        SentenceWithDictionary("# {|EL2008:Let It Be|}");

    private const string PlainDraft =
        "SERBIA AND KOSOVO: THE LIMITS OF NORMALISATION\n\nIntroduction\n\nThe Brussels Agreement of 2013 was meant to settle the north of Kosovo, and it did not.\n\n" +
        "{|EL2008:The Role of the EU|}\n\nBrussels has relied on conditionality, but the accession horizon is distant for Serbia and Kosovo.\n";

    [Fact]
    public Task Plain_text_all_capitals_heading_is_typography_and_not_judged() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            PlainDraft, RuleVerifier<EL2008HeadingCapitalisation>.PlainText(("editorial_lint.heading_case", "sentence")));
}
