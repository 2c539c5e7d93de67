using System.IO.Compression;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// A rule pack's data (issue 18, part 4; docs/rule-packs.md): the word lists and house terms in its
/// <c>dictionaries/</c> folder count for the drafts whose .editorconfig names the pack, folder or NuGet package alike.
/// </summary>
public sealed class PackDataTests
{
    private const string Draft = "# Draft\n\nThe zorblaxian report by Blorptin was late. We met at Flobber today.\n";
    private const string UnknownWord = "draft.md(3,5,3,15): warning EL4001: Unknown word 'zorblaxian'";
    private const string UnknownName = "draft.md(3,26,3,34): info EL4004: Unknown name 'Blorptin'";
    private const string HouseTerm = "draft.md(3,55,3,62): warning EL5001: House style is 'Flibber', not 'Flobber'";

    private static CliHarness NewHarness()
    {
        var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        h.Write("draft.md", Draft);
        return h;
    }

    /// <summary>A data-only pack: a manifest and a dictionaries/ folder with a word list, a name list and a house term.</summary>
    private static void WritePack(CliHarness h, string folder, string houseTerms = "Flibber | Flobber\n")
    {
        h.Write(folder + "/pack.json", "{ \"name\": \"Desk.Words\", \"version\": \"1.0.0\" }\n");
        h.Write(folder + "/dictionaries/desk.words", "# the desk's words\nzorblaxian\n");
        h.Write(folder + "/dictionaries/names.dic", "1\nBlorptin/M\n");
        h.Write(folder + "/dictionaries/house-terms.txt", houseTerms);
    }

    [Fact]
    public void A_packs_table_of_misspellings_adds_its_entries_with_their_fix()
    {
        using var h = NewHarness();
        h.Write("draft.md", "# Draft\n\nThe recieve and the governmint were late.\n");
        WritePack(h, "packs/desk");
        h.Write("packs/desk/dictionaries/desk-misspellings.tsv", "# the desk's slips\ngovernmint\tgovernment\nrecieve\treprieve\n");
        Assert.Contains("Unknown word 'governmint'; did you mean", Lint(h), StringComparison.Ordinal);

        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/desk\n");
        var run = Lint(h);
        Assert.Contains("draft.md(3,21,3,31): warning EL4001: Unknown word 'governmint'; a common misspelling of 'government'", run, StringComparison.Ordinal);
        // the shipped table lists "recieve" already: its correction counts
        Assert.Contains("Unknown word 'recieve'; a common misspelling of 'receive'", run, StringComparison.Ordinal);
        h.Run("lint", "draft.md", "--unsafe-fixes");
        Assert.Equal("# Draft\n\nThe receive and the government were late.\n", File.ReadAllText(h.PathOf("draft.md")));
    }

    private static string Lint(CliHarness h, params string[] extra) => h.Run(["lint", "draft.md", "--format", "msbuild", .. extra]).Out;

