using System.Text.RegularExpressions;
using System.Xml.Linq;
using EditorialLint.Core.Rules;
using EditorialLint.RuleHost;

namespace EditorialLint.Cli.Tests;

/// <summary>docs/rule-api.md: its reference matches the SDK's XML documentation, and every example in it compiles as a rule.</summary>
public sealed partial class RuleApiDocTests
{
    private const string Begin = "<!-- BEGIN GENERATED REFERENCE -->\n";
    private const string End = "<!-- END GENERATED REFERENCE -->";

    private static string DocPath => Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "docs", "rule-api.md");

    [Fact]
    public void Reference_is_generated_from_the_sdk_documentation()
    {
        var sdk = typeof(EditorialRule).Assembly;
        var xmlPath = Path.ChangeExtension(sdk.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"the SDK's XML documentation is missing: {xmlPath}");
        var generated = RuleApiReference.Generate(sdk, XDocument.Load(xmlPath));
        Assert.Contains("#### abstract class `EditorialRule`", generated, StringComparison.Ordinal);
        Assert.Contains("RegisterParagraphAction(Action<ParagraphAnalysisContext> action)", generated, StringComparison.Ordinal);

        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/rule-api.md lost its generated-reference markers");
        var expected = doc[..(start + Begin.Length)] + generated + doc[end..];
        if (Environment.GetEnvironmentVariable("EDITORIAL_LINT_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocPath, expected);
        }

        Assert.True(expected == doc, "docs/rule-api.md's reference differs from the SDK's XML documentation; regenerate it: EDITORIAL_LINT_UPDATE_DOCS=1 dotnet test tests/EditorialLint.Cli.Tests --filter RuleApiDocTests");
    }

    [Fact]
    public void Every_public_member_of_the_rule_api_is_documented()
    {
        var sdk = typeof(EditorialRule).Assembly;
        var missing = RuleApiReference.Undocumented(sdk, XDocument.Load(Path.ChangeExtension(sdk.Location, ".xml")));
        Assert.True(missing.Count == 0, "XML documentation missing for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_example_compiles_as_a_rule_under_the_rule_host_checks()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var examples = CSharpBlock().Matches(doc).Select(m => m.Groups[1].Value).ToList();
        Assert.True(examples.Count >= 7, $"expected an example per action kind and per common task, found {examples.Count}");
        var folder = Path.Combine(Path.GetTempPath(), "el-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            for (var i = 0; i < examples.Count; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"Example{i + 1}.cs"), examples[i]);
            }

            var loaded = RuleCompiler.Load(folder);
            Assert.True(loaded.Success, string.Join("\n", loaded.Errors.Select(e => e.ToString())));
            Assert.Equal(examples.Count, loaded.Rules.Length);
            Assert.Equal(
                ["EL7001", "EL7002", "EL7003", "EL7004", "EL7005", "EL7006", "EL7007"],
                loaded.Rules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Examples_report_what_their_text_says()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var folder = Path.Combine(Path.GetTempPath(), "el-api-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var examples = CSharpBlock().Matches(doc).Select(m => m.Groups[1].Value).ToList();
            for (var i = 0; i < examples.Count; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"Example{i + 1}.cs"), examples[i]);
            }

            var loaded = RuleCompiler.Load(folder);
            Assert.True(loaded.Success);
            var rules = loaded.Rules.Where(r => r.SupportedDiagnostics[0].Id is "EL7002" or "EL7003").ToList();
            var markup = "# A Title\n\n## {|EL7002:Why Now?|}\n\nWe met {|EL7003:in order to|} talk; `in order to` is code.\n";
            var outcome = EditorialLint.RuleTesting.RuleTestRunner.Run(rules, markup, null);
            Assert.True(outcome.Passed, outcome.Report);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
