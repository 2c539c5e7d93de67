using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Tests;

/// <summary>
/// Both seed files linted with every footnote and heading rule at once: the exact set of findings a careful editor
/// would make, and the structure the readers must see for those rules to judge it.
/// </summary>
public class SeedStructureTests
{
    private static readonly string[] Titles =
    [
        "A New Phase in Türkiye–Serbia Relations",
        "Bosnia-Herzegovina, EU Missteps, and the Emerging Space",
        "The Balkan Peace Platform and Türkiye’s Mediation Claim",
        "Scope and Limits of Türkiye’s Balancing Act",
    ];

    private static List<(string Id, int Line, int Column, string Message, int Related)> Lint(string name, params (string Key, string Value)[] options)
    {
        var registry = new RuleRegistry();
        foreach (var r in BuiltInRules.CreateRegistry().Rules.Where(r => r.Rule.SupportedDiagnostics.All(d => d.Category is RuleCategories.Footnotes or RuleCategories.Headings)))
        {
            registry.Add(r.Rule);
        }

        var config = DocumentConfiguration.ForTests(RuleOptions.From(options.ToImmutableDictionary(o => "editorial_lint." + o.Key, o => o.Value)));
        return new AnalysisDriver(registry, null, _ => null).Analyze(SeedHelper.Read(name), config).Diagnostics
            .Select(d =>
            {
                var start = d.Location.GetLineSpan().StartLinePosition;
                return (d.Id, start.Line + 1, start.Character + 1, d.Message, d.Diagnostic.AdditionalLocations.Count);
            })
            .OrderBy(d => d.Item2).ThenBy(d => d.Item3).ToList();
    }

    [Fact]
    public void Raw_seed_gives_exactly_one_finding_notes_section_missing()
    {
        var found = Lint("commentary-2026-14.raw.txt");
        Assert.Equal([("EL1007", 8, 71, "The draft has 8 footnote references ([1]–[8]) but no notes", 7)], found);
    }

    [Fact]
    public void Clean_seed_gives_no_footnote_or_heading_finding() => Assert.Empty(Lint("commentary-2026-14.clean.md"));

    [Theory]
    [InlineData("commentary-2026-14.raw.txt")]
    [InlineData("commentary-2026-14.clean.md")]
    public void Seed_headings_are_consistent_title_case(string name)
    {
        Assert.DoesNotContain(Lint(name, ("heading_case", "title")), d => d.Id.StartsWith("EL2", StringComparison.Ordinal));
        Assert.Equal(4, Lint(name, ("heading_case", "sentence")).Count(d => d.Id == "EL2008"));
    }

    [Fact]
    public void Broken_footnotes_sample()
    {
        var found = Lint("footnotes-broken.md").Select(d => (d.Id, d.Line)).ToList();
        // The notes are listed 1, 2, 3, 4 while the calls run 1, 2, 4, 3: the numbering is wrong (EL1003), not the
        // list, so EL1009 stays silent.
        Assert.Equal([("EL1003", 9), ("EL1005", 13), ("EL1006", 19)], found);
    }

    [Fact]
    public void Messy_headings_sample_with_the_repository_s_title_case()
    {
        var found = Lint("headings-messy.md", ("heading_case", "title")).Select(d => (d.Id, d.Line)).ToList();
        Assert.Equal(
            [("EL2001", 5), ("EL2008", 5), ("EL2005", 5), ("EL2008", 9), ("EL2004", 13), ("EL2008", 13), ("EL2009", 17), ("EL2006", 21)],
            found);
    }

    [Theory]
    [InlineData("commentary-2026-14.raw.txt", 8)]
    [InlineData("commentary-2026-14.clean.md", 8)]
    public void Readers_see_the_title_three_sections_and_the_references(string name, int references)
    {
        var doc = SeedHelper.Read(name);
        Assert.Equal(Titles, doc.Headings.Select(h => h.Text.Replace("Türkiyes", "Türkiye’s", StringComparison.Ordinal)));
        Assert.Equal([1, 2, 2, 2], doc.Headings.Select(h => h.Level));
        Assert.Equal(Enumerable.Range(1, references), doc.FootnoteReferences.Select(r => r.Number!.Value));
        Assert.All(doc.FootnoteReferences, r => Assert.Equal(FootnoteMarkerStyle.Bracket, r.Style));
        Assert.Empty(doc.FootnoteDefinitions);
        Assert.Null(doc.NotesSection);
    }
}
