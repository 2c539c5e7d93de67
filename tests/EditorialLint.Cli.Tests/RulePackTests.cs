namespace EditorialLint.Cli.Tests;

/// <summary>Rule packs (issue 18, part 4; docs/rule-packs.md): folders and NuGet packages named in .editorconfig.</summary>
public sealed class RulePackTests
{
    private const string Draft = "# Draft\n\nStill lorem ipsum here.\n";
    private const string Finding = "draft.md(3,7,3,18): warning EL6001";
    private const string PackHouseTerm = "draft.md(3,1,3,6): warning EL5001: House style is 'Yet', not 'Still'";

    private static CliHarness NewHarness()
    {
        var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        h.Write("draft.md", Draft);
        return h;
    }

    [Fact]
    public void New_pack_scaffolds_a_manifest_a_rule_and_a_nuget_project()
    {
        using var h = NewHarness();
        var made = h.Run("new-pack", "House.Rules");
        Assert.True(made.Exit == 0, made.Out + made.Err);
        var manifest = PackManifest.Read(h.PathOf("packs/House.Rules"), out var error);
        Assert.True(manifest is not null, error);
        Assert.Equal(("House.Rules", "0.1.0"), (manifest.Name, manifest.Version));
        Assert.Equal(Packs.ToolVersion.ToString(3), manifest.MinToolVersion);
        Assert.True(File.Exists(h.PathOf("packs/House.Rules/House.Rules.csproj")));
        Assert.True(File.Exists(h.PathOf("packs/House.Rules/rules/EL6001PlaceholderText.cs")));
        Assert.True(File.Exists(h.PathOf("packs/House.Rules/rules/rules.csproj")));
        Assert.True(File.Exists(h.PathOf("packs/House.Rules/dictionaries/house.words")));
        Assert.True(File.Exists(h.PathOf("packs/House.Rules/dictionaries/house-terms.txt")));
        Assert.Equal(2, h.Run("new-pack", "House.Rules").Exit); // not over an existing pack
        Assert.Equal(2, h.Run("new-pack", "../escape").Exit);
    }

