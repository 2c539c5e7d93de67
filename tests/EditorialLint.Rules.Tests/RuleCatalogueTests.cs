using System.Globalization;
using System.Text.RegularExpressions;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Tests;

/// <summary>
/// Every built-in rule has a doc page, an index row, a title-derived alias, an id in its family, a help link to its page,
/// and pages that document exactly the options it declares.
/// </summary>
public class RuleCatalogueTests
{
    private static readonly RuleRegistry Registry = BuiltInRules.CreateRegistry();

    public static IEnumerable<object[]> RuleIds() =>
        Registry.Rules.SelectMany(r => r.Rule.SupportedDiagnostics).Select(d => new object[] { d.Id });

    [Fact]
    public void Registry_loads_without_errors() => Assert.Empty(Registry.Errors);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_doc_page_and_index_row(string id)
    {
        var doc = Registry.GetDoc(id);
        Assert.False(doc is null, $"{id} has no doc page (rules/<Category>/{id}Title.md)");
        Assert.StartsWith($"# {id}", doc, StringComparison.Ordinal);
        var index = File.ReadAllText(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "rules", "README.md"));
        Assert.Contains($"| {id} | {Registry.GetAlias(id)} |", index, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_and_index_say_the_fix_safety_the_rule_declares(string id)
    {
        var declared = RuleTags.DeclaredFix(Registry.GetDescriptor(id)!);
        var page = Registry.GetDoc(id)!.Split('\n').Single(l => l.StartsWith("| Fix |", StringComparison.Ordinal));
        var row = File.ReadAllLines(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "rules", "README.md"))
            .Single(l => l.StartsWith($"| {id} |", StringComparison.Ordinal)).Split(" | ");
        var (pageWord, indexWord) = declared switch
        {
            "safe" => ("| Fix | safe", "safe"),
            "review" => ("| Fix | needs review", "review"),
            null => ("| Fix | none", "no"),
            _ => ("| Fix | safe and needs review", "safe, review"),
        };
        Assert.StartsWith(pageWord, page, StringComparison.Ordinal);
        Assert.Equal(indexWord, row[4]);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_is_in_its_category_family(string id)
    {
        var d = Registry.GetDescriptor(id)!;
        Assert.Equal(RuleCategories.ForId(id), d.Category);
        Assert.NotEqual(RuleCategories.Engine, d.Category);
        Assert.False(RuleCategories.IsUserId(id), "built-in rules must not use the EL6000-EL8999 user range");
    }

    [Fact]
    public void Aliases_are_unique_and_culture_independent()
    {
        var ids = Registry.Descriptors.Select(d => d.Id).ToList();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var turkish = ids.Select(Registry.GetAlias).ToList();
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = ids.Select(Registry.GetAlias).ToList();
            Assert.Equal(invariant, turkish);
            Assert.Equal(invariant.Count, invariant.Distinct(StringComparer.Ordinal).Count());
            Assert.All(invariant, a => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", a));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static string Root => EditorialLint.Testing.RepositoryPaths.Root;

    private static LoadedRule RuleFor(string id) => Registry.GetRule(id)!;

    /// <summary>The table lines of a Markdown text's options section (empty when it has none).</summary>
    private static List<string> OptionsTable(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == OptionDocs.SectionHeading);
        return start < 0 ? [] : [.. lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith('|'))];
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_is_the_rules_page(string id)
    {
        var link = Registry.GetHelpLink(id);
        Assert.NotNull(link);
        var path = Path.Combine(Root, link);
        Assert.True(File.Exists(path), $"{id}: help link {link} names no file");
        Assert.Equal(Registry.GetDoc(id)!.ReplaceLineEndings(), File.ReadAllText(path).ReplaceLineEndings());
        Assert.True(string.IsNullOrEmpty(Registry.GetDescriptor(id)!.HelpLinkUri), $"{id} types its help link; RuleHelp derives it");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_options_section_is_the_declared_options(string id)
    {
        var declared = RuleFor(id).Options;
        var table = OptionsTable(Registry.GetDoc(id)!);
        if (declared.IsEmpty)
        {
            Assert.True(table.Count == 0, $"{id} declares no option but its page has an options table");
        }
        else
        {
            Assert.Equal(OptionDocs.Table(declared), table);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_names_only_options_the_rule_declares(string id)
    {
        var declared = RuleFor(id).Options.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var named = Regex.Matches(Registry.GetDoc(id)!, @"editorial_lint\.[a-z_]+").Select(m => m.Value).Distinct(StringComparer.Ordinal);
        Assert.All(named, key => Assert.True(declared.Contains(key), $"{id}'s page documents {key}, which the rule does not declare"));
    }

    [Fact]
    public void Index_options_table_is_the_catalogue()
    {
        var expected = OptionCatalogue.AllOptions(Registry).Select(o => OptionDocs.IndexRow(o, OptionCatalogue.RulesUsing(Registry, o.Name))).ToList();
        var table = OptionsTable(File.ReadAllText(Path.Combine(Root, "rules", "README.md")));
        Assert.Equal(["| Option | Type | Default | Rules |", "| --- | --- | --- | --- |", .. expected], table);
    }

    [Fact]
    public void Each_option_name_is_declared_once_with_a_valid_default_and_a_description()
    {
        var all = EngineOptions.All.Concat(DataFileOptions.All).Concat(Registry.Rules.SelectMany(r => r.Options)).Distinct().ToList();
        Assert.Equal(all.Count, all.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(all, o =>
        {
            Assert.True(o.IsValid(o.DefaultText), $"{o.Key}: its default '{o.DefaultText}' is not a valid value");
            Assert.False(string.IsNullOrWhiteSpace(o.Description), $"{o.Key} has no description");
            Assert.Matches("^[a-z][a-z0-9_]*$", o.Name);
        });
    }

    [Fact]
    public void Every_option_read_in_rules_is_declared()
    {
        // No rule reads an option by string key any more: the typed reads are the only way in.
        var sources = Directory.EnumerateFiles(Path.Combine(Root, "rules"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(@"Options\.(GetString|GetBool|GetInt|GetList|GetPath|TryGetValue)\(", text);
        }
    }
}
