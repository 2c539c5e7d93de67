using System.Text.Json;
using Xunit.Abstractions;

namespace EditorialLint.Cli.Tests;

public class SarifTests(ITestOutputHelper output)
{
    [Fact]
    public void Sarif_has_rules_with_help_and_results_with_regions()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# T\n\nPresident Erdo\uFFFDan spoke.\n");
        var (exit, stdout, _) = h.Run("lint", "a.md", "--format", "sarif");
        Assert.Equal(1, exit);
        var run = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "EL3001");
        Assert.Contains("EL3001", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("error", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(3, region.GetProperty("startLine").GetInt32());
        Assert.Equal(15, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(rules.FindIndex(r => r.GetProperty("id").GetString() == "EL3001"), result.GetProperty("ruleIndex").GetInt32());
    }

    /// <summary>
    /// Validates the SARIF output of the seed samples against the official SARIF 2.1.0 schema with ajv (node).
    /// CI installs node and the validator (.ci/run). Without them the test is reported as skipped, with the reason;
    /// under EDITORIAL_LINT_REQUIRE_TOOLS=1 it fails instead.
    /// </summary>
    [SkippableFact]
    public void Sarif_validates_against_the_official_schema()
    {
        var validator = Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "tests", "EditorialLint.Cli.Tests", "sarif");
        ExternalTools.Need("node", "apt-get install nodejs npm");
        ExternalTools.Need(Directory.Exists(Path.Combine(validator, "node_modules", "ajv-draft-04")), $"the SARIF validator is not installed (npm ci --prefix {validator})");

        using var h = new CliHarness();
        foreach (var f in Directory.GetFiles(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "samples")))
        {
            File.Copy(f, h.PathOf(Path.GetFileName(f)));
        }

        h.Write("extra.md", "# T\n\nPresident Erdo\uFFFDan spoke.\n");
        var (_, _, _) = h.Run("lint", ".", "--format", "sarif", "--output", "out.sarif");
        var (exit, stdout, stderr) = CliHarness.RunProcess("node", $"\"{Path.Combine(validator, "validate.js")}\" \"{h.PathOf("out.sarif")}\"", validator);
        output.WriteLine(stdout + stderr);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("valid", stdout, StringComparison.Ordinal);
    }
}
