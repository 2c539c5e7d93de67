namespace EditorialLint.Cli.Tests;

/// <summary>--color, excerpts that fit the terminal, --fix --dry-run's word diff, exit code and summary.</summary>
public class TerminalTests
{
    private const string Esc = "\u001b[";

    [Fact]
    public void Color_always_colours_even_when_redirected_and_never_does_not()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nPresident Erdo\uFFFDan spoke.\n");
        var always = h.Run("lint", "a.md", "--color", "always");
        Assert.Contains($"{Esc}31;1merror{Esc}0m EL3001", always.Out, StringComparison.Ordinal);
        var never = h.Run("lint", "a.md", "--color", "never");
        Assert.DoesNotContain(Esc, never.Out, StringComparison.Ordinal);
        var auto = h.Run("lint", "a.md"); // captured output is not a terminal
        Assert.DoesNotContain(Esc, auto.Out, StringComparison.Ordinal);
        Assert.Equal(2, h.Run("lint", "a.md", "--color", "sometimes").Exit);
    }

    [Fact]
    public void Excerpts_fit_the_terminal_width()
    {
        using var h = new CliHarness();
        var line = string.Concat(Enumerable.Repeat("Ankara and Belgrade agreed. ", 10)) + "Turkey signed. " + string.Concat(Enumerable.Repeat("Then more text came. ", 10));
        h.Write("a.md", "# Title\n\n" + line + "\n");
        foreach (var columns in new[] { 60, 80, 200 })
        {
            var (_, stdout, _) = h.RunWith(null, new Dictionary<string, string?> { ["COLUMNS"] = columns.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "lint", "a.md", "--no-color");
            var lines = stdout.Split('\n');
            var excerpt = lines.Single(l => l.StartsWith("    3 | ", StringComparison.Ordinal));
            var caret = lines.Single(l => l.StartsWith("      | ", StringComparison.Ordinal) && l.Contains('^', StringComparison.Ordinal));
            Assert.True(excerpt.Length <= columns, $"{excerpt.Length} > {columns}: {excerpt}");
            Assert.Contains("Turkey", excerpt, StringComparison.Ordinal);

            // The carets stand under "Turkey" whatever the window.
            var at = caret.IndexOf('^', StringComparison.Ordinal);
            Assert.Equal("Turkey", excerpt.Substring(at, 6));
        }
    }

    [Fact]
    public void Excerpts_count_wide_characters_as_two_columns()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\n" + new string('漢', 60) + " Turkey " + new string('字', 60) + "\n");
        var (_, stdout, _) = h.RunWith(null, new Dictionary<string, string?> { ["COLUMNS"] = "70" }, "lint", "a.md", "--no-color");
        var excerpt = stdout.Split('\n').Single(l => l.StartsWith("    3 | ", StringComparison.Ordinal));
        Assert.True(EditorialLint.Cli.Reporting.PrettyReporter.DisplayWidth(excerpt) <= 70, excerpt);
    }

    [Fact]
    public void Dry_run_highlights_changed_words_in_colour()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nThe the talks resumed in Ankara.\n");
        var (exit, stdout, _) = h.Run("lint", "a.md", "--unsafe-fixes", "--dry-run", "--color", "always");
        Assert.Equal(0, exit);
        Assert.Contains($"{Esc}31m-The {Esc}7mthe {Esc}27mtalks resumed in Ankara.{Esc}0m", stdout, StringComparison.Ordinal);
        Assert.Contains($"{Esc}32m+The talks resumed in Ankara.{Esc}0m", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Dry_run_exits_0_when_every_error_would_be_fixed_and_says_how_many()
    {
        using var h = new CliHarness();
        var path = h.Write("a.md", "# Title\n\nThe talks in TÃ¼rkiye resumed.\n");
        var plain = h.Run("lint", "a.md", "--no-color");
        Assert.Equal(1, plain.Exit);
        Assert.Contains("1 error, 0 warnings in 1 file (1 can be fixed with --fix)", plain.Out, StringComparison.Ordinal);

        var (exit, stdout, _) = h.Run("lint", "a.md", "--fix", "--dry-run", "--no-color");
        Assert.Equal(0, exit);
        Assert.Contains("-The talks in TÃ¼rkiye resumed.\n+The talks in Türkiye resumed.\n", stdout, StringComparison.Ordinal);
        Assert.Contains("1 error, 0 warnings in 1 file (--fix would remove 1 finding)", stdout, StringComparison.Ordinal);
        Assert.Equal("# Title\n\nThe talks in TÃ¼rkiye resumed.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Dry_run_still_exits_1_when_an_error_has_no_fix()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nThe talks in TÃ¼rkiye resumed. Erdo\uFFFDan spoke.\n");
        var (exit, stdout, _) = h.Run("lint", "a.md", "--fix", "--dry-run", "--no-color");
        Assert.Equal(1, exit);
        Assert.Contains("2 errors, 0 warnings in 1 file (--fix would remove 1 finding)", stdout, StringComparison.Ordinal);
    }
}
