namespace EditorialLint.Cli.Tests;

/// <summary><c>editorial-lint config DRAFT</c>: the effective settings and the .editorconfig line behind each.</summary>
public class ConfigCommandTests
{
    private static string Row(string output, string id) =>
        output.Split('\n').Single(l => l.TrimStart().StartsWith(id + " ", StringComparison.Ordinal));

    [Fact]
    public void Shows_each_severity_with_the_line_that_set_it()
    {
        using var h = new CliHarness();
        h.Write(".editorconfig", string.Join('\n',
            "root = true",
            "",
            "[*.md]",
            "dotnet_analyzer_diagnostic.category-Spelling.severity = suggestion",
            "dotnet_diagnostic.house-term.severity = error",
            "",
            "[other/*.md]",
            "dotnet_diagnostic.house-term.severity = none",
            ""));
        h.Write("drafts/.editorconfig", "[*.md]\ndotnet_diagnostic.EL2007.severity = none # not for drafts\neditorial_lint.heading_case = sentence\n");

        var (exit, stdout, _) = h.Run("config", "drafts/a.md");
        Assert.Equal(0, exit);
        Assert.Contains("  drafts/.editorconfig\n  .editorconfig (root = true)\n", stdout, StringComparison.Ordinal);
        var el5001 = Row(stdout, "EL5001");
        Assert.Contains("house-term", el5001, StringComparison.Ordinal);
        Assert.Contains(" error ", el5001, StringComparison.Ordinal);
        Assert.Contains(".editorconfig:5 [*.md] dotnet_diagnostic.house-term.severity = error", el5001, StringComparison.Ordinal);
        var el4001 = Row(stdout, "EL4001");
        Assert.Contains(" suggestion ", el4001, StringComparison.Ordinal);
        Assert.Contains(".editorconfig:4 [*.md] dotnet_analyzer_diagnostic.category-Spelling.severity = suggestion", el4001, StringComparison.Ordinal);
        var el2007 = Row(stdout, "EL2007");
        Assert.Contains(" none ", el2007, StringComparison.Ordinal);
        Assert.Contains("drafts/.editorconfig:2 [*.md] dotnet_diagnostic.EL2007.severity = none", el2007, StringComparison.Ordinal);
        Assert.Contains("default (error)", Row(stdout, "EL3001"), StringComparison.Ordinal);
        Assert.Contains("editorial_lint.heading_case = sentence    [drafts/.editorconfig:3 [*.md] editorial_lint.heading_case = sentence]", stdout, StringComparison.Ordinal);

        // The [other/*.md] section applies only there, and wins there.
        var other = h.Run("config", "other/b.md").Out;
        Assert.Contains(".editorconfig:8 [other/*.md] dotnet_diagnostic.house-term.severity = none", Row(other, "EL5001"), StringComparison.Ordinal);
        Assert.Contains(" none ", Row(other, "EL5001"), StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_dictionaries_data_files_and_rule_folder()
    {
        using var h = new CliHarness();
        h.Write(".editorconfig", "root = true\n\n[*.md]\neditorial_lint.dictionaries = en_US, missing_xx\neditorial_lint.house_terms = terms.txt\n");
        h.Write("terms.txt", "Türkiye: Turkey\n");
        var (exit, stdout, _) = h.Run("config", "a.md", "--no-plugins");
        Assert.Equal(0, exit);
        Assert.Contains("Dictionaries [.editorconfig:4 [*.md] editorial_lint.dictionaries = en_US, missing_xx]:", stdout, StringComparison.Ordinal);
        Assert.Contains("  en_US: ", stdout, StringComparison.Ordinal);
        Assert.Contains("en_US.dic", stdout, StringComparison.Ordinal);
        Assert.Contains("  missing_xx: NOT FOUND (looked in ", stdout, StringComparison.Ordinal);
        Assert.Contains("  house_terms: terms.txt    [.editorconfig:5 [*.md] editorial_lint.house_terms = terms.txt]", stdout, StringComparison.Ordinal);
        Assert.Contains("  name_variants: ", stdout, StringComparison.Ordinal);
        Assert.Contains("[built-in]", stdout, StringComparison.Ordinal);
        Assert.Contains("Rule folder: none (--no-plugins)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_editorconfig_everything_is_default_and_bad_settings_are_problems()
    {
        using var h = new CliHarness();
        File.Delete(h.PathOf(".editorconfig"));
        h.Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.EL9999.severity = error\n");
        var (exit, stdout, _) = h.Run("config", "a.md");
        Assert.Equal(2, exit);
        Assert.Contains("Problems:", stdout, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.el9999.severity names no known rule", stdout, StringComparison.Ordinal);
        Assert.Contains("Rule folder: none (built-in rules only)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_option_key_is_shown_with_its_line_and_the_nearest_key_without_failing()
    {
        using var h = new CliHarness();
        File.Delete(h.PathOf(".editorconfig"));
        h.Write(".editorconfig", "root = true\n[*.md]\neditorial_lint.heading_cas = title\n");
        var (exit, stdout, _) = h.Run("config", "a.md");
        Assert.Equal(0, exit);
        Assert.Contains("(3): editorial_lint.heading_cas is not an option of EditorialLint or its rules; did you mean editorial_lint.heading_case?", stdout, StringComparison.Ordinal);
    }
}
