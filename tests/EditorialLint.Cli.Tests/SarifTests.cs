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

    [Fact]
    public void The_rules_block_is_rendered_once_per_registry_and_again_when_the_registry_changes()
    {
        var registry = EditorialLint.Rules.BuiltInRules.CreateRegistry();
        static string Log(EditorialLint.Core.Rules.RuleRegistry registry)
        {
            var report = new EditorialLint.Cli.Reporting.LintReport(registry, 0);
            var reporter = new EditorialLint.Cli.Reporting.SarifReporter();
            var w = new StringWriter();
            reporter.Begin(report, w);
            reporter.End(report, w);
            return w.ToString();
        }

        static string? Help(string log, string id) =>
            JsonDocument.Parse(log).RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
                .EnumerateArray().Single(r => r.GetProperty("id").GetString() == id).GetProperty("help").TryGetProperty("markdown", out var m) ? m.GetString() : null;

        var first = Log(registry);
        Assert.Equal(first, Log(registry));
        Assert.Contains("EL1001", Help(first, "EL1001"), StringComparison.Ordinal);

        registry.AddDoc("EL1001", "# EL1001 rewritten\n");
        var changed = Log(registry);
        Assert.Equal("# EL1001 rewritten\n", Help(changed, "EL1001"));
        // a second registry has its own block
        Assert.Contains("EL1001", Help(Log(EditorialLint.Rules.BuiltInRules.CreateRegistry()), "EL1001")!, StringComparison.Ordinal);
        Assert.NotEqual(first, changed);
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
        // Problems of the run too (issue 15): they are the invocation's notifications.
        h.Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.heading_cas = title\n");
        var (_, _, _) = h.Run("lint", ".", "missing.md", "--format", "sarif", "--output", "out.sarif");
        var (exit, stdout, stderr) = CliHarness.RunProcess("node", $"\"{Path.Combine(validator, "validate.js")}\" \"{h.PathOf("out.sarif")}\"", validator);
        output.WriteLine(stdout + stderr);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("valid", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_of_the_run_are_invocation_notifications_at_their_real_location()
    {
        using var h = new CliHarness();
        h.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.EL0999.severity = error\neditorial_lint.heading_cas = title\n");
        h.Write("a.md", "# T\n\nText.\n");
        h.Write("b.md", "# T\n\nText.\n");
        var (exit, stdout, _) = h.Run("lint", "a.md", "b.md", "missing.md", "--format", "sarif");
        Assert.Equal(2, exit);

        var run = JsonDocument.Parse(stdout).RootElement.GetProperty("runs")[0];
        Assert.Empty(run.GetProperty("results").EnumerateArray()); // not findings about a draft
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var configuration = invocation.GetProperty("toolConfigurationNotifications").EnumerateArray().ToList();
        Assert.Equal(2, configuration.Count); // once each, though two drafts meet them
        var unknownId = configuration.Single(n => n.GetProperty("level").GetString() == "error");
        Assert.Equal("EL9004", unknownId.GetProperty("descriptor").GetProperty("id").GetString());
        var location = unknownId.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(".editorconfig", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Contains("did you mean editorial_lint.heading_case?", configuration.Single(n => n.GetProperty("level").GetString() == "warning").GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        var execution = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("EL9012", execution.GetProperty("descriptor").GetProperty("id").GetString());
    }
}
