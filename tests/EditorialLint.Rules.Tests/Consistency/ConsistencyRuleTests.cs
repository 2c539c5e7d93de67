using EditorialLint.Core.Rules;
using EditorialLint.RuleTesting;
using EditorialLint.Rules.Consistency;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Consistency;

public class EL5001Tests
{
    [Fact]
    public Task Turkey_becomes_Turkiye_keeping_possessive_and_capitals() =>
        RuleVerifier<EL5001HouseTerm>.VerifyFixAsync(
            "{|EL5001:Turkey|}’s role. {|EL5001:Turkey|}'s army. {|EL5001:TURKEY|} AND SERBIA.\n",
            "Türkiye’s role. Türkiye's army. TÜRKİYE AND SERBIA.\n");

    [Fact]
    public Task Bird_quotes_and_organisations_are_fine() =>
        RuleVerifier<EL5001HouseTerm>.VerifyAsync("A roast turkey. The report “Turkey and the EU” (2019). The Turkey Wealth Fund invested. Turkish troops.\n");

    [Fact]
    public Task Quotes_protect_plain_text_notes_with_bracket_or_superscript_labels() =>
        RuleVerifier<EL5001HouseTerm>.VerifyAsync(
            "Title Here\n\nSome text here.[1] More text.¹\n\n[1] K. Kirisci, “Immigration to Turkey,” New Perspectives, 1995.\n\n¹ K. Kirisci, “Immigration to Turkey,” New Perspectives, 1995.\n",
            RuleVerifier<EL5001HouseTerm>.PlainText());

    [Fact]
    public Task Unquoted_turkey_in_a_plain_text_note_is_still_reported() =>
        RuleVerifier<EL5001HouseTerm>.VerifyAsync(
            "Title Here\n\nSome text here.[1]\n\n[1] On “migration” to {|EL5001:Turkey|}, see K. Kirisci, 1995.\n",
            RuleVerifier<EL5001HouseTerm>.PlainText());

    [Fact]
    public Task Journal_titles_are_exceptions_even_wrapped_across_lines() =>
        RuleVerifier<EL5001HouseTerm>.VerifyAsync(
            "Title Here\n\nSome text.¹ More.²\n\n¹ K. Kirişci, “Immigration from Balkan Countries to Turkey,” New\nPerspectives on Turkey, no. 12, 1995.\n² A. Author, Insight Turkey 20, 2018.\n",
            RuleVerifier<EL5001HouseTerm>.PlainText());

    [Fact]
    public Task Italic_titles_are_kept_in_notes_and_in_running_text() =>
        RuleVerifier<EL5001HouseTerm>.VerifyAsync(
            "# Title\n\nThe *Turkey Review* says so of {|EL5001:Turkey|}.[^1] And _Turkey Today_.[^2]\n\n[^1]: A. Author, *Turkey and Its Neighbours* (London, 2019).\n[^2]: B. Author, _Modern Turkey_, and {|EL5001:Turkey|} itself.\n");

    [Fact]
    public Task Official_names_and_quotations_keep_their_wording() =>
        RuleVerifier<EL5001HouseTerm>.VerifyAsync(
            "# Title\n\nUnder the EU-Turkey Statement of 2016, {|EL5001:Turkey|} took back migrants. He said ''Turkey will act'' and “Turkey is ready”.\n");
}

public class EL5002Tests
{
    [Fact]
    public Task Form_without_diacritics_is_reported_and_fixed() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyFixAsync(
            "President Erdoğan spoke. {|EL5002:Erdogan|}’s aides and Vučić met; {|EL5002:Vucic|} agreed.\n",
            "President Erdoğan spoke. Erdoğan’s aides and Vučić met; Vučić agreed.\n");

    [Fact]
    public Task Message_names_the_other_form_and_line() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyAsync(
            "Erdoğan.\n\n{|#0:Erdogan|}.\n",
            new ExpectedDiagnostic("EL5002").WithLocation(0).WithMessage("'Erdogan' is also written 'Erdoğan' (line 1)"));

    [Fact]
    public Task Turkish_and_serbian_text_without_variants_is_fine() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyAsync("Türkiye’nin dış politikası; Sırbistan ve Türkiye. Vučić je rekao da Srbija i Turska sarađuju. Вучић и Србија.\n");

    [Fact]
    public Task Capitals_are_case_not_spelling_with_turkish_dotted_i() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyAsync("# TÜRKİYE AND THE BALKANS\n\nTürkiye matters. Türkiye is big. İzmir and İZMİR; ISTANBUL and İstanbul; KIRKLARELI and Kırklareli.\n");

