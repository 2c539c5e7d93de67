using System.Diagnostics;
using System.Text.Json;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// Plugin rules that throw, loop in every action kind, recurse, allocate 10 GiB or catch the engine's stop cannot take
/// the run down (issue 17); banned APIs are compile errors at their place unless allowed.
/// </summary>
public class HostilePluginTests
{
    private static string Folder(string name) => Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "tests", "EditorialLint.Cli.Tests", "HostilePlugins", name);

    private static CliHarness Harness()
    {
        var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n\n[*]\neditorial_lint.rule_timeout_ms = 1000\n");
        h.Write("a.md", "# Title\n\nThe the talks resumed.[^1]\n\n## Notes\n\n[^1]: A note.\n");
        h.Write("b.md", "# Other\n\nA a second draft with with repeats.\n");
        return h;
    }

    [Fact]
    public void Hostile_rules_are_stopped_and_every_other_finding_stays()
    {
        using var h = Harness();
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = h.Run("lint", "a.md", "b.md", "--rules", Folder("limits"), "--format", "json");
        clock.Stop();

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString()!, Path: d.GetProperty("path").GetString()!, Message: d.GetProperty("message").GetString()!))
            .ToList();

        // The built-in findings of both files are all there.
        Assert.Contains(found, d => d.Id == "EL4002" && d.Path == "a.md");
        Assert.Equal(2, found.Count(d => d.Id == "EL4002" && d.Path == "b.md"));

        // The rule that behaves still reports, on both files.
        Assert.Equal(2, found.Count(d => d.Id == "EL6210"));

        // A rule that throws is EL9002 on each document; it is not disabled.
        Assert.Equal(2, found.Count(d => d.Id == "EL9002" && d.Message.Contains("EL6201Throws", StringComparison.Ordinal)));

        // Each runaway rule is stopped once and disabled for the rest of the run.
        foreach (var rule in new[] { "EL6202LoopsInDocumentAction", "EL6203LoopsInHeadingAction", "EL6204LoopsInParagraphAction", "EL6205LoopsInFootnoteAction", "EL6206LoopsInWordAction", "EL6209CatchesTheStop" })
        {
            // Documents run in parallel: each one already under way may meet the rule once; none after that.
            var stops = found.Where(d => d.Id == "EL9006" && d.Message.Contains(rule, StringComparison.Ordinal)).ToList();
            Assert.InRange(stops.Count, 1, 2);
            Assert.All(stops, s => Assert.Contains("disabled for the rest of the run", s.Message, StringComparison.Ordinal));
        }

        var recursion = found.Where(d => d.Message.Contains("EL6207Recurses", StringComparison.Ordinal)).ToList();
        Assert.InRange(recursion.Count, 1, 2);
        Assert.All(recursion, r => Assert.Equal("EL9006", r.Id));
        // Stopped by the stack check, or by the time limit while the deep stack unwinds on a busy machine.
        Assert.All(recursion, r => Assert.True(r.Message.Contains("recursion too deep", StringComparison.Ordinal) || r.Message.Contains("time limit", StringComparison.Ordinal), r.Message));

        // 10 GiB at once fails as an exception in the rule, on each document.
        Assert.Equal(2, found.Count(d => d.Id == "EL9002" && d.Message.Contains("EL6208AllocatesTenGigabytes", StringComparison.Ordinal)));
        Assert.DoesNotContain(found, d => d.Id is "EL6202" or "EL6203" or "EL6204" or "EL6205" or "EL6206" or "EL6207" or "EL6208" or "EL6209");

        // Seven rules stopped at 1 s each, once: the run does not wait on them for every document.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Banned_apis_are_compile_errors_at_their_place()
    {
        using var h = Harness();
        var (exit, stdout, _) = h.Run("lint", "a.md", "--rules", Folder("banned"), "--format", "msbuild");

        Assert.Equal(2, exit);
        Assert.Contains("EL6301Exits.cs(15,", stdout, StringComparison.Ordinal);
        Assert.Contains("'Environment.Exit(int)' is not allowed in a rule (ending the process)", stdout, StringComparison.Ordinal);
        Assert.Contains("(file access)", stdout, StringComparison.Ordinal);
        Assert.Contains("(starting processes)", stdout, StringComparison.Ordinal);
        Assert.Contains("(network access)", stdout, StringComparison.Ordinal);
        Assert.Contains("--allow-plugin-apis", stdout, StringComparison.Ordinal);
        Assert.Contains("a.md(3,5,3,8): warning EL4002", stdout, StringComparison.Ordinal); // built-in rules still ran
    }
}
