namespace EditorialLint.Cli.Tests;

/// <summary>`explain` and `rules` on plugin rules (issue 18, part 5): the rule's own page and its declared fix safety.</summary>
public sealed class PluginDocsTests
{
    [Theory]
    [InlineData("EL6001PlaceholderText.md", true)]
    [InlineData("EL6001PlaceholderText.test.md", false)]
    [InlineData("EL6001PlaceholderText.fixed.md", false)]
    [InlineData("EL6002Notes.ok.test.md", false)]
    [InlineData("ELxxxxNotes.md", false)]
    [InlineData("EL6001.md", false)]
    public void Only_rule_pages_are_doc_pages(string name, bool page) => Assert.Equal(page, RuleSetup.IsDocPage(name));

    [Fact]
    public void Explain_prints_a_plugins_page_not_its_fixture_and_rules_shows_its_declared_fix()
    {
        using var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        Assert.Equal(0, h.Run("new-rule", "Placeholder Text").Exit);
        // A fixture and an expected draft sort after the page: they used to replace it.
        h.Write("rules/EL6001PlaceholderText.fixed.md", "# A Test Draft\n\nThis paragraph still has  in it.\n\nThis one is clean.\n");
        var explain = h.Run("explain", "EL6001", "--rules", "rules");
        Assert.Equal(0, explain.Exit);
        Assert.StartsWith("# EL6001: Placeholder text", explain.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("{|EL6001", explain.Out, StringComparison.Ordinal);

        var rules = h.Run("rules", "--rules", "rules");
        Assert.Matches(@"EL6001\s+placeholder-text\s+Custom\s+warning\s+review\s+Placeholder text", rules.Out);
    }

    [Fact]
    public void A_plugin_without_a_page_is_explained_from_its_descriptor_with_its_fix_safety()
    {
        using var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        Assert.Equal(0, h.Run("new-rule", "Placeholder Text").Exit);
        File.Delete(h.PathOf("rules/EL6001PlaceholderText.md"));
        var explain = h.Run("explain", "placeholder-text", "--rules", "rules");
        Assert.Equal(0, explain.Exit);
        Assert.Equal("# EL6001: Placeholder text\n\nPlaceholder text.\n\nFix: review\n", explain.Out.ReplaceLineEndings("\n"));
    }
}