    [Fact]
    public Task Capitals_without_diacritics_are_reported_and_fixed_in_capitals_never_toward_them() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyFixAsync(
            "# {|EL5002:ERDOGAN|} AND THE BALKANS\n\nErdoğan spoke; {|EL5002:Erdogan|} agreed. TÜRKİYE and Türkiye.\n",
            "# ERDOĞAN AND THE BALKANS\n\nErdoğan spoke; Erdoğan agreed. TÜRKİYE and Türkiye.\n");

    [Fact]
    public Task Dictionary_word_without_diacritics_is_another_name() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyAsync(
            "Ask Peter. Ask Péter. Then Erdoğan spoke and {|EL5002:Erdogan|} agreed.\n",
            new RuleTestOptions { SpellChecker = new Spelling.FakeSpellChecker("Peter", "ask", "then", "spoke", "and", "agreed") });

    [Fact]
    public Task Different_full_names_are_different_people() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyAsync(
            "EU spokesperson Peter Stano criticised the visit, while Foreign Minister Péter Szijjártó praised it. In Bulgaria, Ahmed Dogan founded the DPS; the Doğan media group sold its papers.\n");

    [Fact]
    public Task Same_full_name_with_and_without_diacritics_is_one_person() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyFixAsync(
            "Ahmet Davutoğlu resigned. Later, Ahmet {|EL5002:Davutoglu|} founded a party; Serbia’s {|EL5002:Nis|} airport is Niš Constantine the Great Airport.\n",
            "Ahmet Davutoğlu resigned. Later, Ahmet Davutoğlu founded a party; Serbia’s Niš airport is Niš Constantine the Great Airport.\n");

    [Fact]
    public Task A_full_name_without_diacritics_beside_the_known_surname_alone_is_one_person() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyFixAsync(
            "Recep Tayyip {|EL5002:Erdogan|} arrived. Later Erdoğan met the leaders.\n",
            "Recep Tayyip Erdoğan arrived. Later Erdoğan met the leaders.\n",
            new RuleTestOptions { SpellChecker = new Spelling.FakeSpellChecker("Erdoğan", "arrived", "later", "met", "the", "leaders") });

    [Fact]
    public Task A_full_name_beside_an_unknown_surname_alone_stays_apart_without_dictionary_support() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyAsync(
            "Ahmed Dogan founded the party. Later Doğan media sold papers.\n",
            new RuleTestOptions { SpellChecker = new Spelling.FakeSpellChecker("founded", "the", "party", "later", "media", "sold", "papers") });

    [Fact]
    public Task Listed_name_variants_are_left_to_EL5004() =>
        RuleVerifier<EL5002NameSpelledTwoWays>.VerifyAsync("Türkiye left the Istanbul Convention, announced in İstanbul. Istanbul and İstanbul.\n");
}

public class EL5003Tests
{
    [Fact]
    public Task An_open_form_that_is_a_noun_phrase_or_follows_its_noun_is_not_the_compound() =>
        RuleVerifier<EL5003CompoundWrittenTwoWays>.VerifyAsync(
            "A long-term plan for the long term, and a broad-spectrum approach to a broad spectrum of groups; we met in person after an in-person meeting.\n");

    [Fact]
    public Task An_open_form_before_its_noun_is_the_compound_written_two_ways() =>
        RuleVerifier<EL5003CompoundWrittenTwoWays>.VerifyAsync(
            "The {|EL5003:already-existing|} framework and the {|EL5003:already existing|} structure (a tie: both, no fix).\n");

    [Fact]
    public Task Chains_modals_link_labels_and_quotations_are_not_compounds() =>
        RuleVerifier<EL5003CompoundWrittenTwoWays>.VerifyAsync(
            "We met face-to-face and came to face the facts. Its can-do spirit: we can do this. See [the rename][account-rename] and “the public proposal”.\n\n[account-rename]: https://example.org/rename\n\nA public-proposal process.\n");
    [Fact]
    public Task Majority_hyphenated() =>
        RuleVerifier<EL5003CompoundWrittenTwoWays>.VerifyFixAsync(
            "A long-term plan, a long-term view, the {|EL5003:long term|} cost and {|EL5003:longterm|} ties.\n",
            "A long-term plan, a long-term view, the long-term cost and long-term ties.\n");

    [Fact]
    public Task Non_EU_spacing() =>
        RuleVerifier<EL5003CompoundWrittenTwoWays>.VerifyAsync("non-EU actors, non-EU states and {|EL5003:non EU|} firms.\n");

    [Fact]
    public Task One_form_only() => RuleVerifier<EL5003CompoundWrittenTwoWays>.VerifyAsync("A long-term plan and a long-term view; the term is long.\n");