    [Fact]
    public void A_folder_packs_word_lists_make_unknown_words_known_without_trust()
    {
        using var h = NewHarness();
        WritePack(h, "packs/desk");
        var before = Lint(h);
        Assert.Contains(UnknownWord, before, StringComparison.Ordinal);
        Assert.Contains(UnknownName, before, StringComparison.Ordinal);
        Assert.DoesNotContain("EL5001", before, StringComparison.Ordinal);

        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/desk\n");
        var after = Lint(h);
        Assert.DoesNotContain("zorblaxian", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Blorptin", after, StringComparison.Ordinal);
        Assert.Contains(HouseTerm, after, StringComparison.Ordinal);
        Assert.DoesNotContain("EL9011", after, StringComparison.Ordinal); // data needs no trust

        // Data, not code: --no-plugins keeps it; dictionaries = none still turns spelling off.
        Assert.Contains(HouseTerm, Lint(h, "--no-plugins"), StringComparison.Ordinal);
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/desk\neditorial_lint.dictionaries = none\n");
        Assert.DoesNotContain("EL400", Lint(h), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_folders_with_the_same_dictionaries_but_different_packs_get_their_own_checker()
    {
        using var h = NewHarness();
        WritePack(h, "packs/desk");
        h.Write("a/.editorconfig", "root = true\n[*]\neditorial_lint.packs = ../packs/desk\n");
        h.Write("b/.editorconfig", "root = true\n[*]\n");
        h.Write("a/draft.md", Draft);
        h.Write("b/draft.md", Draft);
        var run = h.Run("lint", "a/draft.md", "b/draft.md", "--format", "msbuild").Out;
        Assert.DoesNotContain("a/draft.md(3,5,3,15): warning EL4001", run, StringComparison.Ordinal);
        Assert.Contains("b/draft.md(3,5,3,15): warning EL4001", run, StringComparison.Ordinal);
        Assert.Contains("a/draft.md(3,55,3,62): warning EL5001", run, StringComparison.Ordinal);
        Assert.DoesNotContain("b/draft.md(3,55,3,62): warning EL5001", run, StringComparison.Ordinal);
    }

    [Fact]
    public void A_packs_house_term_is_fixed_with_unsafe_fixes()
    {
        using var h = NewHarness();
        WritePack(h, "packs/desk");
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/desk\n");
        h.Run("lint", "draft.md", "--unsafe-fixes");
        Assert.Contains("We met at Flibber today.", File.ReadAllText(h.PathOf("draft.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_drafts_own_house_terms_win_over_a_pack_and_a_pack_over_the_shipped_list()
    {
        using var h = NewHarness();
        WritePack(h, "packs/desk", "Flibber | Flobber\nTurkey | Türkiye\n");
        h.Write("draft.md", "# Draft\n\nWe met at Flobber in Türkiye.\n");
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/desk\n");
        var pack = Lint(h);
        Assert.Contains("House style is 'Flibber', not 'Flobber'", pack, StringComparison.Ordinal);
        Assert.Contains("House style is 'Turkey', not 'Türkiye'", pack, StringComparison.Ordinal); // the pack overrides the shipped Türkiye

        h.Write("terms.txt", "Flabber | Flobber\n");
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/desk\neditorial_lint.house_terms = terms.txt\n");
        var own = Lint(h);
        Assert.Contains("House style is 'Flabber', not 'Flobber'", own, StringComparison.Ordinal);
        Assert.DoesNotContain("'Flibber'", own, StringComparison.Ordinal);
        Assert.Contains("House style is 'Turkey', not 'Türkiye'", own, StringComparison.Ordinal); // no conflict: the pack's term stays
    }

    [Fact]
    public void A_bad_line_in_a_packs_house_terms_is_reported_at_its_line_and_the_good_lines_still_count()
    {
        using var h = NewHarness();
        WritePack(h, "packs/desk", "# desk terms\nFlibber | Flobber\nNoRejectedForm\n | orphan\n");
        h.Write("packs/desk/dictionaries/us-uk-variants.txt", "color\tcolour\ncenter centre\n");
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/desk\n");
        var run = h.Run("lint", "draft.md", "--format", "msbuild");
        Assert.Equal(2, run.Exit);
        Assert.Contains("packs/desk/dictionaries/house-terms.txt(3,1,3,15): error EL9004: a house term needs the forms it replaces", run.Out, StringComparison.Ordinal);
        Assert.Contains("packs/desk/dictionaries/house-terms.txt(4,1,4,10): error EL9004: a house term needs its preferred form", run.Out, StringComparison.Ordinal);
        Assert.Contains("packs/desk/dictionaries/us-uk-variants.txt(2,1,2,14): error EL9004: a US/UK line needs", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("house-terms.txt(2,", run.Out, StringComparison.Ordinal);
        Assert.Contains(HouseTerm, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nupkg_pack_adds_its_data_by_path_and_by_id_and_version()
    {
        using var h = NewHarness();
        WritePack(h, "src/desk");
        Directory.CreateDirectory(h.PathOf("feed"));
        ZipFile.CreateFromDirectory(h.PathOf("src/desk"), h.PathOf("feed/Desk.Words.1.0.0.nupkg"));
        Directory.Delete(h.PathOf("src"), recursive: true);

        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = feed/Desk.Words.1.0.0.nupkg\n");
        var byPath = Lint(h);
        Assert.Contains(HouseTerm, byPath, StringComparison.Ordinal);
        Assert.DoesNotContain("zorblaxian", byPath, StringComparison.Ordinal);

        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.pack_sources = feed\neditorial_lint.packs = Desk.Words@1.0.0\n");
        var byId = Lint(h);
        Assert.Contains(HouseTerm, byId, StringComparison.Ordinal);
        Assert.DoesNotContain("Blorptin", byId, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_names_the_packs_word_lists_and_data_files()
    {
        using var h = NewHarness();
        WritePack(h, "packs/desk");
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/desk\n");
        var config = h.Run("config", "draft.md");
        Assert.True(config.Exit == 0, config.Out + config.Err);
        Assert.Contains("  names.dic: packs/desk/dictionaries/names.dic    [pack Desk.Words 1.0.0]\n", config.Out, StringComparison.Ordinal);
        Assert.Contains("  desk.words: packs/desk/dictionaries/desk.words    [pack Desk.Words 1.0.0]\n", config.Out, StringComparison.Ordinal);
        Assert.Contains("  house_terms: + packs/desk/dictionaries/house-terms.txt    [pack Desk.Words 1.0.0]\n", config.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("name_variants: +", config.Out, StringComparison.Ordinal);
    }
}
