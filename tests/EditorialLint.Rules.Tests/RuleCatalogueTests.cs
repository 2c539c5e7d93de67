using System.Globalization;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Tests;

/// <summary>Every built-in rule has a doc page, an index row, a title-derived alias, and an id in its family.</summary>
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

}
