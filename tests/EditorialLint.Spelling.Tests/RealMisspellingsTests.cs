using Xunit.Abstractions;

namespace EditorialLint.Spelling.Tests;

/// <summary>
/// 200 real misspellings (data/misspellings-200.tsv, from codespell's Wikipedia-derived list; source and selection in
/// the file): found at least 95%, the right word first at least 85%, with the default dictionary set. The same list
/// is also measured without the misspelling table, to show what the suggestion engine does on its own.
/// </summary>
public class RealMisspellingsTests(ITestOutputHelper output)
{
    private static List<(string Wrong, string Right)> Load() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "misspellings-200.tsv"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]))];

    [Fact]
    public void The_list_has_200_entries() => Assert.Equal(200, Load().Count);

    [Fact]
    public void Found_at_least_95_percent_and_right_word_first_at_least_85_percent()
    {
        var (found, first) = Measure(ListsTests.Full);
        output.WriteLine($"default set: found {found}/200, right word first {first}/200");
        Assert.True(found >= 190, $"found {found}/200");
        Assert.True(first >= 170, $"right first {first}/200");
    }

    [Fact]
    public void The_suggestion_engine_alone_measured_without_the_misspelling_table()
    {
        string D(string n) => Path.Combine(TestPaths.Dictionaries, n);
        var engine = SpellCheckerStack.Create([D("en_US.dic"), D("house.dic"), D("en_GB.dic"), D("en_wide.words"), D("names.words"), D("software.words")]);
        var (found, first) = Measure(engine);
        output.WriteLine($"without the table: found {found}/200, right word first {first}/200");
        Assert.True(found >= 190, $"found {found}/200");
        Assert.True(first >= 120, $"right first {first}/200");
    }

    private (int Found, int First) Measure(SpellCheckerStack speller)
    {
        int found = 0, first = 0;
        foreach (var (wrong, right) in Load())
        {
            if (speller.Check(wrong))
            {
                output.WriteLine($"not found: {wrong}");
                continue;
            }

            found++;
            var suggestions = speller.Suggest(wrong, 5);
            if (suggestions.Count > 0 && suggestions[0] == right) first++;
        }

        return (found, first);
    }
}
