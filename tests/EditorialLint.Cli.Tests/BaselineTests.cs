using System.Text.Json;

namespace EditorialLint.Cli.Tests;

/// <summary>--baseline and --update-baseline: CI blocks only findings that are not in the accepted set.</summary>
public class BaselineTests
{
    private static string Samples => Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "samples");

    private static CliHarness WithSamples()
    {
        var h = new CliHarness();
        foreach (var f in Directory.GetFiles(Samples))
        {
            File.Copy(f, h.PathOf(Path.Combine("samples", Path.GetFileName(f))).Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        }

        return h;
    }

    private static List<JsonElement> Diagnostics(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray()];

    [Fact]
    public void Baseline_of_the_samples_makes_the_next_run_pass_and_one_new_problem_fails_alone()
    {
        using var h = WithSamples();
        var before = h.Run("lint", "samples", "--format", "json");
        Assert.Equal(1, before.Exit);
        var all = Diagnostics(before.Out).Count;
        Assert.True(all > 20, $"samples have {all} findings");

        var update = h.Run("lint", "samples", "--baseline", "editorial-lint.baseline.json", "--update-baseline", "-q");
        Assert.Equal(0, update.Exit);
        Assert.Contains($"baseline editorial-lint.baseline.json: {all} findings accepted, 0 no longer found", update.Err, StringComparison.Ordinal);

        var again = h.Run("lint", "samples", "--baseline", "editorial-lint.baseline.json", "--format", "json");
        Assert.Equal(0, again.Exit);
        Assert.Empty(Diagnostics(again.Out));

        File.AppendAllText(h.PathOf("samples/headings-messy.md"), "\nPresident Erdo\uFFFDan spoke.\n");
        var (exit, stdout, _) = h.Run("lint", "samples", "--baseline", "editorial-lint.baseline.json", "--format", "json");
        Assert.Equal(1, exit);
        var d = Assert.Single(Diagnostics(stdout));
        Assert.Equal("EL3001", d.GetProperty("id").GetString());
        Assert.Equal("samples/headings-messy.md", d.GetProperty("path").GetString());
    }

    [Fact]
    public void Moved_lines_and_edits_elsewhere_do_not_resurrect_accepted_findings()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nAnkara and Turkey signed the deal.\n\nA second paragraph.\n");
        Assert.Equal(0, h.Run("lint", "a.md", "--baseline", "b.json", "--update-baseline").Exit);

        // Two new paragraphs above, an edit in another paragraph: the finding moves from line 3 to line 7.
        h.Write("a.md", "# Title\n\nA new opening paragraph.\n\nAnother one.\n\nAnkara and Turkey signed the deal.\n\nA second paragraph, edited.\n");
        var (exit, stdout, _) = h.Run("lint", "a.md", "--baseline", "b.json", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Empty(Diagnostics(stdout));

        // Without the baseline the finding is still there, on its new line.
        var plain = Diagnostics(h.Run("lint", "a.md", "--format", "json").Out);
        Assert.Equal(7, Assert.Single(plain, x => x.GetProperty("id").GetString() == "EL5001").GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_second_copy_of_an_accepted_problem_is_new()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nTurkey.\n\nTurkey.\n");
        h.Run("lint", "a.md", "--baseline", "b.json", "--update-baseline");
        var entry = Assert.Single(JsonDocument.Parse(File.ReadAllText(h.PathOf("b.json"))).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(2, entry.GetProperty("count").GetInt32());

        h.Write("a.md", "# Title\n\nTurkey.\n\nTurkey.\n\nTurkey.\n");
        var found = Diagnostics(h.Run("lint", "a.md", "--baseline", "b.json", "--format", "json").Out);
        Assert.Equal("EL5001", Assert.Single(found).GetProperty("id").GetString());
    }

    [Fact]
    public void Updating_drops_fixed_findings_and_keeps_files_not_linted()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nTurkey and Erdo\u011Fan.\n\nThe the talks.\n");
        h.Write("other.md", "# Other\n\nTurkey again.\n");
        h.Run("lint", ".", "--baseline", "b.json", "--update-baseline");
        var rules = ReadRules(h);
        Assert.Contains(("a.md", "EL4002"), rules);
        Assert.Contains(("other.md", "EL5001"), rules);

        h.Write("a.md", "# Title\n\nTurkey and Erdo\u011Fan.\n\nThe talks.\n");
        var (exit, _, stderr) = h.Run("lint", "a.md", "--baseline", "b.json", "--update-baseline");
        Assert.Equal(0, exit);
        Assert.Contains("1 no longer found and dropped", stderr, StringComparison.Ordinal);
        rules = ReadRules(h);
        Assert.DoesNotContain(("a.md", "EL4002"), rules);
        Assert.Contains(("a.md", "EL5001"), rules);
        Assert.Contains(("other.md", "EL5001"), rules); // not linted this time: kept
    }

    [Fact]
    public void Baseline_paths_are_relative_to_the_baseline_file()
    {
        using var h = new CliHarness();
        h.Write("drafts/a.md", "# Title\n\nTurkey.\n");
        h.Run("lint", "drafts", "--baseline", "ci/baseline.json", "--update-baseline");
        Assert.Contains(("../drafts/a.md", "EL5001"), ReadRules(h, "ci/baseline.json"));

        // Linting from inside drafts/ with the same file still matches.
        var inner = h.RunWith(null, null, "lint", Path.Combine(h.Directory, "drafts", "a.md"), "--baseline", h.PathOf("ci/baseline.json"), "--format", "json");
        Assert.Empty(Diagnostics(inner.Out));
    }

    [Fact]
    public void Baseline_errors_are_usage_errors()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nText.\n");
        var missing = h.Run("lint", "a.md", "--baseline", "nope.json");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("baseline file not found: nope.json", missing.Err, StringComparison.Ordinal);

        Assert.Equal(2, h.Run("lint", "a.md", "--update-baseline").Exit);

        h.Write("bad.json", "{\"version\":7}");
        var bad = h.Run("lint", "a.md", "--baseline", "bad.json");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("not an editorial-lint baseline", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_findings_are_never_baselined()
    {
        using var h = new CliHarness();
        h.WriteBytes("bad.txt", [.. "Hello "u8.ToArray(), 0xFF, .. " world\n"u8.ToArray()]);
        var (exit, _, _) = h.Run("lint", "bad.txt", "--baseline", "b.json", "--update-baseline");
        Assert.Equal(2, exit);
        var again = h.Run("lint", "bad.txt", "--baseline", "b.json", "--format", "json");
        Assert.Equal(2, again.Exit);
        Assert.Equal("EL9003", Assert.Single(Diagnostics(again.Out)).GetProperty("id").GetString());
    }

    [Fact]
    public void Sarif_marks_new_and_unchanged_results_and_keeps_fingerprints_when_lines_move()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nAnkara and Turkey signed.\n");
        var first = Results(h.Run("lint", "a.md", "--format", "sarif").Out);
        var fingerprint = Assert.Single(first).GetProperty("partialFingerprints").GetProperty("editorialLint/v1").GetString();
        Assert.False(first[0].TryGetProperty("baselineState", out _)); // no baseline, no state

        h.Run("lint", "a.md", "--baseline", "b.json", "--update-baseline");
        h.Write("a.md", "# Title\n\nA new paragraph.\n\nAnkara and Turkey signed.\n\nPresident Erdo\uFFFDan spoke.\n");
        var results = Results(h.Run("lint", "a.md", "--format", "sarif", "--baseline", "b.json").Out);
        var unchanged = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "EL5001");
        Assert.Equal("unchanged", unchanged.GetProperty("baselineState").GetString());
        Assert.Equal(fingerprint, unchanged.GetProperty("partialFingerprints").GetProperty("editorialLint/v1").GetString());
        Assert.Equal("external", unchanged.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal(5, unchanged.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        var fresh = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "EL3001");
        Assert.Equal("new", fresh.GetProperty("baselineState").GetString());
        Assert.False(fresh.TryGetProperty("suppressions", out _));
    }

    private static List<JsonElement> Results(string sarif) =>
        [.. JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()];

    private static HashSet<(string, string)> ReadRules(CliHarness h, string file = "b.json") =>
    [
        .. JsonDocument.Parse(File.ReadAllText(h.PathOf(file))).RootElement.GetProperty("findings").EnumerateArray()
            .Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("rule").GetString()!)),
    ];
}

internal static class ObjectExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
