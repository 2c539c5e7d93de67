using System.Collections.Immutable;
using EditorialLint.Core.Data;

namespace EditorialLint.Core.Tests;

/// <summary>Data files read from several sources (a configured or shipped file and rule packs'): the earlier source wins.</summary>
public sealed class DataFileMergeTests
{
    private static ImmutableArray<HouseTerm> Terms(params string[] lines) => DataFiles.ParseHouseTerms(lines);

    [Fact]
    public void An_earlier_source_keeps_its_rejected_forms_and_a_later_one_cannot_send_them_back()
    {
        var merged = DataFileMerge.HouseTerms([
            Terms("Kyiv | Kiev", "Flibber | Flobber, Flubber"),
            Terms("Kiev | Kyiv", "Flabber | Flobber, Flebber", "Gizmo | Gadget"),
        ]);

        Assert.Equal(
            ["Kyiv <- Kiev", "Flibber <- Flobber,Flubber", "Flabber <- Flebber", "Gizmo <- Gadget"],
            merged.Select(t => $"{t.Preferred} <- {string.Join(",", t.Rejected)}"));
    }

    [Fact]
    public void One_source_is_kept_as_it_is()
    {
        var terms = Terms("A | B", "C | B");
        Assert.Equal<HouseTerm>(terms, DataFileMerge.HouseTerms([terms])); // the same terms, not copies
    }

    [Fact]
    public void Groups_names_and_us_uk_pairs_join_with_the_earlier_pair_winning()
    {
        Assert.Equal(2, DataFileMerge.Groups([DataFiles.ParseGroups(["Vučić | Vucic"]), DataFiles.ParseGroups(["Vučić | Vucic", "Zelensky | Zelenskyy"])]).Length);
        Assert.Equal<string>(["European Union", "United Nations"], DataFileMerge.Names([["European Union"], ["United Nations", "European Union"]]));

        var (us, uk) = DataFileMerge.UsUk([Pairs(("color", "colour")), Pairs(("color", "colur"), ("center", "centre"))]);
        Assert.True(us.TryGetValue("color", out var c) && c == "colour");
        Assert.True(uk.TryGetValue("centre", out var ce) && ce == "center");
        Assert.Equal(2, us.Count);
    }

    [Fact]
    public void Bad_lines_are_found_with_their_line_numbers_and_comments_are_not_bad()
    {
        Assert.Equal(
            [3, 4, 5],
            DataFiles.FindBadLines("house-terms.txt", ["# terms", "A | B | c", "NoBar", " | orphan", "A | B | c | d", ""]).Select(b => b.Line));
        Assert.Equal([2], DataFiles.FindBadLines("name-variants.txt", ["A | B", "Lonely"]).Select(b => b.Line));
        Assert.Equal([2], DataFiles.FindBadLines("us-uk-variants.txt", ["color\tcolour", "center centre"]).Select(b => b.Line));
        Assert.Empty(DataFiles.FindBadLines("singular-names.txt", ["European Union", "anything | at all"]));
    }

    private static (FrozenMap, FrozenMap) Pairs(params (string Us, string Uk)[] pairs) =>
        (new FrozenMap(pairs.ToDictionary(p => p.Us, p => p.Uk, StringComparer.Ordinal)), new FrozenMap(pairs.ToDictionary(p => p.Uk, p => p.Us, StringComparer.Ordinal)));
}
