using System.Text;
using System.Text.Json;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Parsing;
using EditorialLint.Rules;

namespace EditorialLint.Cli.Tests;

/// <summary>Regression tests for issue 17 (reliability), each from the minimal input of the fault campaign (Repros/).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ReliabilityTests
{
    internal static string Repro(string name) => Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "tests", "EditorialLint.Cli.Tests", "Repros", name);

    /// <summary>EL2010 and EL2011 are opt-in: the repros that concern them turn them on.</summary>
    private static void EnableLayoutRules(CliHarness h) =>
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.EL2010.severity = suggestion\ndotnet_diagnostic.EL2011.severity = suggestion\n");

    private static string CopyRepro(CliHarness h, string name)
    {
        var path = h.WriteBytes(name, File.ReadAllBytes(Repro(name)));
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    [Theory]
    [InlineData("crash-blockquote-depth-128.md")]
    [InlineData("crash-list-depth-64.md")]
    public void Input_that_makes_markdig_throw_is_linted_as_plain_text_and_the_report_stays_whole(string name)
    {
        using var h = new CliHarness();
        CopyRepro(h, name);
        h.Write("other.md", "# Title\n\nThe the talks resumed.\n");
        var (exit, stdout, _) = h.Run("lint", name, "other.md", "--format", "json");

        Assert.Equal(0, exit); // EL9009 is a warning; nothing here is an error
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("files").GetInt32());
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString(), Path: d.GetProperty("path").GetString(), Message: d.GetProperty("message").GetString()))
            .ToList();
        var fallback = Assert.Single(diagnostics, d => d.Id == "EL9009");
        Assert.Equal(name, fallback.Path);
        Assert.Contains("linted as plain text", fallback.Message, StringComparison.Ordinal);
        Assert.Contains(diagnostics, d => d.Id == "EL4002" && d.Path == "other.md");
    }

    [Fact]
    public void A_run_of_10241_brackets_is_read_as_markdown_since_Markdig_is_given_the_brackets_past_the_limit_as_commas()
    {
        // It made Markdig throw (each unclosed '[' nests in the one before); now the brackets past
        // MarkdigInput.MaxDelimitersPerParagraph are plain punctuation to Markdig, so the draft stays Markdown.
        using var h = new CliHarness();
        CopyRepro(h, "crash-bracket-run-10241.md");
        h.Write("other.md", "# Title\n\nThe the talks resumed.\n");
        var (exit, stdout, _) = h.Run("lint", "crash-bracket-run-10241.md", "other.md", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("files").GetInt32());
        var ids = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => (Id: d.GetProperty("id").GetString(), Path: d.GetProperty("path").GetString())).ToList();
        Assert.DoesNotContain(ids, d => d.Id == "EL9009");
        Assert.Contains(ids, d => d.Id == "EL4002" && d.Path == "other.md");
        var document = DocumentParser.Parse("b.md", File.ReadAllText(Repro("crash-bracket-run-10241.md")));
        Assert.Null(document.ReaderFallback);
        Assert.Equal(Core.Syntax.DocumentKind.Markdown, document.Kind);
    }

    [Fact]
    public void Nesting_below_the_limit_is_still_read_as_markdown()
    {
        var text = File.ReadAllText(Repro("ok-blockquote-depth-127.md"));
        var document = DocumentParser.Parse("ok.md", text);
        Assert.Null(document.ReaderFallback);
        Assert.Equal(Core.Syntax.DocumentKind.Markdown, document.Kind);

        var deep = DocumentParser.Parse("crash.md", File.ReadAllText(Repro("crash-blockquote-depth-128.md")));
        Assert.Equal(Core.Syntax.DocumentKind.PlainText, deep.Kind);
        Assert.Contains("ArgumentException", deep.ReaderFallback, StringComparison.Ordinal);
        Assert.NotEmpty(deep.Words); // still linted: the words are there for the rules
    }

    [Fact]
    public void Any_exception_while_reading_a_document_becomes_EL9010_on_it_and_the_others_are_analysed()
    {
        var session = new LintSession(BuiltInRules.CreateRegistry());
        var inputs = new[]
        {
            new DocumentInput("bad.md", () => throw new InvalidOperationException("reader broke")),
            new DocumentInput("good.md", () => Encoding.UTF8.GetBytes("# Title\n\nThe the talks resumed.\n")),
        };
        var results = new List<DocumentResult>();
        session.LintInOrder(inputs, results.Add, maxDegreeOfParallelism: 2);

        var failure = Assert.Single(results[0].Diagnostics);
        Assert.Equal("EL9010", failure.Id);
        Assert.Contains("InvalidOperationException: reader broke", failure.Message, StringComparison.Ordinal);
        Assert.Contains(results[1].Diagnostics, d => d.Id == "EL4002");
    }

    [Theory]
    [InlineData("fix-grows-el2010-u2029.md")]
    [InlineData("fix-phantom-el2011-cr-only.md")]
    [InlineData("fix-not-converging-el4002-repeated.md")]
    public void One_fix_run_reaches_a_fixed_point(string name)
    {
        using var h = new CliHarness();
        EnableLayoutRules(h);
        var path = CopyRepro(h, name);
        var (first, _, firstErr) = h.Run("lint", name, "--unsafe-fixes", "--format", "msbuild");
        Assert.Equal(0, first);
        Assert.Contains("fixed", firstErr, StringComparison.Ordinal);
        var once = File.ReadAllBytes(path);

        var (second, stdout, stderr) = h.Run("lint", name, "--unsafe-fixes", "--format", "msbuild");
        Assert.Equal(0, second);
        Assert.DoesNotContain("fixed", stderr, StringComparison.Ordinal);
        Assert.Equal(once, File.ReadAllBytes(path));
        Assert.DoesNotContain("= fix", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuzz_found_cycle_between_EL1010_and_EL2011_on_CR_only_lines_is_gone()
    {
        // EL1010 put a space before a marker at the start of a CR-only line; that indented a setext heading, which
        // EL2011 took out again: the file flipped between two texts on every run (found by bench/fuzz.sh).
        using var h = new CliHarness();
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.EL4001.severity = none\n");
        var path = CopyRepro(h, "fuzz-fix-cycle-el1010-el2011-cr-only.md");
        File.AppendAllText(h.PathOf(".editorconfig"), "dotnet_diagnostic.EL2010.severity = suggestion\ndotnet_diagnostic.EL2011.severity = suggestion\n");
        var (_, _, first) = h.Run("lint", "fuzz-fix-cycle-el1010-el2011-cr-only.md", "--unsafe-fixes");
        Assert.DoesNotContain("undo each other", first, StringComparison.Ordinal);
        var once = File.ReadAllBytes(path);
        var (_, _, second) = h.Run("lint", "fuzz-fix-cycle-el1010-el2011-cr-only.md", "--unsafe-fixes");
        Assert.DoesNotContain("fixed", second, StringComparison.Ordinal);
        Assert.Equal(once, File.ReadAllBytes(path));
    }

    [Fact]
    public void EL2010_fix_next_to_a_paragraph_separator_is_applied_once()
    {
        // "-", ">"U+2029, ">-": SourceText breaks lines at U+2029, Markdig does not. The fix used to add 40 bytes per run.
        using var h = new CliHarness();
        EnableLayoutRules(h);
        var path = CopyRepro(h, "fix-grows-el2010-u2029.md");
        h.Run("lint", "fix-grows-el2010-u2029.md", "--fix");
        Assert.Equal("-\n>\n>\u2029\n>-", File.ReadAllText(path));
        var (_, stdout, _) = h.Run("lint", "fix-grows-el2010-u2029.md", "--format", "msbuild");
        Assert.DoesNotContain("EL2010", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EL2011_does_not_see_an_indent_in_a_file_with_CR_only_line_endings()
    {
        using var h = new CliHarness();
        EnableLayoutRules(h);
        CopyRepro(h, "fix-phantom-el2011-cr-only.md");
        var (_, stdout, _) = h.Run("lint", "fix-phantom-el2011-cr-only.md", "--format", "msbuild");
        Assert.DoesNotContain("EL2011", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EL4002_fix_removes_every_repeat_of_a_chain_in_one_run()
    {
        using var h = new CliHarness();
        var path = CopyRepro(h, "fix-not-converging-el4002-repeated.md");
        var (_, _, stderr) = h.Run("lint", "fix-not-converging-el4002-repeated.md", "--unsafe-fixes"); // EL4002's fix needs review
        Assert.Contains("fixed", stderr, StringComparison.Ordinal);
        var after = File.ReadAllText(path);
        Assert.DoesNotContain("Turkey Turkey", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Türkiye Türkiye", after, StringComparison.Ordinal);
        var (_, stdout, _) = h.Run("lint", "fix-not-converging-el4002-repeated.md", "--format", "msbuild");
        Assert.DoesNotContain("EL4002", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_named_by_editorconfig_is_not_compiled_until_trusted()
    {
        using var h = new CliHarness();
        var folder = h.PathOf("project");
        CopyFolder(Repro("editorconfig-runs-plugin"), folder);
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        var marker = Path.Combine(folder, "plugin-ran.txt");

        var (exit, stdout, _) = h.Run("lint", "project/draft.md", "--format", "msbuild");
        Assert.Equal(0, exit);
        Assert.False(File.Exists(marker) || File.Exists(h.PathOf("plugin-ran.txt")), "the folder's C# ran without being trusted");
        // From the harness folder too: rules_path is read from the draft's own .editorconfig (issue 15), not from the
        // current folder's, so the untrusted folder is reported here as well.
        Assert.Contains("EL9011", stdout, StringComparison.Ordinal);

        // From inside the project, as the repro does.
        var (exit2, stdout2) = RunIn(h, folder, "lint", "draft.md", "--format", "msbuild");
        Assert.Equal(0, exit2);
        Assert.Contains("EL9011", stdout2, StringComparison.Ordinal);
        Assert.Contains("editorial-lint trust rules", stdout2, StringComparison.Ordinal);
        Assert.DoesNotContain("EL6106", stdout2, StringComparison.Ordinal);
        Assert.False(File.Exists(marker), "the folder's C# ran without being trusted");

        var (trusted, _) = RunIn(h, folder, "trust");
        Assert.Equal(0, trusted);

        // Trusted, it compiles; its file access is still a banned API until allowed.
        var (_, stdout3) = RunIn(h, folder, "lint", "draft.md", "--format", "msbuild");
        Assert.Contains("EL6106RunsOnLint.cs(18,14,18,26): error EL9001", stdout3, StringComparison.Ordinal);
        Assert.Contains("(file access)", stdout3, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
        var (_, stdout3b) = RunIn(h, folder, "lint", "draft.md", "--format", "msbuild", "--allow-plugin-apis");
        Assert.Contains("EL6106", stdout3b, StringComparison.Ordinal);
        Assert.True(File.Exists(marker));
        File.Delete(marker);

        // A change to the rules needs a new trust.
        File.AppendAllText(Path.Combine(folder, "rules", "EL6106RunsOnLint.cs"), "// changed\n");
        var (_, stdout4) = RunIn(h, folder, "lint", "draft.md", "--format", "msbuild");
        Assert.Contains("has changed since you trusted it", stdout4, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));

        // --rules is the user's own choice and needs no trust.
        var (_, stdout5) = RunIn(h, folder, "lint", "draft.md", "--format", "msbuild", "--rules", "rules", "--allow-plugin-apis");
        Assert.Contains("EL6106", stdout5, StringComparison.Ordinal);
    }

    private static (int Exit, string Out) RunIn(CliHarness h, string folder, params string[] args)
    {
        // The harness runs in its own folder; paths relative to the project go through a nested harness-like run.
        var relative = Path.GetRelativePath(h.Directory, folder);
        var (exit, stdout, _) = h.RunIn(relative, args);
        return (exit, stdout);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
            File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Symlink_loop_is_walked_once()
    {
        using var h = new CliHarness();
        h.Write("drafts/a/x.md", "# Title\n\nText.\n");
        File.CreateSymbolicLink(h.PathOf("drafts/a/up"), "..");
        File.CreateSymbolicLink(h.PathOf("drafts/a/again"), "../a");
        var (_, stdout, _) = h.Run("lint", "drafts", "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("files").GetInt32());
    }

    [Fact]
    public void Control_characters_from_file_names_and_drafts_do_not_reach_the_terminal()
    {
        using var h = new CliHarness();
        var name = "a\u001b[2Jb\u202e.md";
        h.Write(name, "# Title\n\nThe the \u001b]0;owned\u0007 talks.\n");
        foreach (var format in new[] { "msbuild", "pretty", "github" })
        {
            var (_, stdout, _) = h.Run("lint", name, "--format", format, "--no-color");
            Assert.Contains("EL4002", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', stdout);
            Assert.DoesNotContain('\u0007', stdout);
            Assert.DoesNotContain('\u202e', stdout);
            Assert.Contains("a\u241b[2Jb", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Messages_with_line_breaks_stay_on_one_msbuild_line()
    {
        Assert.Equal("one\u240atwo\u240d\u2424three\tfour", Reporting.Sanitizer.Text("one\ntwo\r\u2028three\tfour"));
        Assert.Equal("plain", Reporting.Sanitizer.Text("plain"));
    }

    [Fact]
    public void Report_that_cannot_be_written_ends_the_run_with_exit_2_and_a_message()
    {
        if (!File.Exists("/dev/full"))
        {
            return; // /dev/full gives "no space left on device" to every write: the full-disk case without a full disk
        }

        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\n" + string.Concat(Enumerable.Repeat("The the talks resumed.\n\n", 5000)));
        var (exit, _, stderr) = h.Run("lint", "a.md", "--format", "json", "--output", "/dev/full");
        Assert.Equal(2, exit);
        Assert.Contains("cannot write /dev/full", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_only_draft_is_not_rewritten_and_the_run_exits_2()
    {
        using var h = new CliHarness();
        var path = h.Write("a.md", "# Title\n\nThe the talks.\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var (exit, _, stderr) = h.Run("lint", "a.md", "--unsafe-fixes");
        Assert.Equal(2, exit);
        Assert.Contains("could not write a.md: it is read-only", stderr, StringComparison.Ordinal);
        Assert.Equal("# Title\n\nThe the talks.\n", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
    }

    [Fact]
    public void File_name_near_the_length_limit_can_be_fixed()
    {
        using var h = new CliHarness();
        var name = new string('n', 250) + ".md";
        var path = h.Write(name, "# Title\n\nThe the talks.\n");
        var (exit, _, stderr) = h.Run("lint", name, "--unsafe-fixes");
        Assert.Equal(0, exit);
        Assert.Contains("fixed 1 finding", stderr, StringComparison.Ordinal);
        Assert.Equal("# Title\n\nThe talks.\n", File.ReadAllText(path));
    }
}
