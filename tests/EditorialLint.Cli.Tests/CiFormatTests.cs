using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace EditorialLint.Cli.Tests;

/// <summary>The CI formats of docs/ci.md: github (annotation limit, step summary), gitlab (Code Quality), junit.</summary>
public class CiFormatTests(ITestOutputHelper output)
{
    private static string TestFolder => Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "tests", "EditorialLint.Cli.Tests");

    /// <summary>14 error findings (U+FFFD) and 12 warnings (Turkey) in one draft.</summary>
    private static string ManyFindings()
    {
        var sb = new StringBuilder("# Title\n\n");
        for (var i = 0; i < 14; i++)
        {
            sb.Append("Paragraph ").Append(i).Append(" lost a letter: Erdo\uFFFDan.\n\n");
        }

        for (var i = 0; i < 12; i++)
        {
            sb.Append("Paragraph ").Append(i).Append(" says Turkey.\n\n");
        }

        return sb.ToString();
    }

    [Fact]
    public void Github_emits_at_most_ten_annotations_per_level_and_says_how_many_more()
    {
        using var h = new CliHarness();
        h.Write("a.md", ManyFindings());
        var (exit, stdout, _) = h.Run("lint", "a.md", "--format", "github");
        Assert.Equal(1, exit);
        var lines = stdout.Split('\n');
        Assert.Equal(10, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.Equal(4, lines.Count(l => l.Contains(": error EL3001:", StringComparison.Ordinal) && !l.StartsWith("::", StringComparison.Ordinal)));
        Assert.Contains("editorial-lint: 4 errors, 2 warnings more not shown as annotations (GitHub shows 10 per level per step)", stdout, StringComparison.Ordinal);
        Assert.Contains("14 errors, 12 warnings in 1 file", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_under_the_limit_prints_no_overflow_line()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nErdo\uFFFDan.\n");
        var (_, stdout, _) = h.Run("lint", "a.md", "--format", "github");
        Assert.StartsWith("::error file=a.md,line=3,col=5,endLine=3,endColumn=6,title=EL3001 ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("not shown as annotations", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_appends_a_markdown_job_summary()
    {
        using var h = new CliHarness();
        h.Write("a.md", ManyFindings());
        File.WriteAllText(h.PathOf("summary.md"), "earlier step\n");
        h.Run("lint", "a.md", "--format", "github", "--step-summary", "summary.md");
        var summary = File.ReadAllText(h.PathOf("summary.md"));
        Assert.StartsWith("earlier step\n### EditorialLint\n", summary, StringComparison.Ordinal);
        Assert.Contains("| errors | warnings | suggestions | files |\n| ---: | ---: | ---: | ---: |\n| 14 | 12 | 0 | 1 |", summary, StringComparison.Ordinal);
        Assert.Contains("| error | `EL3001` | a.md:3:", summary, StringComparison.Ordinal);
        Assert.Equal(20, summary.Split('\n').Count(l => l.StartsWith("| error |", StringComparison.Ordinal) || l.StartsWith("| warning |", StringComparison.Ordinal)));
        Assert.Contains("… and 6 more", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Github_step_summary_defaults_to_the_environment_variable()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nClean.\n");
        h.RunWith(null, new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = h.PathOf("env-summary.md") }, "lint", "a.md", "--format", "github");
        Assert.Contains("No findings.", File.ReadAllText(h.PathOf("env-summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Gitlab_report_has_the_code_quality_fields_and_stable_unique_fingerprints()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nTurkey.\n\nTurkey.\n\nErdo\uFFFDan.\n");
        var (exit, stdout, _) = h.Run("lint", "a.md", "--format", "gitlab");
        Assert.Equal(1, exit);
        var issues = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(3, issues.Count);
        var error = Assert.Single(issues, i => i.GetProperty("check_name").GetString() == "EL3001");
        Assert.Equal("major", error.GetProperty("severity").GetString());
        Assert.Equal("a.md", error.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(7, error.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.StartsWith("EL3001: ", error.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.All(issues.Where(i => i.GetProperty("check_name").GetString() == "EL5001"), i => Assert.Equal("minor", i.GetProperty("severity").GetString()));
        var fingerprints = issues.Select(i => i.GetProperty("fingerprint").GetString()).ToList();
        Assert.Equal(3, fingerprints.Distinct(StringComparer.Ordinal).Count()); // two identical lines still differ

        // Insert a paragraph above: every finding moves down two lines, no fingerprint changes.
        h.Write("a.md", "# Title\n\nNew.\n\nTurkey.\n\nTurkey.\n\nErdo\uFFFDan.\n");
        var moved = JsonDocument.Parse(h.Run("lint", "a.md", "--format", "gitlab").Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(fingerprints, moved.Select(i => i.GetProperty("fingerprint").GetString()));
        Assert.Equal(9, moved.Single(i => i.GetProperty("check_name").GetString() == "EL3001").GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
    }

    [Fact]
    public void Gitlab_report_of_a_clean_run_is_an_empty_array()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nClean.\n");
        var (exit, stdout, _) = h.Run("lint", "a.md", "--format", "gitlab");
        Assert.Equal(0, exit);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(stdout).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(stdout).RootElement.GetArrayLength());
    }

    /// <summary>The samples' report validated by ajv against tests/EditorialLint.Cli.Tests/gitlab/code-quality.schema.json.</summary>
    [SkippableFact]
    public void Gitlab_report_validates_against_the_code_quality_schema()
    {
        var validator = Path.Combine(TestFolder, "sarif");
        ExternalTools.Need("node", "apt-get install nodejs npm");
        ExternalTools.Need(Directory.Exists(Path.Combine(validator, "node_modules", "ajv")), $"ajv is not installed (npm ci --prefix {validator})");
        using var h = SamplesCopy();
        h.Run("lint", ".", "--format", "gitlab", "--output", "gl-code-quality-report.json");
        var schema = Path.Combine(TestFolder, "gitlab", "code-quality.schema.json");
        var (exit, stdout, stderr) = ExternalTools.Run("node", [Path.Combine(validator, "validate-json.js"), schema, h.PathOf("gl-code-quality-report.json")], validator);
        output.WriteLine(stdout + stderr);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("valid", stdout, StringComparison.Ordinal);

        // The schema is not a rubber stamp: a report without fingerprints fails it.
        File.WriteAllText(h.PathOf("broken.json"), "[{\"description\":\"x\",\"check_name\":\"EL1\",\"severity\":\"minor\",\"location\":{\"path\":\"a.md\",\"lines\":{\"begin\":1}}}]");
        var broken = ExternalTools.Run("node", [Path.Combine(validator, "validate-json.js"), schema, h.PathOf("broken.json")], validator);
        Assert.Equal(1, broken.Exit);
        Assert.Contains("fingerprint", broken.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_has_a_suite_per_draft_and_a_failure_per_finding()
    {
        using var h = new CliHarness();
        h.Write("a.md", "# Title\n\nTurkey.\n\nErdo\uFFFDan.\n");
        h.Write("b.md", "# Title\n\nClean.\n");
        var (exit, stdout, _) = h.Run("lint", ".", "--format", "junit");
        Assert.Equal(1, exit);
        var doc = XDocument.Parse(stdout);
        var root = doc.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        Assert.Equal("3", root.Attribute("tests")!.Value);
        Assert.Equal("2", root.Attribute("failures")!.Value);
        var a = root.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "a.md");
        Assert.Equal("2", a.Attribute("failures")!.Value);
        var failure = a.Elements("testcase").Single(c => c.Attribute("name")!.Value.StartsWith("EL3001 at a.md:5:5", StringComparison.Ordinal)).Element("failure")!;
        Assert.Equal("error", failure.Attribute("type")!.Value);
        var b = root.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "b.md");
        Assert.Null(Assert.Single(b.Elements("testcase")).Element("failure"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Junit_replaces_control_characters_that_xml_cannot_carry()
    {
        using var h = new CliHarness();
        h.Write("a.txt", "Title\n\nA control code \u0007 here.\n");
        var (_, stdout, _) = h.Run("lint", "a.txt", "--format", "junit");
        XDocument.Parse(stdout); // throws on an invalid character
        Assert.DoesNotContain("\u0007", stdout, StringComparison.Ordinal);
    }

    /// <summary>The samples' JUnit report validated by xmllint against tests/EditorialLint.Cli.Tests/junit/junit.xsd.</summary>
    [SkippableFact]
    public void Junit_validates_against_the_junit_schema_with_xmllint()
    {
        var xmllint = ExternalTools.Need("xmllint", "apt-get install libxml2-utils");
        using var h = SamplesCopy();
        h.Run("lint", ".", "--format", "junit", "--output", "report.xml");
        var xsd = Path.Combine(TestFolder, "junit", "junit.xsd");
        var (exit, stdout, stderr) = ExternalTools.Run(xmllint, ["--noout", "--schema", xsd, h.PathOf("report.xml")], h.Directory);
        output.WriteLine(stdout + stderr);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("validates", stderr, StringComparison.Ordinal);

        // And the schema rejects what a JUnit consumer would reject: a testcase without a name.
        File.WriteAllText(h.PathOf("bad.xml"), "<testsuites><testsuite name=\"a\" tests=\"1\" failures=\"0\" errors=\"0\"><testcase classname=\"a\"/></testsuite></testsuites>");
        var bad = ExternalTools.Run(xmllint, ["--noout", "--schema", xsd, h.PathOf("bad.xml")], h.Directory);
        Assert.NotEqual(0, bad.Exit);
    }

    private static CliHarness SamplesCopy()
    {
        var h = new CliHarness();
        foreach (var f in Directory.GetFiles(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "samples")))
        {
            File.Copy(f, h.PathOf(Path.GetFileName(f)));
        }

        h.Write("extra.md", "# T\n\nPresident Erdo\uFFFDan spoke \u0007 here.\n");
        return h;
    }
}
