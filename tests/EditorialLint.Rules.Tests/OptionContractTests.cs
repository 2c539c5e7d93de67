using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;
using EditorialLint.Rules.Consistency;
using EditorialLint.Rules.Footnotes;
using EditorialLint.Rules.Headings;

namespace EditorialLint.Rules.Tests;

/// <summary>Typed options: how values read, which values are problems, and what the catalogue offers a host.</summary>
public class OptionContractTests
{
    private static readonly RuleRegistry Registry = BuiltInRules.CreateRegistry();

    private static RuleOptions Options(params (string Key, string Value)[] values) =>
        RuleOptions.From(values.Select(v => KeyValuePair.Create(v.Key, v.Value)));

    [Fact]
    public void Unset_options_read_as_their_defaults()
    {
        var none = RuleOptions.Empty;
        Assert.False(none.Get(EL1009NotesOutOfOrder.NamedNotesInOrder));
        Assert.Equal("auto", none.Get(EL2008HeadingCapitalisation.Case));
        Assert.Equal(".,;:!。，；：！", none.Get(EL2005HeadingTrailingPunctuation.Punctuation));
        Assert.Null(none.Get(EL2010HeadingBlankLines.LinesAbove));
        Assert.Equal<string>(["en_US", "house", "en_GB", "en_wide", "names", "software", "misspellings"], none.Get(EngineOptions.Dictionaries));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" Yes ", true)]
    [InlineData("ON", true)]
    [InlineData("0", false)]
    [InlineData("off", false)]
    [InlineData("maybe", false)]
    public void Bool_reads_the_words_it_knows_and_the_default_otherwise(string value, bool expected) =>
        Assert.Equal(expected, Options(("editorial_lint.named_notes_in_order", value)).Get(EL1009NotesOutOfOrder.NamedNotesInOrder));

    [Fact]
    public void Choices_compare_in_lower_case_with_underscores_as_hyphens()
    {
        Assert.Equal("en-gb", Options(("editorial_lint.spelling_standard", "en_GB")).Get(EL5005UsUkSpellingMixed.Standard));
        Assert.Equal("title", Options(("editorial_lint.heading_case", "Title")).Get(EL2008HeadingCapitalisation.Case));
        Assert.Equal("auto", Options(("editorial_lint.heading_case", "titel")).Get(EL2008HeadingCapitalisation.Case));
        Assert.Equal("document", Options(("duplicate_heading_scope", "DOCUMENT")).Get(EL2004DuplicateHeading.Scope));
    }

    [Fact]
    public void Empty_text_is_a_value_only_where_declared_so()
    {
        Assert.Equal(string.Empty, Options(("editorial_lint.heading_punctuation", "")).Get(EL2005HeadingTrailingPunctuation.Punctuation));
        Assert.Equal(".,;:!?。，；：！？", Options(("editorial_lint.emphasis_heading_punctuation", "")).Get(EL2009EmphasisAsHeading.Punctuation));
    }

    [Fact]
    public void Path_options_resolve_against_the_folder_of_the_editorconfig_that_set_them()
    {
        var folder = Path.Combine(Path.GetTempPath(), "el-options");
        var options = new RuleOptions(
            ImmutableDictionary<string, string>.Empty.Add("editorial_lint.house_terms", "data/terms.txt"),
            ImmutableDictionary<string, string>.Empty.Add("editorial_lint.house_terms", folder));
        Assert.Equal(Path.GetFullPath(Path.Combine(folder, "data/terms.txt")), options.Get(DataFileOptions.HouseTerms));
        Assert.Null(RuleOptions.Empty.Get(DataFileOptions.HouseTerms));
    }

    [Fact]
    public void A_host_default_applies_when_the_option_is_unset_or_not_understood()
    {
        Assert.Equal(500, RuleOptions.Empty.Get(EngineOptions.RuleTimeoutMs, 500));
        Assert.Equal(500, Options(("editorial_lint.rule_timeout_ms", "soon")).Get(EngineOptions.RuleTimeoutMs, 500));
        Assert.Equal(50, Options(("editorial_lint.rule_timeout_ms", "50")).Get(EngineOptions.RuleTimeoutMs, 500));
    }

    [Fact]
    public void Values_an_option_does_not_understand_are_problems_naming_the_key_value_expectation_and_rules()
    {
        var options = Options(
            ("editorial_lint.title_level", "two"),
            ("editorial_lint.heading_case", "titel"),
            ("editorial_lint.heading_lines_above", "1,x"),
            ("editorial_lint.front_matter_title", "(unclosed"),
            ("editorial_lint.named_notes_in_order", "true"),
            ("editorial_lint.spelling_standard", "en_GB"),
            ("editorial_lint.no_such_option", "whatever"));
        var problems = OptionCatalogue.Check(options, Registry);
        Assert.Equal(
            ["editorial_lint.front_matter_title", "editorial_lint.heading_case", "editorial_lint.heading_lines_above", "editorial_lint.title_level"],
            problems.Select(p => p.Key));
        var level = problems.Single(p => p.Key == "editorial_lint.title_level");
        Assert.Equal("two", level.Value);
        Assert.Equal("a whole number", level.Expected);
        Assert.Equal<string>(["EL2002", "EL2003", "EL2008", "EL2009"], level.Rules);
        var @case = problems.Single(p => p.Key == "editorial_lint.heading_case");
        Assert.Equal("one of auto, title, sentence", @case.Expected);
        Assert.Equal<string>(["EL2008"], @case.Rules);
        Assert.Contains("'editorial_lint.heading_case = titel' is not understood: expected one of auto, title, sentence (read by EL2008)", @case.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_list_with_a_bad_part_is_reported_and_its_good_parts_still_read()
    {
        var options = Options(("editorial_lint.heading_lines_above", "2,x,3"));
        Assert.Equal("2,x,3", options.Get(EL2010HeadingBlankLines.LinesAbove));
        Assert.Single(OptionCatalogue.Check(options, Registry));
    }

    [Fact]
    public void The_catalogue_lists_engine_data_and_rule_options_once_and_suggests_close_keys()
    {
        var all = OptionCatalogue.AllOptions(Registry).ToList();
        Assert.Equal(all.Count, all.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(EngineOptions.RulesPath, all);
        Assert.Contains(DataFileOptions.UsUkVariants, all);
        var titleLevel = Registry.GetRule("EL2002")!.Options.Single(o => o.Name == "title_level");
        Assert.Same(titleLevel, Registry.GetRule("EL2009")!.Options.Single(o => o.Name == "title_level"));
        Assert.Contains(titleLevel, all);
        Assert.Equal("editorial_lint.heading_case", OptionCatalogue.Closest("editorial_lint.heading_cases", all));
        Assert.Equal("editorial_lint.title_level", OptionCatalogue.Closest("editorial_lint.titel_level", all));
        Assert.Null(OptionCatalogue.Closest("editorial_lint.colour_scheme", all));
    }

    [Fact]
    public void A_plugin_rule_declares_options_the_same_way()
    {
        var registry = new RuleRegistry();
        Assert.True(registry.Add(new OptionedRule(), "plugins", userRule: true));
        Assert.Contains(OptionedRule.Limit, OptionCatalogue.AllOptions(registry));
        Assert.Equal<string>(["EL6101"], OptionCatalogue.RulesUsing(registry, "placeholder_limit"));
        Assert.Null(registry.GetHelpLink("EL6101"));
        var problem = Assert.Single(OptionCatalogue.Check(Options(("editorial_lint.placeholder_limit", "many")), registry));
        Assert.Equal<string>(["EL6101"], problem.Rules);
    }

    [Fact]
    public void Option_names_are_given_without_the_prefix() =>
        Assert.Throws<ArgumentException>(() => RuleOption.Bool("editorial_lint.x", false, "x"));

    [Fact]
    public void Engine_help_links_point_into_the_engine_page() =>
        Assert.Equal("docs/engine-diagnostics.md#el9002", Registry.GetHelpLink("EL9002"));

    private sealed class OptionedRule : EditorialRule
    {
        public static readonly RuleOption<int> Limit = RuleOption.Int("placeholder_limit", 3, "How many placeholders a draft may keep.");

        private static readonly DiagnosticDescriptor Descriptor = new(
            "EL6101", "Placeholder", "Placeholder", RuleCategories.Custom, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

        public override ImmutableArray<OptionDeclaration> Options => [Limit];

        public override void Initialize(RuleContext context)
        {
        }
    }
}
