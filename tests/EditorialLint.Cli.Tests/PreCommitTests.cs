using Xunit.Abstractions;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// The repository's .pre-commit-hooks.yaml run by the real pre-commit tool on a scratch git repository. The
/// editorial-lint-system hook (an editorial-lint already on PATH) is exercised here with the built CLI behind a small
/// wrapper; .ci/run exercises the editorial-lint hook, which builds the tool from this repository.
/// </summary>
public class PreCommitTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void System_hook_blocks_a_commit_with_an_error_and_lets_a_clean_one_through()
    {
        var preCommit = ExternalTools.Need("pre-commit", "apt-get install pre-commit");
        var git = ExternalTools.Need("git", "apt-get install git");
        using var h = new CliHarness();
        var bin = ExternalTools.CliOnPath(h.Directory);

        var repo = Path.Combine(h.Directory, "drafts-repo");
        Directory.CreateDirectory(repo);
        var env = new Dictionary<string, string>
        {
            ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["PRE_COMMIT_HOME"] = Path.Combine(h.Directory, "pre-commit-cache"),
            ["GIT_AUTHOR_NAME"] = "t", ["GIT_AUTHOR_EMAIL"] = "t@example.invalid",
            ["GIT_COMMITTER_NAME"] = "t", ["GIT_COMMITTER_EMAIL"] = "t@example.invalid",
        };
        (int Exit, string Out, string Err) Run(string file, params string[] args)
        {
            var r = ExternalTools.Run(file, args, repo, env);
            output.WriteLine($"$ {Path.GetFileName(file)} {string.Join(' ', args)} -> {r.Exit}\n{r.Out}{r.Err}");
            return r;
        }

        Assert.Equal(0, Run(git, "init", "-q", ".").Exit);
        Assert.Equal(0, Run(git, "config", "commit.gpgsign", "false").Exit);

        // The hook definition is the repository's own file, used as a local repo hook.
        var hooks = File.ReadAllText(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, ".pre-commit-hooks.yaml"));
        var system = ExtractHook(hooks, "editorial-lint-system");
        File.WriteAllText(Path.Combine(repo, ".pre-commit-config.yaml"), "repos:\n  - repo: local\n    hooks:\n" + Indent(system, "      ") + "\n");
        File.WriteAllText(Path.Combine(repo, ".editorconfig"), "root = true\n");
        File.WriteAllText(Path.Combine(repo, "notes.py"), "print('not a draft')\n");
        Assert.Equal(0, Run(preCommit, "install").Exit);

        File.WriteAllText(Path.Combine(repo, "good.md"), "# Title\n\nA clean paragraph.\n");
        Assert.Equal(0, Run(git, "add", ".").Exit);
        var clean = Run(git, "commit", "-q", "-m", "clean");
        Assert.Equal(0, clean.Exit);
        Assert.Contains("Passed", clean.Out + clean.Err, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(repo, "bad.md"), "# Title\n\nPresident Erdo\uFFFDan spoke.\n");
        Assert.Equal(0, Run(git, "add", "bad.md").Exit);
        var blocked = Run(git, "commit", "-q", "-m", "bad");
        Assert.NotEqual(0, blocked.Exit);
        Assert.Contains("Failed", blocked.Out + blocked.Err, StringComparison.Ordinal);
        Assert.Contains("bad.md(3,15,3,16): error EL3001", blocked.Out + blocked.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("good.md", blocked.Out + blocked.Err, StringComparison.Ordinal); // only the staged draft
    }

    /// <summary>One hook's entry (the "- id: NAME" item and its indented lines) from a hooks file.</summary>
    internal static string ExtractHook(string yaml, string id)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == $"- id: {id}");
        Assert.True(start >= 0, $"no hook {id} in .pre-commit-hooks.yaml");
        var end = start + 1;
        while (end < lines.Length && (lines[end].StartsWith("  ", StringComparison.Ordinal) || lines[end].Trim().Length == 0) && !lines[end].TrimStart().StartsWith("- id:", StringComparison.Ordinal))
        {
            end++;
        }

        return string.Join('\n', lines[start..end]).TrimEnd();
    }

    private static string Indent(string text, string prefix) =>
        string.Join('\n', text.Split('\n').Select(l => l.Length == 0 ? l : prefix + l));
}
