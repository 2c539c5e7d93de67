using System.Text;
using System.Text.Json;

namespace EditorialLint.Cli.Tests;

public class LintCommandTests
{
    private const string Damaged = "# Title\n\nPresident Erdo\uFFFDan spoke.\n";

    [Fact]
    public void Clean_draft_exits_0()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nA clean paragraph.\n");
        var (exit, stdout, _) = h.Run("lint", "a.md");
        Assert.Equal(0, exit);
        Assert.Contains("0 errors, 0 warnings in 1 file", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_finding_exits_1_and_pretty_shows_line_and_caret()
    {
        using var h = new CliHarness();
        h.Write("a.md", Damaged);
        var (exit, stdout, _) = h.Run("lint", "a.md", "--no-color");
        Assert.Equal(1, exit);
        Assert.Contains("a.md:3:15: error EL3001:", stdout, StringComparison.Ordinal);
        Assert.Contains("    3 | President Erdo\uFFFDan spoke.", stdout, StringComparison.Ordinal);
        Assert.Contains("      |               ^\n", stdout.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("1 error, 0 warnings in 1 file", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_exits_2_with_message_and_lints_the_rest()
    {
        using var h = new CliHarness();
        h.Write("a.md", Damaged);
        var (exit, stdout, _) = h.Run("lint", "a.md", "missing.md", "--no-color");
        Assert.Equal(2, exit);

        // The missing path is a diagnostic in the report (EL9012), not a line on standard error (issue 15).
        Assert.Contains("missing.md:1:1: error EL9012: path not found: missing.md", stdout, StringComparison.Ordinal);
        Assert.Contains("EL3001", stdout, StringComparison.Ordinal);
        var json = JsonDocument.Parse(h.Run("lint", "a.md", "missing.md", "--format", "json").Out).RootElement.GetProperty("diagnostics");
        Assert.Contains(json.EnumerateArray(), d => d.GetProperty("id").GetString() == "EL9012" && d.GetProperty("path").GetString() == "missing.md");
    }

    [Fact]
    public void Unknown_option_and_bad_format_are_usage_errors()
    {
        using var h = new CliHarness();
        h.Write("a.md", "x\n");
        Assert.Equal(2, h.Run("lint", "a.md", "--format", "xml").Exit);
        Assert.Equal(2, h.Run("lint", "a.md", "--bogus").Exit);
        Assert.Equal(2, h.Run("lint").Exit);
        Assert.Equal(2, h.Run("lint", "a.md", "--dry-run").Exit);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_byte_offset_and_exit_2()
    {
        using var h = new CliHarness();
        h.WriteBytes("bad.txt", [.. Encoding.UTF8.GetBytes("Hello "), 0xFF, .. Encoding.UTF8.GetBytes(" world\n")]);
        var (exit, stdout, _) = h.Run("lint", "bad.txt", "--no-color");
        Assert.Equal(2, exit);
        Assert.Contains("EL9003", stdout, StringComparison.Ordinal);
        Assert.Contains("byte offset 6", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file_is_skipped_with_a_warning()
    {
        using var h = new CliHarness();
        h.WriteBytes("image.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var (exit, stdout, _) = h.Run("lint", "image.md");
        Assert.Equal(0, exit);
        Assert.Contains("warning EL9005", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_a_suggestion_not_an_error()
    {
        using var h = new CliHarness();
        h.Write("empty.md", string.Empty);
        var (exit, stdout, _) = h.Run("lint", "empty.md");
        Assert.Equal(0, exit);
        Assert.Contains("EL9007", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_follows_the_contract()
    {
        using var h = new CliHarness();
        h.Write("a.md", Damaged);
        var (exit, stdout, _) = h.Run("lint", "a.md", "--format", "json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(1, root.GetProperty("files").GetInt32());
        var d = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("EL3001", d.GetProperty("id").GetString());
        Assert.Equal("error", d.GetProperty("severity").GetString());
        Assert.Equal("a.md", d.GetProperty("path").GetString());
        Assert.Equal(3, d.GetProperty("line").GetInt32());
        Assert.Equal(15, d.GetProperty("column").GetInt32());
        Assert.Equal(3, d.GetProperty("endLine").GetInt32());
        Assert.Equal(16, d.GetProperty("endColumn").GetInt32());
        Assert.False(d.TryGetProperty("fix", out _));
    }

    [Fact]
    public void Json_columns_count_utf16_code_units()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# T\n\n\U0001F600 x\uFFFD\n");
        var (_, stdout, _) = h.Run("lint", "a.md", "--format", "json");
        var d = JsonDocument.Parse(stdout).RootElement.GetProperty("diagnostics")[0];
        Assert.Equal(5, d.GetProperty("column").GetInt32()); // emoji = 2 code units, space, x
    }

    [Fact]
    public void Output_file_is_written_and_summary_goes_to_stderr()
    {
        using var h = new CliHarness();
        h.Write("a.md", Damaged);
        var (exit, stdout, stderr) = h.Run("lint", "a.md", "--format", "json", "--output", "report.json");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("1 error", stderr, StringComparison.Ordinal);
        Assert.Contains("\"EL3001\"", File.ReadAllText(h.PathOf("report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Msbuild_and_github_formats()
    {
        using var h = new CliHarness();
        h.Write("a.md", Damaged);
        Assert.Contains("a.md(3,15,3,16): error EL3001: ", h.Run("lint", "a.md", "--format", "msbuild").Out, StringComparison.Ordinal);
        Assert.Contains("::error file=a.md,line=3,col=15,endLine=3,endColumn=16,title=EL3001 Replacement character::", h.Run("lint", "a.md", "--format", "github").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_severity_by_id_alias_and_category()
    {
        using var h = new CliHarness();
        h.Write("a.md", Damaged);
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.EL3001.severity = warning\n");
        Assert.Equal(0, h.Run("lint", "a.md").Exit);
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n[*.md]\ndotnet_diagnostic.replacement-character.severity = none\n");
        Assert.Contains("0 errors, 0 warnings", h.Run("lint", "a.md").Out, StringComparison.Ordinal);
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n[*.md]\ndotnet_analyzer_diagnostic.category-Characters.severity = suggestion\n");
        var r = h.Run("lint", "a.md");
        Assert.Equal(0, r.Exit);
        Assert.Contains("1 suggestion", r.Out, StringComparison.Ordinal);

        // The id-specific setting wins over the category one.
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n[*.md]\ndotnet_analyzer_diagnostic.category-Characters.severity = none\ndotnet_diagnostic.EL3001.severity = error\n");
        Assert.Equal(1, h.Run("lint", "a.md").Exit);
    }

    [Fact]
    public void Configuration_problems_are_in_the_json_once_at_the_editorconfig_line()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# T\n\nFine.\n");
        h.Write("b.md", "# T\n\nFine.\n");
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n[*.md]\ndotnet_analyzer_diagnostic.category-Characters.severity = loud\neditorial_lint.dictionaries = en_US, nosuch\n");
        var r = h.Run("lint", "a.md", "b.md", "--format", "json");
        Assert.Equal(2, r.Exit);
        var problems = JsonDocument.Parse(r.Out).RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("id").GetString() == "EL9004").ToList();
        Assert.Equal(2, problems.Count); // not one per draft, and never at line 1 of a draft
        Assert.All(problems, p => Assert.Equal(".editorconfig", p.GetProperty("path").GetString()));
        Assert.Equal([3, 4], problems.Select(p => p.GetProperty("line").GetInt32()).Order());
        Assert.Contains(problems, p => p.GetProperty("message").GetString()!.StartsWith("dictionary 'nosuch' not found", StringComparison.Ordinal));
        Assert.DoesNotContain("nosuch", r.Err, StringComparison.Ordinal); // one channel: the report
    }

    [Fact]
    public void Rules_path_is_read_from_each_drafts_editorconfig_relative_to_it()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# T\n\nFine.\n");
        h.Write("project/draft.md", "# T\n\nFine.\n");
        File.WriteAllText(h.PathOf("project/.editorconfig"), "root = true\n[*.md]\neditorial_lint.rules_path = no-such-rules\n");
        var r = h.Run("lint", "a.md", "project/draft.md", "--format", "msbuild");
        Assert.Equal(2, r.Exit);
        Assert.Contains("(3,1,3,", r.Out, StringComparison.Ordinal);
        Assert.Contains("error EL9004: rules folder not found: " + h.PathOf("project/no-such-rules"), r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_severity_in_editorconfig_is_a_configuration_error()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# T\n\nFine.\n");
        File.WriteAllText(h.PathOf(".editorconfig"), "root = true\n[*.md]\ndotnet_analyzer_diagnostic.category-Characters.severity = loud\n");
        var r = h.Run("lint", "a.md");
        Assert.Equal(2, r.Exit);
        Assert.Contains("EL9004", r.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- editorial-lint-disable-next-line EL3001 -->\nPresident Erdo\uFFFDan spoke.\n", 0)]
    [InlineData("<!-- editorial-lint-disable-next-line replacement-character -->\nPresident Erdo\uFFFDan spoke.\n", 0)]
    [InlineData("President Erdo\uFFFDan spoke. <!-- editorial-lint-disable-line -->\n", 0)]
    [InlineData("<!-- editorial-lint-disable -->\nErdo\uFFFDan.\n<!-- editorial-lint-enable -->\n\nErdo\uFFFDan again.\n", 1)]
    [InlineData("<!-- editorial-lint-disable-file EL3001 -->\nErdo\uFFFDan.\n\nErdo\uFFFDan again.\n", 0)]
    [InlineData("<!-- editorial-lint-disable-next-line EL1001 -->\nPresident Erdo\uFFFDan spoke.\n", 1)]
    public void Inline_suppressions(string body, int expectedErrors)
    {
        using var h = new CliHarness();
        h.Write("a.md", "# T\n\n" + body);
        var (_, stdout, _) = h.Run("lint", "a.md", "--format", "json");
        var diagnostics = JsonDocument.Parse(stdout).RootElement.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("id").GetString() == "EL3001");
        Assert.Equal(expectedErrors, diagnostics.Count());
    }

    [Fact]
    public void A_suppression_comment_with_many_unknown_names_is_one_finding()
    {
        // a comment left open swallows the prose after it: one finding for the comment, not one per word (fuzz repro)
        using var h = new CliHarness();
        h.Write("a.md", "# T\n\n<!-- editorial-lint-disable-file EL4002, A New Phase in Relations between two old partners\n\nMore text here.\n");
        var (_, stdout, _) = h.Run("lint", "a.md", "--format", "msbuild");
        var lines = stdout.Split('\n').Where(l => l.Contains("EL9004", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.Contains("Suppression comment names 'A', 'New', 'Phase', 'in', 'Relations' and ", line, StringComparison.Ordinal);
        Assert.Contains(" more, which are no known rule ids or aliases", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_id_in_suppression_is_reported()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# T\n\n<!-- editorial-lint-disable-next-line EL0000 -->\nText.\n");
        var (_, stdout, _) = h.Run("lint", "a.md");
        Assert.Contains("EL0000", stdout, StringComparison.Ordinal);
        Assert.Contains("warning EL9004", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_searched_recursively_for_drafts()
    {
        using var h = new CliHarness();
        h.Write("drafts/a.md", "# A\n\nText.\n");
        h.Write("drafts/sub/b.txt", "B\n\nText.\n");
        h.Write("drafts/notes.docx.bak", "ignored");
        h.Write("drafts/node_modules/c.md", "# C\n");
        var (_, stdout, _) = h.Run("lint", "drafts");
        Assert.Contains("in 2 files", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_lists_every_rule_and_explain_prints_the_doc()
    {
        using var h = new CliHarness();
        var rules = h.Run("rules");
        Assert.Equal(0, rules.Exit);
        Assert.Contains("EL3001  replacement-character", rules.Out, StringComparison.Ordinal);
        var explain = h.Run("explain", "replacement-character");
        Assert.Equal(0, explain.Exit);
        Assert.StartsWith("# EL3001: Replacement character", explain.Out, StringComparison.Ordinal);
        var unknown = h.Run("explain", "EL3010x");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("Did you mean", unknown.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_and_explain_print_the_options_declared_in_code()
    {
        using var h = new CliHarness();
        var rules = h.Run("rules");
        var title = rules.Out.Split('\n').Single(l => l.StartsWith("editorial_lint.title_level ", StringComparison.Ordinal));
        Assert.Matches(@"^editorial_lint\.title_level +int +1 +EL2002,EL2003,EL2008,EL2009 +The heading level", title);
        Assert.Contains(rules.Out.Split('\n'), l => l.StartsWith("editorial_lint.rules_path ", StringComparison.Ordinal) && l.Contains("(engine)", StringComparison.Ordinal));
        var explain = h.Run("explain", "heading-capitalisation");
        Assert.Equal(0, explain.Exit);
        Assert.Contains("\n## Options\n| Option | Type | Default | Description |\n| --- | --- | --- | --- |\n| `editorial_lint.heading_case` | `auto` \\| `title` \\| `sentence` | `auto` |", explain.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("| `editorial_lint.title_level` | int | `1` |", explain.Out, StringComparison.Ordinal);
        var none = h.Run("explain", "EL3001");
        Assert.DoesNotContain("## Options", none.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_seed_lost_possessive_apostrophes_are_all_found_with_the_clean_texts_possessives()
    {
        var corpus = Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "..", "shared", "corpus");
        var clean = File.ReadAllText(Path.Combine(corpus, "commentary-2026-14.clean.md"));
        using var h = new CliHarness();
        h.WriteBytes("raw.txt", File.ReadAllBytes(Path.Combine(corpus, "commentary-2026-14.raw.txt")));
        var (_, stdout, _) = h.Run("lint", "raw.txt", "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var found = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "EL4003")
            .Select(d => d.GetProperty("message").GetString()!)
            .ToList();

        // The raw seed lost 19 possessive apostrophes (Türkiyes, Vučićs, EUs, the European Unions ...).
        Assert.Equal(19, found.Count);
        foreach (var message in found)
        {
            // "'Türkiyes' looks like the possessive 'Türkiye’s' ...": the possessive must be the clean text's
            var possessive = message.Split('\'')[3];
            Assert.Contains(possessive, clean, StringComparison.Ordinal);
        }

        Assert.Contains(found, m => m.Contains("'Union’s'", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_dictionaries_accept_either_spelling_standard_and_still_catch_typos()
    {
        using var h = new CliHarness();
        h.Write("uk.md", "# Title\n\nThe talks were organised around the behaviour of the centre, and the goverment agreed.\n");
        var (_, stdout, _) = h.Run("lint", "uk.md", "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var unknown = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "EL4001")
            .Select(d => d.GetProperty("message").GetString()!).ToList();
        var only = Assert.Single(unknown);
        Assert.StartsWith("Unknown word 'goverment'", only, StringComparison.Ordinal);
    }
}
