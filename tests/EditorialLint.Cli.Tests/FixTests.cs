using System.Text;

namespace EditorialLint.Cli.Tests;

/// <summary>--fix and --fix --dry-run, using EL4002 (repeated word), which needs no dictionary.</summary>
public class FixTests
{
    [Fact]
    public void Fix_rewrites_the_file_and_reports_what_remains()
    {
        using var h = new CliHarness();
        var path = h.Write("a.md", "# Title\n\nThe the talks resumed.\n");
        var (exit, stdout, stderr) = h.Run("lint", "a.md", "--unsafe-fixes");
        Assert.Equal(0, exit);
        Assert.Equal("# Title\n\nThe talks resumed.\n", File.ReadAllText(path));
        Assert.Contains("fixed 1 finding in a.md", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("EL4002", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "\r\n")]
    [InlineData(false, "\r\n")]
    [InlineData(true, "\n")]
    public void Fix_keeps_bom_and_line_endings(bool bom, string newline)
    {
        using var h = new CliHarness();
        var text = $"# Title{newline}{newline}A sign of{newline}of progress.{newline}";
        var bytes = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var path = h.WriteBytes("a.md", bytes);
        h.Run("lint", "a.md", "--unsafe-fixes");
        var after = File.ReadAllBytes(path);
        var expected = (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []).Concat(Encoding.UTF8.GetBytes($"# Title{newline}{newline}A sign of progress.{newline}")).ToArray();
        Assert.Equal(expected, after);
    }

    [Fact]
    public void Fix_keeps_utf16_encoding()
    {
        using var h = new CliHarness();
        var enc = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var path = h.WriteBytes("a.txt", [.. enc.GetPreamble(), .. enc.GetBytes("Title\n\nVučić said said it.\n")]);
        h.Run("lint", "a.txt", "--unsafe-fixes");
        Assert.Equal([.. enc.GetPreamble(), .. enc.GetBytes("Title\n\nVučić said it.\n")], File.ReadAllBytes(path));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var h = new CliHarness();
        var original = "# Title\n\nOne.\n\nThe the talks resumed.\n\nTwo.\n";
        var path = h.Write("a.md", original);
        var (exit, stdout, _) = h.Run("lint", "a.md", "--unsafe-fixes", "--dry-run", "--format", "msbuild");
        Assert.Equal(0, exit);
        Assert.Equal(original, File.ReadAllText(path));
        Assert.Contains("--- a/a.md\n+++ b/a.md\n@@ -2,6 +2,6 @@\n \n One.\n \n-The the talks resumed.\n+The talks resumed.\n \n Two.\n", stdout, StringComparison.Ordinal);
        Assert.Contains("a.md(5,5,5,8): warning EL4002", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_leaves_no_temporary_files()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nThe the talks.\n");
        h.Run("lint", "a.md", "--unsafe-fixes");
        Assert.Equal(["a.md"], Directory.GetFiles(h.Directory).Select(Path.GetFileName).Where(n => n != ".editorconfig"));
    }

    [Fact]
    public void Fix_applies_safe_fixes_only_and_says_what_needs_review()
    {
        using var h = new CliHarness();
        var path = h.Write("a.md", "# Title\n\nThe \uFB01rst talks resumed and and ended.\n");
        var (exit, stdout, stderr) = h.Run("lint", "a.md", "--fix");
        Assert.Equal(0, exit);
        Assert.Equal("# Title\n\nThe first talks resumed and and ended.\n", File.ReadAllText(path));
        Assert.Contains("fixed 1 finding in a.md", stderr, StringComparison.Ordinal);
        Assert.Contains("EL4002", stdout, StringComparison.Ordinal);
        Assert.Contains("1 more with --unsafe-fixes", stdout, StringComparison.Ordinal);

        h.Run("lint", "a.md", "--unsafe-fixes");
        Assert.Equal("# Title\n\nThe first talks resumed and ended.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Json_says_whether_a_fix_is_safe()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nThe \uFB01rst talks resumed and and ended.\n");
        var (_, stdout, _) = h.Run("lint", "a.md", "--format", "json");
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var safety = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("fix").GetProperty("safety").GetString());
        Assert.Equal("safe", safety["EL3009"]);
        Assert.Equal("review", safety["EL4002"]);
    }
}