    [Fact]
    public Task Capitalised_compound_inside_a_proper_name_is_left_out() =>
        RuleVerifier<EL5003CompoundWrittenTwoWays>.VerifyAsync(
            "The Organization for Security and Co-operation in Europe (OSCE) trains police. Regional cooperation matters, and cooperation works.\n");

    [Fact]
    public Task Capitalised_compound_at_a_sentence_start_still_counts() =>
        RuleVerifier<EL5003CompoundWrittenTwoWays>.VerifyAsync(
            "Co-operation matters. The Organization for Security and Co-operation in Europe agrees; {|EL5003:cooperation|} works.\n\n- Co-operation again.\n");
}

public class EL5004Tests
{
    [Fact]
    public Task Minority_variant() =>
        RuleVerifier<EL5004NameVariantMixed>.VerifyFixAsync(
            "Bosnia and Herzegovina votes. Bosnia and Herzegovina waits. {|EL5004:Bosnia-Herzegovina|} too.\n",
            "Bosnia and Herzegovina votes. Bosnia and Herzegovina waits. Bosnia and Herzegovina too.\n");

    [Fact]
    public Task One_variant_throughout() => RuleVerifier<EL5004NameVariantMixed>.VerifyAsync("Bosnia-Herzegovina and Kosovo; Bosnia-Herzegovina’s future.\n");

    [Fact]
    public Task Official_names_and_quotations_are_neither_reported_nor_counted() =>
        RuleVerifier<EL5004NameVariantMixed>.VerifyFixAsync(
            "In Priština, Kosovo’s parliament voted. The Republic of Kosova government and the University of Prishtina “Hasan Prishtina” agreed; Hasan Prishtina Street is nearby. Türkiye left the Istanbul Convention, announced in İstanbul. He said “Pristina is calm”.\n",
            "In Priština, Kosovo’s parliament voted. The Republic of Kosova government and the University of Prishtina “Hasan Prishtina” agreed; Hasan Prishtina Street is nearby. Türkiye left the Istanbul Convention, announced in İstanbul. He said “Pristina is calm”.\n");

    [Fact]
    public Task Variants_in_running_text_are_still_reported_and_a_tie_keeps_the_house_form() =>
        RuleVerifier<EL5004NameVariantMixed>.VerifyFixAsync(
            "In Priština, the talks began. The University of Prishtina hosted them. Later, {|EL5004:Prishtina|} waited; “Prishtina” said the sign. In {|EL5004:Kosova|}, and in Kosovo.\n\n# {|EL5004:Kosova|}\nKosovo’s {|EL5004:Pristina|} waits.\n",
            "In Priština, the talks began. The University of Prishtina hosted them. Later, Priština waited; “Prishtina” said the sign. In Kosovo, and in Kosovo.\n\n# Kosovo\nKosovo’s Priština waits.\n");
}

public class EL5005Tests
{
    [Fact]
    public Task Quotations_titles_names_and_link_text_keep_their_spelling() =>
        RuleVerifier<EL5005UsUkSpellingMixed>.VerifyAsync(
            "# T\n\nThe organisation met. “Our defense is strong,” he said. She read *The Center Review* and the Statistical Modeling Network report; see [the program](https://example.org). The organisation agreed.\n");
    [Fact]
    public Task British_minority_in_american_draft() =>
        RuleVerifier<EL5005UsUkSpellingMixed>.VerifyFixAsync(
            "The defense industry and the center of gravity; other {|EL5005:theatres|}.\n",
            "The defense industry and the center of gravity; other theaters.\n");

    [Fact]
    public Task Names_headers_and_quotations_keep_their_spelling_but_a_sentence_start_does_not() =>
        RuleVerifier<EL5005UsUkSpellingMixed>.VerifyAsync(
            "SOUTHEAST EUROPE ANALYSIS CENTRE\n\nThe defense industry and the center of gravity were recognized by the Centre for European Reform and the Ministry of Defence, as “Defence Ministers Meet in Brussels” put it.\n\n{|EL5005:Defence|} budgets grew. We organize talks.\n");

    [Fact]
    public Task Configured_standard_wins() =>
        RuleVerifier<EL5005UsUkSpellingMixed>.VerifyAsync(
            "The {|EL5005:defense|} industry and the {|EL5005:center|}; other theatres.\n",
            RuleVerifier<EL5005UsUkSpellingMixed>.Markdown(("editorial_lint.spelling_standard", "en-GB")));

    [Fact]
    public Task Consistent_draft_and_neutral_words() =>
        RuleVerifier<EL5005UsUkSpellingMixed>.VerifyAsync("The defense center and the theater; we realize this.\n");
}

public class EL5006Tests
{
    [Fact]
    public Task Straight_apostrophe_in_curly_draft() =>
        RuleVerifier<EL5006TypographyMixed>.VerifyFixAsync("Türkiye’s role, Serbia’s view, Kosovo{|EL5006:'|}s future.\n", "Türkiye’s role, Serbia’s view, Kosovo’s future.\n");

