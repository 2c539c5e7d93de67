using System.Text.Json;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// Plugin rules run in worker processes (issue 17): a rule that ends its process, fails fast or throws on file access
/// costs that rule's findings on that draft, never the run, the report or the other drafts' results.
/// </summary>
public class PluginIsolationTests
{
    private static string Folder(string name) => Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "tests", "EditorialLint.Cli.Tests", "HostilePlugins", name);

    private static readonly string[] Drafts = ["a.md", "b.md", "c.md", "d.md"];

    private static CliHarness Harness(int timeoutMs = 5000)
    {
        var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        h.Variables[PluginWorkerCommand.IsolationVariable] = null;
        File.WriteAllText(h.PathOf(".editorconfig"), $"root = true\n\n[*]\neditorial_lint.rule_timeout_ms = {timeoutMs}\n");
        h.Write("a.md", "# Title\n\nThe the talks resumed.[^1]\n\n## Notes\n\n[^1]: A note.\n");
        h.Write("b.md", "# Other\n\nA a second draft with with repeats.\n");
        h.Write("c.md", "# Third\n\nA third draft, quite clean.\n\n## More\n\nAnd and more.\n");
        h.Write("d.md", "# Fourth\n\nThe fourth draft.\n");
        return h;
    }

    private static List<(string Id, string Path, string Message, int Line)> Findings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("path").GetString()!, d.GetProperty("message").GetString()!, d.GetProperty("line").GetInt32()))
            .ToList();
    }

    [Fact]
    public void Rules_that_end_their_process_cost_only_their_own_findings()
    {
        using var h = Harness();
        var (baseExit, baseOut, _) = h.Run(["lint", .. Drafts, "--no-plugins", "--format", "json"]);
        var (exit, stdout, stderr) = h.Run(["lint", .. Drafts, "--rules", Folder("process"), "--allow-plugin-apis", "--format", "json"]);

        // Warnings only: the exit code is the built-in rules' (0 here, as without plugins), and the report is whole.
        Assert.Equal(0, baseExit);
        Assert.True(exit == 0, stderr);
        var found = Findings(stdout);

        // Every built-in finding of every draft is there, unchanged.
        var builtIn = Findings(baseOut);
        Assert.NotEmpty(builtIn);
        Assert.Equal(builtIn, found.Where(d => !d.Id.StartsWith("EL64", StringComparison.Ordinal) && d.Id is not ("EL9002" or "EL9006")).ToList());

        // The rule that behaves reports every heading of every draft (6 headings in 4 drafts).
        Assert.True(found.Count(d => d.Id == "EL6405") == 6, stdout);

        // A rule that ends the worker is EL9002 on the first drafts (the worker is restarted each time) and, at the
        // third fault, EL9006: disabled for the rest of the run. Never one of its own findings.
        foreach (var rule in new[] { "EL6401ExitsInDocumentAction", "EL6402ExitsInWordAction", "EL6403FailsFast" })
        {
            var faults = found.Where(d => d.Message.Contains($"'{rule}'", StringComparison.Ordinal)).ToList();
            // Documents run in parallel, so the draft after the third may already be under way when it is disabled.
            Assert.InRange(faults.Count(d => d.Id == "EL9002"), 2, 3);
            Assert.Equal(1, faults.Count(d => d.Id == "EL9006"));
            Assert.All(faults, f => Assert.Contains("plugin worker process ended", f.Message, StringComparison.Ordinal));
            Assert.Equal(faults.Count, faults.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count());
        }

        Assert.DoesNotContain(found, d => d.Id is "EL6401" or "EL6402" or "EL6403");

        // A file access that fails is an exception in the rule: EL9002 on each draft, the rule stays on.
        var reads = found.Where(d => d.Id == "EL9002" && d.Message.Contains("'EL6404ReadsAMissingFile'", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, reads.Count);
        Assert.All(reads, r => Assert.Contains("NotFoundException", r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_hostile_limits_folder_keeps_every_other_result_in_a_worker_and_in_process()
    {
        foreach (var isolation in new[] { "process", "none" })
        {
            using var h = Harness(timeoutMs: 1000);
            h.Variables[PluginWorkerCommand.IsolationVariable] = isolation;
            var (exit, stdout, stderr) = h.Run("lint", "a.md", "b.md", "--rules", Folder("limits"), "--format", "json");

            Assert.True(exit == 0, isolation + ": " + stderr);
            var found = Findings(stdout);
            Assert.Contains(found, d => d.Id == "EL4002" && d.Path == "a.md");
            Assert.Equal(2, found.Count(d => d.Id == "EL4002" && d.Path == "b.md"));
            Assert.True(found.Count(d => d.Id == "EL6210") == 2, isolation + ": " + stdout);
            Assert.Equal(2, found.Count(d => d.Id == "EL9002" && d.Message.Contains("'EL6201Throws'", StringComparison.Ordinal)));
            Assert.Equal(2, found.Count(d => d.Id == "EL9002" && d.Message.Contains("'EL6208AllocatesTenGigabytes'", StringComparison.Ordinal)));
            foreach (var rule in new[] { "EL6202LoopsInDocumentAction", "EL6203LoopsInHeadingAction", "EL6204LoopsInParagraphAction", "EL6205LoopsInFootnoteAction", "EL6206LoopsInWordAction", "EL6207Recurses", "EL6209CatchesTheStop" })
            {
                Assert.InRange(found.Count(d => d.Id == "EL9006" && d.Message.Contains($"'{rule}'", StringComparison.Ordinal)), 1, 2);
            }
        }
    }

    [Fact]
    public void Findings_and_fixes_from_a_worker_equal_those_of_the_in_process_path()
    {
        var draft = "# Turkey and its neighbours\n\nText about Turkey.\n";
        var results = new List<(string Report, string Fixed)>();
        foreach (var isolation in new[] { "process", "none" })
        {
            using var h = Harness();
            h.Variables[PluginWorkerCommand.IsolationVariable] = isolation;
            h.Write("t.md", draft);
            var rules = Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "rules", "Examples");
            var (_, report, _) = h.Run("lint", "t.md", "--rules", rules, "--format", "msbuild");
            h.Run("lint", "t.md", "--rules", rules, "--fix", "--unsafe-fixes");
            results.Add((report, File.ReadAllText(h.PathOf("t.md"))));
        }

        Assert.Contains("EL6001", results[0].Report, StringComparison.Ordinal);
        Assert.Contains("EL6002", results[0].Report, StringComparison.Ordinal);
        Assert.Contains("# Türkiye and its neighbours", results[0].Fixed, StringComparison.Ordinal);
        Assert.Equal(results[1], results[0]);
    }

    [Fact]
    public void The_rules_list_shows_plugin_rules_described_by_the_worker()
    {
        using var h = Harness();
        var (exit, stdout, _) = h.Run("rules", "--rules", Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "rules", "Examples"));

        Assert.Equal(0, exit);
        Assert.Contains("EL6001", stdout, StringComparison.Ordinal);
        Assert.Contains("EL6002", stdout, StringComparison.Ordinal);
    }
}
