using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// The YAML recipes in docs/ci.md. The Actions runner and GitLab are not available here, so the YAML is parsed with
/// PyYAML (as the runners would parse it) and the GitHub workflow's shell steps are run with bash, as the runner runs
/// them, in a scratch repository holding a pull-request branch.
/// </summary>
public class GitHubWorkflowTests(ITestOutputHelper output)
{
    private static string CiDoc => Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "docs", "ci.md");

    private static List<string> YamlBlocks() =>
    [
        .. Regex.Matches(File.ReadAllText(CiDoc), "```yaml\n(.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(5)).Select(m => m.Groups[1].Value),
    ];

    /// <summary>YAML to JSON with PyYAML; skips (or fails under CI) without python3 and PyYAML.</summary>
    private static JsonElement Parse(string yaml)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : ExternalTools.Need("python3", "apt-get install python3-yaml");
        var probe = ExternalTools.Run(python, ["-c", "import yaml"], Path.GetTempPath());
        ExternalTools.Need(probe.Exit == 0, "PyYAML is not installed (apt-get install python3-yaml)");
        var (exit, stdout, stderr) = ExternalTools.Run(python, ["-c", "import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))"], Path.GetTempPath(), stdin: yaml);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    [SkippableFact]
    public void Every_yaml_recipe_parses_and_lints_with_plugins_off()
    {
        var blocks = YamlBlocks();
        Assert.True(blocks.Count >= 4, $"docs/ci.md has {blocks.Count} YAML blocks");
        foreach (var block in blocks)
        {
            Parse(block);
            foreach (var line in block.Split('\n').Where(l => l.Contains("editorial-lint lint", StringComparison.Ordinal)))
            {
                Assert.Contains("--no-plugins", line, StringComparison.Ordinal);
            }
        }

        var gitlab = Parse(blocks.Single(b => b.Contains("codequality:", StringComparison.Ordinal)));
        var job = gitlab.GetProperty("editorial-lint");
        Assert.Contains(job.GetProperty("script").EnumerateArray(), s => s.GetString()!.Contains("--format gitlab --output gl-code-quality-report.json", StringComparison.Ordinal));
        Assert.Equal("gl-code-quality-report.json", job.GetProperty("artifacts").GetProperty("reports").GetProperty("codequality").GetString());
        Assert.Equal("always", job.GetProperty("artifacts").GetProperty("when").GetString());

        var junit = Parse(blocks.Single(b => b.Contains("junit:", StringComparison.Ordinal) && !b.Contains("codequality", StringComparison.Ordinal)));
        var junitJob = junit.GetProperty("editorial-lint-junit");
        Assert.Contains(junitJob.GetProperty("script").EnumerateArray(), s => s.GetString()!.Contains("--format junit --output editorial-lint.junit.xml", StringComparison.Ordinal));
        Assert.Equal("editorial-lint.junit.xml", junitJob.GetProperty("artifacts").GetProperty("reports").GetProperty("junit").GetString());

        var precommit = Parse(blocks.Single(b => b.Contains("repos:", StringComparison.Ordinal)));
        var hookIds = precommit.GetProperty("repos")[0].GetProperty("hooks").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
        var defined = Parse(File.ReadAllText(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, ".pre-commit-hooks.yaml"))).EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
        Assert.All(hookIds, id => Assert.Contains(id, defined));
    }

    [SkippableFact]
    public void GitHub_workflow_steps_lint_only_the_changed_drafts_and_report_new_findings()
    {
        var git = ExternalTools.Need("git", "apt-get install git");
        var bash = ExternalTools.Need("bash", "apt-get install bash");
        var workflow = Parse(YamlBlocks().Single(b => b.Contains("upload-sarif", StringComparison.Ordinal)));
        Assert.Equal("write", workflow.GetProperty("permissions").GetProperty("security-events").GetString());
        // PyYAML reads the key "on" as YAML 1.1's boolean true; GitHub reads it as "on".
        var on = workflow.TryGetProperty("on", out var o) ? o : workflow.GetProperty("true");
        Assert.True(on.TryGetProperty("pull_request", out _));
        var steps = workflow.GetProperty("jobs").GetProperty("lint").GetProperty("steps").EnumerateArray().ToList();
        var upload = steps.Single(s => s.TryGetProperty("uses", out var u) && u.GetString()!.StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal));
        Assert.Equal("editorial-lint.sarif", upload.GetProperty("with").GetProperty("sarif_file").GetString());

        using var h = new CliHarness();
        var bin = ExternalTools.CliOnPath(h.Directory);
        var repo = Path.Combine(h.Directory, "repo");
        Directory.CreateDirectory(repo);
        var env = new Dictionary<string, string>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["GIT_AUTHOR_NAME"] = "t", ["GIT_AUTHOR_EMAIL"] = "t@example.invalid",
            ["GIT_COMMITTER_NAME"] = "t", ["GIT_COMMITTER_EMAIL"] = "t@example.invalid",
            ["GITHUB_OUTPUT"] = Path.Combine(h.Directory, "github-output"),
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(h.Directory, "step-summary.md"),
        };
        void Git(params string[] args) => Assert.Equal(0, ExternalTools.Run(git, args, repo, env).Exit);
        void Write(string name, string text) => File.WriteAllText(Path.Combine(repo, name), text);

        // The base branch: an accepted old problem (in the baseline) and an untouched draft with a problem.
        Git("init", "-q", "-b", "main", ".");
        Write(".editorconfig", "root = true\n");
        Write("edited.md", "# Edited\n\nAnkara and Turkey signed.\n");
        Write("untouched.md", "# Untouched\n\nPresident Erdo\uFFFDan spoke.\n");
        Assert.Equal(0, ExternalTools.Run(Path.Combine(bin, "editorial-lint"), ["lint", "edited.md", "--baseline", ".editorial-lint-baseline.json", "--update-baseline"], repo, env).Exit);
        Git("add", ".");
        Git("commit", "-q", "-m", "base");
        Git("update-ref", "refs/remotes/origin/main", "HEAD");

        // The pull request: an edit elsewhere in edited.md, a new draft with an error, and a non-draft file.
        Git("checkout", "-q", "-b", "feature");
        Write("edited.md", "# Edited\n\nAnkara and Turkey signed.\n\nA new closing paragraph.\n");
        Write("new draft.md", "# New\n\nThe the talks in Sofia. Erdo\uFFFDan spoke.\n");
        Write("script.py", "print(1)\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "feature");

        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new Dictionary<string, (int Exit, string Out)>(StringComparer.Ordinal);
        foreach (var step in steps.Where(s => s.TryGetProperty("run", out _)))
        {
            var name = step.GetProperty("name").GetString()!;
            if (name.StartsWith("Install", StringComparison.Ordinal))
            {
                continue; // the tool is on PATH already (the wrapper)
            }

            if (step.TryGetProperty("if", out var condition) && condition.GetString()!.Contains("steps.changed.outputs.count != '0'", StringComparison.Ordinal) &&
                outputs.GetValueOrDefault("count") == "0")
            {
                continue;
            }

            var script = Regex.Replace(step.GetProperty("run").GetString()!, @"\$\{\{\s*([^}]+?)\s*\}\}", m => m.Groups[1].Value switch
            {
                "github.base_ref" => "main",
                var e when e.StartsWith("steps.changed.outputs.", StringComparison.Ordinal) => outputs.GetValueOrDefault(e["steps.changed.outputs.".Length..], string.Empty),
                var e => throw new InvalidOperationException("unexpected expression " + e),
            }, RegexOptions.None, TimeSpan.FromSeconds(5));
            var file = Path.Combine(h.Directory, "step.sh");
            File.WriteAllText(file, script);
            var (exit, stdout, stderr) = ExternalTools.Run(bash, ["--noprofile", "--norc", "-eo", "pipefail", file], repo, env); // as the runner runs `run:`
            output.WriteLine($"## {name} -> {exit}\n{stdout}{stderr}");
            results[name] = (exit, stdout + stderr);
            if (File.Exists(env["GITHUB_OUTPUT"]))
            {
                foreach (var line in File.ReadAllLines(env["GITHUB_OUTPUT"]).Where(l => l.Contains('=', StringComparison.Ordinal)))
                {
                    outputs[line[..line.IndexOf('=', StringComparison.Ordinal)]] = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..];
                }
            }
        }

        Assert.Equal(["edited.md", "new draft.md"], File.ReadAllLines(Path.Combine(repo, "changed-drafts.txt")));
        Assert.Equal("2", outputs["count"]);
        Assert.Equal("--baseline .editorial-lint-baseline.json", outputs["baseline"]);

        var lint = results["Lint changed drafts"];
        Assert.NotEqual(0, lint.Exit); // an error in the new draft fails the job
        Assert.Contains("::error file=new draft.md,line=3", lint.Out, StringComparison.Ordinal);
        Assert.Contains("::warning file=new draft.md,line=3", lint.Out, StringComparison.Ordinal); // the repeated word
        Assert.DoesNotContain("edited.md", lint.Out, StringComparison.Ordinal); // its old finding is in the baseline
        Assert.DoesNotContain("untouched.md", lint.Out, StringComparison.Ordinal); // not changed in the pull request

        Assert.Equal(0, results["SARIF report"].Exit);
        var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo, "editorial-lint.sarif"))).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, sarif.Count(r => r.GetProperty("baselineState").GetString() == "new"));
        Assert.Equal("edited.md", Assert.Single(sarif, r => r.GetProperty("baselineState").GetString() == "unchanged")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());

        var summary = File.ReadAllText(env["GITHUB_STEP_SUMMARY"]);
        Assert.Contains("| 1 | 1 | 0 | 2 |", summary, StringComparison.Ordinal);
        Assert.Contains("1 older findings are accepted in the baseline", summary, StringComparison.Ordinal);
    }
}