    [Fact]
    public Task Hyphen_characters_in_one_compound() =>
        RuleVerifier<EL5006TypographyMixed>.VerifyFixAsync(
            "Bosnia-Herzegovina, Bosnia-Herzegovina and Bosnia{|EL5006:\u2011|}Herzegovina; high\u2011level.\n",
            "Bosnia-Herzegovina, Bosnia-Herzegovina and Bosnia-Herzegovina; high\u2011level.\n");

    [Fact]
    public Task Em_dash_spacing() =>
        RuleVerifier<EL5006TypographyMixed>.VerifyFixAsync("One—two. Three—four. Five{|EL5006: — |}six.\n", "One—two. Three—four. Five—six.\n");

    [Fact]
    public Task Consistent_typography() => RuleVerifier<EL5006TypographyMixed>.VerifyAsync("Türkiye’s “role” — and Serbia’s “view” — agree.\n");

    [Fact]
    public Task Low_nine_quotations_and_cyrillic_belong_to_the_quoted_language() =>
        RuleVerifier<EL5006TypographyMixed>.VerifyAsync(
            "The \"four pillars\" and the \"balance\" and the \"formula\".\n\n> „Русија неће оставити Србију на цедилу.“\n\nA tabloid wrote „Srbija nije sama.” Another: “Вучић”. Da, \"Vučić\".\n");

    [Fact]
    public Task Curly_quotes_in_english_in_a_straight_quote_draft_are_still_reported() =>
        RuleVerifier<EL5006TypographyMixed>.VerifyFixAsync(
            "The \"four pillars\" and the \"balance\" and „Srbija“; then {|EL5006:“|}formula{|EL5006:”|}.\n",
            "The \"four pillars\" and the \"balance\" and „Srbija“; then \"formula\".\n");
}

public class SeedConsistencyTests
{
    [Fact]
    public void Clean_seed_has_only_theatres()
    {
        var found = SeedHelper.Lint("commentary-2026-14.clean.md", RuleCategories.Consistency);
        var d = Assert.Single(found);
        Assert.Equal("EL5005", d.Id);
        Assert.StartsWith("'theatres' is British spelling", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_seed_has_only_theatres_before_repair()
    {
        var found = SeedHelper.Lint("commentary-2026-14.raw.txt", RuleCategories.Consistency);
        Assert.Equal(["EL5005"], found.Select(d => d.Id));
    }

    [Fact]
    public void Repaired_raw_seed_shows_the_one_bosnia_herzegovina_with_a_non_breaking_hyphen()
    {
        var repaired = SeedHelper.Fix("commentary-2026-14.raw.txt", RuleCategories.Characters);
        var doc = Core.Parsing.DocumentParser.Parse("raw.txt", repaired, Core.Syntax.DocumentKind.PlainText);
        var found = SeedHelper.Driver(RuleCategories.Consistency).Analyze(doc, Core.Configuration.DocumentConfiguration.ForTests(Core.Configuration.RuleOptions.Empty)).Diagnostics;
        Assert.Equal(["EL5006", "EL5005"], found.Select(d => d.Id).OrderByDescending(x => x));
        var hyphen = found.Single(d => d.Id == "EL5006");
        Assert.Equal("\u2011", doc.GetText(hyphen.Location.SourceSpan));
        Assert.Contains("'Bosnia\u2011Herzegovina' with a non-breaking hyphen", hyphen.Message, StringComparison.Ordinal);
    }
}

public class BalkanConsistencyTests
{
    [Theory]
    [InlineData("Türkiye’nin Balkan politikası: Erdoğan, Çavuşoğlu ve Fidan İstanbul’da görüştü. Türkiye’nin rolü büyük.")]
    [InlineData("Vučić je u Beogradu rekao da Srbija želi mir. Vučić i Dačić su se složili; Srbija čeka.")]
    [InlineData("Вучић је у Београду рекао да Србија жели мир. Вучић и Дачић; Србија чека.")]
    [InlineData("Predsjedništvo Bosne i Hercegovine u Sarajevu; Izetbegović i Komšić. Bosna i Hercegovina čeka.")]
    public void Turkish_and_south_slavic_text_gives_no_consistency_finding(string text)
    {
        var doc = Core.Parsing.DocumentParser.Parse("x.md", "# Naslov\n\n" + text + "\n");
        var found = SeedHelper.Driver(RuleCategories.Consistency).Analyze(doc, Core.Configuration.DocumentConfiguration.ForTests(Core.Configuration.RuleOptions.Empty)).Diagnostics;
        Assert.Empty(found);
    }
}
