using System.Text;
using System.Text.Json;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// <c>--max-findings-per-rule</c>: listing reports show at most N findings of a rule per file, then one closing finding
/// that says how many more there are; counts, exit code and <c>--fix</c> still cover every finding. The JSON report
/// streams (drained every 64 KiB) and stays one valid document however many findings it lists.
/// </summary>
public class FindingCapTests
{
    /// <summary>A draft with <paramref name="runs"/> EL3003 findings (one mojibake run per paragraph) and one EL3001.</summary>
    private static string Garbled(int runs)
    {
        var sb = new StringBuilder("# Title\n\nErdo\uFFFDan left.\n\n");
        for (var i = 0; i < runs; i++)
        {
            sb.Append("Paragraph ").Append(i).Append(" is about T\u00C3\u00BCrkiye.\n\n");
        }

        return sb.ToString();
    }

    private static List<JsonElement> Diagnostics(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray()];

    [Fact]
    public void Json_lists_the_first_n_findings_of_a_rule_then_one_closing_finding()
    {
        using var h = new CliHarness();
        h.Write("a.md", Garbled(30));
        var (exit, stdout, _) = h.Run("lint", "a.md", "--format", "json", "--max-findings-per-rule", "10");
        Assert.Equal(1, exit);
        var all = Diagnostics(stdout);
        var el3003 = all.Where(d => d.GetProperty("id").GetString() == "EL3003").ToList();
        Assert.Equal(11, el3003.Count);
        Assert.All(el3003.Take(10), d => Assert.True(d.TryGetProperty("fix", out _)));
        var closing = el3003[^1];
        Assert.False(closing.TryGetProperty("fix", out _));
        Assert.Equal("error", closing.GetProperty("severity").GetString());
        Assert.StartsWith("20 more EL3003 findings in this file are not shown", closing.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("--fix repairs them all", closing.GetProperty("message").GetString(), StringComparison.Ordinal);

        // At the first finding left out: paragraph 10 (line 5 + 2 * 10 + 2).
        Assert.Equal(5 + (2 * 10), closing.GetProperty("line").GetInt32());

        // Other rules are not affected.
        Assert.Single(all, d => d.GetProperty("id").GetString() == "EL3001");
    }

    [Fact]
    public void Zero_lists_every_finding_and_the_default_keeps_a_thousand()
    {
        using var h = new CliHarness();
        h.Write("a.md", Garbled(1200));
        var (_, all, _) = h.Run("lint", "a.md", "--format", "json", "--max-findings-per-rule", "0");
        Assert.Equal(1200, Diagnostics(all).Count(d => d.GetProperty("id").GetString() == "EL3003"));

        var (_, capped, _) = h.Run("lint", "a.md", "--format", "json");
        var el3003 = Diagnostics(capped).Where(d => d.GetProperty("id").GetString() == "EL3003").ToList();
        Assert.Equal(1001, el3003.Count);
        Assert.StartsWith("200 more EL3003 findings", el3003[^1].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Msbuild_and_pretty_are_capped_too_but_the_counts_are_complete()
    {
        using var h = new CliHarness();
        h.Write("a.md", Garbled(30));
        var (_, msbuild, _) = h.Run("lint", "a.md", "--format", "msbuild", "--max-findings-per-rule", "5");
        Assert.Equal(6, msbuild.Split('\n').Count(l => l.Contains(" EL3003: ", StringComparison.Ordinal)));
        Assert.Contains("25 more EL3003 findings", msbuild, StringComparison.Ordinal);

        var (_, pretty, _) = h.Run("lint", "a.md", "--max-findings-per-rule", "5", "--color", "never");
        Assert.Contains("25 more EL3003 findings", pretty, StringComparison.Ordinal);
        Assert.Contains("31 errors", pretty, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_repairs_every_run_whatever_the_cap()
    {
        using var h = new CliHarness();
        var path = h.Write("a.md", Garbled(30));
        var (exit, _, _) = h.Run("lint", "a.md", "--fix", "--max-findings-per-rule", "3", "--format", "json");
        Assert.Equal(1, exit); // the U+FFFD stays: it has no fix
        var fixedText = File.ReadAllText(path);
        Assert.DoesNotContain("\u00C3", fixedText, StringComparison.Ordinal);
        Assert.Equal(30, fixedText.Split("T\u00FCrkiye").Length - 1);
    }

    [Fact]
    public void Sarif_lists_every_finding()
    {
        using var h = new CliHarness();
        h.Write("a.md", Garbled(30));
        var (_, sarif, _) = h.Run("lint", "a.md", "--format", "sarif", "--max-findings-per-rule", "5");
        var results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray();
        Assert.Equal(30, results.Count(r => r.GetProperty("ruleId").GetString() == "EL3003"));
    }
}
