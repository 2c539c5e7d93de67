using System.IO.Compression;
using System.Xml.Linq;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// The rule SDK (issue 18, part 1): the EditorialLint.Sdk package travels beside the tool, and the project `new-rule`
/// writes builds with it offline and compiles the folder as the linter does, which in turn ignores bin/ and obj/.
/// </summary>
public sealed class RuleSdkTests
{
    internal static readonly Dictionary<string, string> DotnetEnv = new(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
    };

    [Fact]
    public void The_sdk_package_beside_the_tool_holds_the_rule_assemblies_and_their_documentation()
    {
        var version = RuleProject.SdkVersion();
        Assert.NotNull(version);
        using var zip = ZipFile.OpenRead(Path.Combine(RuleProject.SdkFolder, $"EditorialLint.Sdk.{version}.nupkg"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[] { "EditorialLint.Core.dll", "EditorialLint.Core.xml", "Microsoft.CodeAnalysis.dll", "Humanizer.dll" })
        {
            Assert.Contains("lib/net10.0/" + expected, names);
        }

        // The banned-API analyzer, and the props file that makes its allow property visible to it.
        Assert.Contains("analyzers/dotnet/cs/EditorialLint.Sdk.Analyzers.dll", names);
        Assert.Contains("build/EditorialLint.Sdk.props", names);

        // No dependencies: a rules project restores from this one package, offline.
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var spec = XDocument.Load(nuspec);
        Assert.Equal("EditorialLint.Sdk", spec.Descendants().First(e => e.Name.LocalName == "id").Value);
        Assert.DoesNotContain(spec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void New_rule_writes_the_project_once_and_leaves_an_edited_one_alone()
    {
        using var h = new CliHarness();
        var first = h.Run("new-rule", "Placeholder Text");
        Assert.Equal(0, first.Exit);
        Assert.Contains("rules.csproj", first.Out, StringComparison.Ordinal);
        var project = h.PathOf("rules/rules.csproj");
        var config = File.ReadAllText(h.PathOf("rules/nuget.config"));
        Assert.Contains(RuleProject.SdkFolder, config, StringComparison.Ordinal);
        Assert.Contains("<clear />", config, StringComparison.Ordinal);

        File.AppendAllText(project, "<!-- edited -->\n");
        var second = h.Run("new-rule", "Second Rule");
        Assert.Equal(0, second.Exit);
        Assert.DoesNotContain("Wrote", second.Out, StringComparison.Ordinal);
        Assert.EndsWith("<!-- edited -->\n", File.ReadAllText(project), StringComparison.Ordinal);
        Assert.Contains($"Include=\"EditorialLint.Sdk\" Version=\"{RuleProject.SdkVersion()}\"", File.ReadAllText(project), StringComparison.Ordinal);
    }

    [Fact]
    public void The_project_mirrors_the_rule_hosts_compile_settings()
    {
        // The global usings the rule host adds (CSharpBuild) and its language version and nullable context.
        var project = RuleProject.ProjectText("1.0.0");
        foreach (var ns in new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading", "System.Threading.Tasks" })
        {
            Assert.Contains($"<Using Include=\"{ns}\" />", project, StringComparison.Ordinal);
        }

        Assert.Contains("<ImplicitUsings>disable</ImplicitUsings>", project, StringComparison.Ordinal);
        Assert.Contains("<LangVersion>latest</LangVersion>", project, StringComparison.Ordinal);
        Assert.Contains("<Nullable>enable</Nullable>", project, StringComparison.Ordinal);
        Assert.Contains("<ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>", project, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Dotnet_build_checks_the_rules_like_the_linter_and_the_linter_ignores_its_output()
    {
        var dotnet = ExternalTools.Need("dotnet", "the .NET SDK");
        using var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        Assert.Equal(0, h.Run("new-rule", "Placeholder Text").Exit);
        var rules = h.PathOf("rules");
        var hashBefore = TrustStore.ContentHash(rules);

        // The scaffold builds without a single warning (the analyzer loads into the SDK's compiler and finds nothing).
        var built = ExternalTools.Run(dotnet, ["build", "-nologo", "-v", "q", "-warnaserror"], rules, DotnetEnv);
        Assert.True(built.Exit == 0, built.Out + built.Err);
        Assert.True(Directory.EnumerateFiles(h.PathOf("rules/obj"), "*.cs", SearchOption.AllDirectories).Any(), "dotnet build writes generated C# into obj/");

        // The build output is not part of the rules: the same fixtures pass, the trust hash is the same.
        var tested = h.Run("test-rules", "rules");
        Assert.True(tested.Exit == 0, tested.Out + tested.Err);
        Assert.Contains("1 of 1 fixtures passed", tested.Out, StringComparison.Ordinal);
        Assert.Equal(hashBefore, TrustStore.ContentHash(rules));

        // A mistake is the same compile error in the editor's build and in the linter.
        File.AppendAllText(h.PathOf("rules/EL6001PlaceholderText.cs"), "\ninternal static class Broken\n{\n    public static string First(string s) => Word.Text;\n}\n");
        var broken = ExternalTools.Run(dotnet, ["build", "-nologo", "-v", "q"], rules, DotnetEnv);
        Assert.NotEqual(0, broken.Exit);
        Assert.Contains("CS0103", broken.Out + broken.Err, StringComparison.Ordinal);
        var linted = h.Run("test-rules", "rules");
        Assert.Equal(2, linted.Exit);
        Assert.Contains("EL6001PlaceholderText.cs(", linted.Err, StringComparison.Ordinal);
        Assert.Contains("CS0103", linted.Err, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Dotnet_build_reports_a_banned_api_where_and_as_the_linter_does_unless_the_project_allows_it()
    {
        var dotnet = ExternalTools.Need("dotnet", "the .NET SDK");
        using var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        Assert.Equal(0, h.Run("new-rule", "Placeholder Text").Exit);
        var rules = h.PathOf("rules");
        var file = h.PathOf("rules/EL6001PlaceholderText.cs");
        File.AppendAllText(file, "\ninternal static class Reads\n{\n    public static string Load(string path) => File.ReadAllText(path);\n}\n");
        var lines = File.ReadAllLines(file);
        var line = Array.FindIndex(lines, l => l.Contains("File.ReadAllText", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("ReadAllText", StringComparison.Ordinal) + 1;
        var place = $"EL6001PlaceholderText.cs({line},{column}): error EL9001: ";
        const string message = "Rule file does not compile: 'File.ReadAllText(string)' is not allowed in a rule (file access); pass --allow-plugin-apis to allow it (EditorialLintAllowPluginApis in rules.csproj)";

        var built = ExternalTools.Run(dotnet, ["build", "-nologo", "-v", "q"], rules, DotnetEnv);
        Assert.NotEqual(0, built.Exit);
        Assert.Contains(place + message, built.Out, StringComparison.Ordinal);

        // The linter refuses the folder at the same place with the same text.
        var tested = h.Run("test-rules", "rules");
        Assert.Equal(2, tested.Exit);
        Assert.Contains(place + message, tested.Err, StringComparison.Ordinal);

        // The project's allow property is the build's --allow-plugin-apis.
        var project = h.PathOf("rules/rules.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "<EditorialLintAllowPluginApis>false<", "<EditorialLintAllowPluginApis>true<", StringComparison.Ordinal));
        var allowed = ExternalTools.Run(dotnet, ["build", "-nologo", "-v", "q"], rules, DotnetEnv);
        Assert.True(allowed.Exit == 0, allowed.Out + allowed.Err);
        h.Variables["EDITORIAL_LINT_PLUGIN_ISOLATION"] = "none";
        h.Write("draft.md", "# Draft\n\nStill lorem ipsum here.\n");
        var linted = h.Run("lint", "draft.md", "--rules", "rules", "--allow-plugin-apis", "--format", "msbuild");
        Assert.Contains("draft.md(3,7,3,18): warning EL6001:", linted.Out, StringComparison.Ordinal);

        // test-rules takes the switch the message names, as lint does
        var testedAllowed = h.Run("test-rules", "rules", "--allow-plugin-apis");
        Assert.DoesNotContain("EL9001", testedAllowed.Err, StringComparison.Ordinal);
        Assert.Equal(0, testedAllowed.Exit);
    }
}