    [Fact]
    public void A_folder_pack_runs_once_trusted_like_any_rules_folder()
    {
        using var h = NewHarness();
        Assert.Equal(0, h.Run("new-pack", "House.Rules").Exit);
        Assert.DoesNotContain("EL6001", h.Run("lint", "draft.md", "--format", "msbuild").Out, StringComparison.Ordinal);

        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/House.Rules\n");
        var untrusted = h.Run("lint", "draft.md", "--format", "msbuild");
        Assert.Contains("EL9011", untrusted.Out, StringComparison.Ordinal);
        Assert.Contains("of pack House.Rules 0.1.0", untrusted.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Finding, untrusted.Out, StringComparison.Ordinal);

        var trusted = h.Run("trust");
        Assert.True(trusted.Exit == 0, trusted.Out + trusted.Err);
        Assert.Contains(Finding, h.Run("lint", "draft.md", "--format", "msbuild").Out, StringComparison.Ordinal);
        Assert.DoesNotContain("EL6001", h.Run("lint", "draft.md", "--format", "msbuild", "--no-plugins").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_for_a_newer_tool_or_without_a_manifest_is_reported_and_not_loaded()
    {
        using var h = NewHarness();
        Assert.Equal(0, h.Run("new-pack", "House.Rules").Exit);
        var manifestPath = h.PathOf("packs/House.Rules/pack.json");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace($"\"{Packs.ToolVersion.ToString(3)}\"", "\"99.0.0\"", StringComparison.Ordinal));
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/House.Rules, packs/none, Missing.Pack@1.0.0\n");
        h.Run("trust", "packs/House.Rules/rules");
        var run = h.Run("lint", "draft.md", "--format", "msbuild");
        Assert.Equal(2, run.Exit);
        // One error channel: each is an EL9004 finding at the .editorconfig line that names the packs.
        Assert.Contains(".editorconfig(3,1,3,", run.Out, StringComparison.Ordinal);
        Assert.Contains("needs editorial-lint 99.0.0 or later", run.Out, StringComparison.Ordinal);
        Assert.Contains("pack 'packs/none': no such folder", run.Out, StringComparison.Ordinal);
        Assert.Contains("pack 'Missing.Pack@1.0.0' was not found", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Finding, run.Out, StringComparison.Ordinal);

        File.Delete(manifestPath);
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = packs/House.Rules\n");
        Assert.Contains("pack.json is missing", h.Run("lint", "draft.md").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_is_found_in_the_nuget_global_packages_folder()
    {
        using var h = NewHarness();
        Assert.Equal(0, h.Run("new-pack", "House.Rules", "--dir", "source").Exit);
        // What a restore leaves there: lower-case id and version folders holding the package's files.
        CopyFolder(h.PathOf("source/House.Rules"), h.PathOf("nuget-packages/house.rules/0.1.0"));
        h.Variables["NUGET_PACKAGES"] = h.PathOf("nuget-packages");
        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.packs = House.Rules@0.1.0\n");
        Assert.Equal(0, h.Run("trust").Exit);
        Assert.Contains(Finding, h.Run("lint", "draft.md", "--format", "msbuild").Out, StringComparison.Ordinal);
    }

    /// <summary>The issue's end-to-end case: a pack packed as a local NuGet package, named in .editorconfig, changes the findings.</summary>
    [SkippableFact]
    public void A_pack_packed_with_dotnet_pack_and_named_in_editorconfig_changes_the_findings()
    {
        var dotnet = ExternalTools.Need("dotnet", "the .NET SDK");
        using var h = NewHarness();
        Assert.Equal(0, h.Run("new-pack", "House.Rules").Exit);
        h.Write("packs/House.Rules/dictionaries/house-terms.txt", "Yet | Still\n"); // the pack's data travels in the package
        var packed = ExternalTools.Run(dotnet, ["pack", "-nologo", "-v", "q"], h.PathOf("packs/House.Rules"), RuleSdkTests.DotnetEnv);
        Assert.True(packed.Exit == 0, packed.Out + packed.Err);
        var nupkg = h.PathOf("packs/House.Rules/bin/House.Rules.0.1.0.nupkg");
        Assert.True(File.Exists(nupkg));
        using (var zip = System.IO.Compression.ZipFile.OpenRead(nupkg))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("pack.json", names);
            Assert.Contains("rules/EL6001PlaceholderText.cs", names);
            Assert.Contains("dictionaries/house-terms.txt", names);
            Assert.DoesNotContain(names, n => n.Contains("/obj/", StringComparison.Ordinal) || n.EndsWith("rules.csproj", StringComparison.Ordinal));
        }

        // The package alone, away from the pack's sources.
        Directory.CreateDirectory(h.PathOf("feed"));
        File.Copy(nupkg, h.PathOf("feed/House.Rules.0.1.0.nupkg"));
        Directory.Delete(h.PathOf("packs"), recursive: true);

        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.pack_sources = feed\n");
        Assert.DoesNotContain("EL6001", h.Run("lint", "draft.md", "--format", "msbuild").Out, StringComparison.Ordinal);

        h.Write(".editorconfig", "root = true\n[*]\neditorial_lint.pack_sources = feed\neditorial_lint.packs = House.Rules@0.1.0\n");
        // Its house term counts at once (data needs no trust); its rules once trusted.
        var untrusted = h.Run("lint", "draft.md", "--format", "msbuild").Out;
        Assert.Contains("EL9011", untrusted, StringComparison.Ordinal);
        Assert.Contains(PackHouseTerm, untrusted, StringComparison.Ordinal);
        var trusted = h.Run("trust");
        Assert.True(trusted.Exit == 0, trusted.Out + trusted.Err);
        var run = h.Run("lint", "draft.md", "--format", "msbuild").Out;
        Assert.Contains(Finding, run, StringComparison.Ordinal);
        Assert.Contains(PackHouseTerm, run, StringComparison.Ordinal);

        // The pack's rule is listed with its declared fix safety, and explained from its own page.
        var rules = h.Run("rules");
        Assert.Matches(@"EL6001\s+placeholder-text\s+Custom\s+warning\s+review\s+Placeholder text", rules.Out);
        Assert.StartsWith("# EL6001: Placeholder text", h.Run("explain", "EL6001").Out, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
