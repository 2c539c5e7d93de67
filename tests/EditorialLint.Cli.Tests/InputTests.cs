using System.Text.Json;

namespace EditorialLint.Cli.Tests;

/// <summary>Inputs: standard input (-), ** globs, .gitignore inside git work trees, --no-ignore and --exclude.</summary>
public class InputTests
{
    private const string Problem = "# Title\n\nAnkara and Turkey signed.\n";

    private static List<string> Paths(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).Distinct()];

    [Fact]
    public void Dash_reads_standard_input()
    {
        using var h = new CliHarness();
        var (exit, stdout, _) = h.RunWith("# Title\n\nPresident Erdo\uFFFDan spoke.\n", null, "lint", "-", "--format", "json");
        Assert.Equal(1, exit);
        var d = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("EL3001", d.GetProperty("id").GetString());
        Assert.Equal("stdin.md", d.GetProperty("path").GetString()); // read as Markdown: "# Title" is a title
        Assert.Equal(3, d.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Stdin_filename_names_the_draft_for_settings_reader_and_output()
    {
        using var h = new CliHarness();
        h.Write(".editorconfig", "root = true\n\n[drafts/*.md]\ndotnet_diagnostic.EL5001.severity = error\n");

        // As drafts/a.md the [drafts/*.md] section applies: the house term is an error, reported under that name.
        var named = h.RunWith(Problem, null, "lint", "-", "--stdin-filename", "drafts/a.md", "--format", "json");
        Assert.Equal(1, named.Exit);
        var d = Assert.Single(JsonDocument.Parse(named.Out).RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("drafts/a.md", d.GetProperty("path").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());

        // Unnamed (stdin.md in the current folder), the section does not apply: a warning.
        var unnamed = h.RunWith(Problem, null, "lint", "-", "--format", "json");
        Assert.Equal(0, unnamed.Exit);
        Assert.Contains("\"severity\": \"warning\"", unnamed.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_name_decides_the_reader()
    {
        using var h = new CliHarness();
        const string text = "# Title\n\nText.\n\n## Part\n\n#### Deep\n\nText.\n"; // a skipped heading level is found only in Markdown
        var md = h.RunWith(text, null, "lint", "-", "--stdin-filename", "x.md", "--format", "json");
        Assert.Contains("EL2001", md.Out, StringComparison.Ordinal);
        var txt = h.RunWith(text, null, "lint", "-", "--stdin-filename", "x.txt", "--format", "json");
        Assert.DoesNotContain("EL2001", txt.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_goes_with_files_and_rejects_fix_and_a_stray_filename()
    {
        using var h = new CliHarness();
        h.Write("a.md", Problem);
        var both = h.RunWith(Problem, null, "lint", "-", "a.md", "--stdin-filename", "piped.md", "--format", "json");
        Assert.Equal(["piped.md", "a.md"], Paths(both.Out));

        var fix = h.RunWith(Problem, null, "lint", "-", "--fix");
        Assert.Equal(2, fix.Exit);
        Assert.Contains("--fix cannot rewrite standard input", fix.Err, StringComparison.Ordinal);

        var stray = h.Run("lint", "a.md", "--stdin-filename", "x.md");
        Assert.Equal(2, stray.Exit);
        Assert.Contains("only when - is among the paths", stray.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_star_globs_match_at_any_depth()
    {
        using var h = new CliHarness();
        h.Write("top.md", Problem);
        h.Write("docs/a.md", Problem);
        h.Write("docs/deep/er/b.md", Problem);
        h.Write("docs/deep/c.txt", Problem);
        h.Write("docs/node_modules/x.md", Problem);
        h.Write("other/d.md", Problem);

        Assert.Equal(["docs/a.md", "docs/deep/er/b.md"], Paths(h.Run("lint", "docs/**/*.md", "--format", "json").Out));
        Assert.Equal(["docs/a.md", "docs/deep/er/b.md", "other/d.md", "top.md"], Paths(h.Run("lint", "**/*.md", "--format", "json").Out));
        Assert.Equal(["docs/deep/c.txt"], Paths(h.Run("lint", "docs/*/*.txt", "--format", "json").Out));

        var none = h.Run("lint", "docs/**/*.markdown");
        Assert.Equal(2, none.Exit);
        // Inputs that name nothing are EL9012 diagnostics in the report (issue 15: one channel), no longer stderr lines.
        Assert.Contains("error EL9012: no drafts match: docs/**/*.markdown", none.Out, StringComparison.Ordinal);
        var missing = h.Run("lint", "nowhere/**/*.md");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("error EL9012: path not found: nowhere/**/*.md", missing.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Exclude_drops_matching_paths_named_or_found()
    {
        using var h = new CliHarness();
        h.Write("a.md", Problem);
        h.Write("drafts/old/b.md", Problem);
        h.Write("drafts/c.md", Problem);
        h.Write("drafts/c.draft.md", Problem);

        Assert.Equal(["a.md", "drafts/c.md"], Paths(h.Run("lint", ".", "--exclude", "drafts/old/**", "--exclude", "*.draft.md", "--format", "json").Out));
        Assert.Equal(["drafts/c.md"], Paths(h.Run("lint", "a.md", "drafts/c.md", "--exclude", "a.md", "--format", "json").Out));
    }

    [SkippableFact]
    public void Gitignore_is_honoured_in_a_git_work_tree_unless_no_ignore()
    {
        var git = ExternalTools.Need("git", "apt-get install git");
        using var h = new CliHarness();
        Assert.Equal(0, ExternalTools.Run(git, ["init", "-q", "."], h.Directory).Exit);
        h.Write(".gitignore", "build/\n*.tmp.md\n!keep.tmp.md\n");
        h.Write("sub/.gitignore", "local.md\n");
        h.Write("a.md", Problem);
        h.Write("build/out.md", Problem);
        h.Write("x.tmp.md", Problem);
        h.Write("keep.tmp.md", Problem);
        h.Write("sub/local.md", Problem);
        h.Write("sub/kept.md", Problem);

        Assert.Equal(["a.md", "keep.tmp.md", "sub/kept.md"], Paths(h.Run("lint", ".", "--format", "json").Out));
        Assert.Equal(["a.md", "keep.tmp.md", "sub/kept.md"], Paths(h.Run("lint", "**/*.md", "--format", "json").Out));
        Assert.Equal(
            ["a.md", "build/out.md", "keep.tmp.md", "sub/kept.md", "sub/local.md", "x.tmp.md"],
            Paths(h.Run("lint", ".", "--no-ignore", "--format", "json").Out));

        // A file named on the command line is linted even when ignored, and so is a folder (or a glob's base) that is
        // itself ignored: naming it asks for it.
        Assert.Equal(["build/out.md"], Paths(h.Run("lint", "build/out.md", "--format", "json").Out));
        h.Write("build/deep/more.md", Problem);
        Assert.Equal(["build/deep/more.md", "build/out.md"], Paths(h.Run("lint", "build", "--format", "json").Out));
        Assert.Equal(["build/deep/more.md"], Paths(h.Run("lint", "build/deep/**/*.md", "--format", "json").Out));
        Assert.Equal(["a.md", "keep.tmp.md", "sub/kept.md"], Paths(h.Run("lint", ".", "--format", "json").Out));

        // A tracked file is not ignored, as in git.
        h.Write("build/tracked.md", Problem);
        Assert.Equal(0, ExternalTools.Run(git, ["add", "-f", "build/tracked.md"], h.Directory).Exit);
        Assert.Contains("build/tracked.md", Paths(h.Run("lint", ".", "--format", "json").Out));
    }

    [SkippableFact]
    public void Outside_a_git_work_tree_gitignore_files_mean_nothing()
    {
        using var h = new CliHarness();
        h.Write(".gitignore", "*.md\n");
        h.Write("a.md", Problem);
        Skip.If(Directory.Exists(Path.Combine(Path.GetTempPath(), ".git")), "the temporary folder is itself inside a git work tree");

        Assert.Equal(["a.md"], Paths(h.Run("lint", ".", "--format", "json").Out));
    }
}
