using System.Text.Json;
using System.Xml;
using EditorialLint.Cli.Reporting;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli.Tests.Fuzz;

/// <summary>
/// The reporter half of the fuzz property: every output format, rendered in memory for one draft's result, is valid.
/// JSON, SARIF and GitLab parse and count the findings; JUnit parses as XML with one testcase per finding (or one
/// passing case); msbuild gives one line per finding and github one per annotation plus its summary; msbuild, github
/// and pretty carry no control character.
/// </summary>
internal sealed class FuzzReporters(RuleRegistry registry)
{
    public void Check(DocumentResult result)
    {
        var visible = LintReport.Visible(result).Count();
        var report = new LintReport(registry, 1);
        report.Add(result);

        // the listing formats stop at --max-findings-per-rule per rule and file, then one closing finding; SARIF and
        // GitLab list every finding
        var shown = report.Shown(result).Count();

        Timed("json", () =>
        {
            var json = JsonCounts.Read(Render(report, result, new JsonReporter()));
            Expect(json.Number("files") == 1 && json.Length("diagnostics") == shown, "json", $"{json.Length("diagnostics")} diagnostics for {shown} findings shown");
        });
        Timed("sarif", () =>
        {
            var sarif = JsonCounts.Read(Render(report, result, new SarifReporter()));
            Expect(sarif.Length("runs") == 1 && sarif.Length("runs/results") == visible, "sarif", "wrong result count");
        });
        Timed("gitlab", () =>
        {
            var gitlab = JsonCounts.Read(Render(report, result, new GitLabReporter()));
            Expect(gitlab.Length(string.Empty) == visible, "gitlab", "wrong issue count");
        });
        Timed("junit", () =>
        {
            var cases = TestCases(Render(report, result, new JUnitReporter()));
            Expect(cases == Math.Max(shown, 1), "junit", $"{cases} testcases for {shown} findings shown");
        });
        Timed("msbuild", () =>
        {
            var msbuild = Render(report, result, new MsBuildReporter());
            var lines = Lines(msbuild);
            Expect(lines == shown, "msbuild", $"{lines} lines for {shown} findings shown");
            Expect(Clean(msbuild), "control-character", "a control character reached the msbuild output");
        });
        Timed("github", () =>
        {
            // GitHub shows at most 10 annotations per level: one line per annotation shown (the rest as plain log
            // lines, then a line saying so), then the summary.
            var github = Render(report, result, new GitHubReporter(null));
            var lines = Lines(github);
            Expect(lines >= shown + 1 && lines <= shown + 2, "github", $"{lines} lines for {shown} findings shown and a summary");
            Expect(Clean(github), "control-character", "a control character reached the github output");
        });
        Timed("pretty", () => Expect(Clean(Render(report, result, new PrettyReporter(false, 100))), "control-character", "a control character reached the pretty output"));
    }

    private static void Timed(string reporter, Action check)
    {
        var t = Timings.Start();
        try
        {
            check();
        }
        catch (Exception ex) when (ex is JsonException or XmlException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new FuzzFailure("reporter-" + reporter, ex.GetType().Name + ": " + ex.Message);
        }

        Timings.Stop("fuzz: reporter " + reporter, t);
    }

    private static string Render(LintReport report, DocumentResult result, IReporter reporter)
    {
        var t = Timings.Start();
        var w = new StringWriter();
        reporter.Begin(report, w);
        reporter.Write(report, result, w);
        reporter.End(report, w);
        Timings.Stop("fuzz: reporters, rendering", t);
        return w.ToString();
    }

    private static int TestCases(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        var count = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.Name == "testcase")
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Lines of the output, the final line break not starting one more.</summary>
    private static int Lines(string text)
    {
        var trimmed = text.AsSpan().TrimEnd('\n');
        return trimmed.Length == 0 ? 0 : trimmed.Count('\n') + 1;
    }

    private static bool Clean(string text)
    {
        foreach (var c in text)
        {
            if (c != '\n' && Sanitizer.NeedsReplacing(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void Expect(bool condition, string kind, string message)
    {
        if (!condition)
        {
            throw new FuzzFailure("reporter-" + kind, message);
        }
    }
}
