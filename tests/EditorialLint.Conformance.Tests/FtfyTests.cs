using System.Text.Json;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;
using EditorialLint.Core.Testing;
using EditorialLint.Rules;
using Xunit.Abstractions;

namespace EditorialLint.Conformance.Tests;

/// <summary>
/// ftfy's mojibake cases (tests/Conformance/ftfy), repaired by the EL3xxx fixes applied to a fixed point, as
/// <c>lint --fix</c> does. The expected text is <c>fixed-encoding</c> when present, else <c>fixed</c> (we keep
/// typographic quotes, as ftfy's encoding-only repair does). See tests/Conformance/README.md for the scope.
/// </summary>
public class FtfyTests(ITestOutputHelper output)
{
    private static readonly AnalysisDriver Driver = CreateDriver();

    public sealed record Case(string File, string Label, string Original, string Expected, bool Negative, bool UpstreamPasses);

    public static IReadOnlyList<Case> Load()
    {
        var list = new List<Case>();
        foreach (var file in new[] { "synthetic.json", "in-the-wild.json", "negative.json", "language-names.json", "known-failures.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConformancePaths.Suite("ftfy"), file)));
            foreach (var c in json.RootElement.EnumerateArray())
            {
                var label = c.GetProperty("label").GetString()!;
                var expected = c.TryGetProperty("fixed-encoding", out var fe) ? fe.GetString()! : c.GetProperty("fixed").GetString()!;
                list.Add(new Case(file, label, c.GetProperty("original").GetString()!, expected,
                    label.Contains("negative", StringComparison.OrdinalIgnoreCase),
                    c.GetProperty("expect").GetString() == "pass"));
            }
        }

        return list;
    }

    public static string Repair(string text)
    {
        var doc = DocumentParser.Parse("case.txt", text, DocumentKind.PlainText);
        return RuleTestRunner.ApplyFixes(Driver, DocumentConfiguration.ForTests(RuleOptions.Empty), doc, text, DocumentKind.PlainText);
    }

    [Fact]
    public void Pass_rate_per_file()
    {
        var cases = Load();
        var failures = new List<string>();
        output.WriteLine($"{"file",-22} {"cases",6} {"passed",7} {"rate",7}   (upstream expect=pass cases)");
        foreach (var group in cases.Where(c => c.UpstreamPasses).GroupBy(c => c.File))
        {
            var passed = 0;
            foreach (var c in group)
            {
                var actual = Repair(c.Original);
                if (actual == c.Expected)
                {
                    passed++;
                }
                else
                {
                    failures.Add($"{c.File}: {c.Label}\n    got      {Escape(actual)}\n    expected {Escape(c.Expected)}");
                }
            }

            output.WriteLine($"{group.Key,-22} {group.Count(),6} {passed,7} {100.0 * passed / group.Count(),6:F1}%");
        }

        var known = cases.Where(c => !c.UpstreamPasses).ToList();
        output.WriteLine($"{"known-failures.json",-22} {known.Count,6} {known.Count(c => Repair(c.Original) == c.Expected),7}   (stretch goals)");
        output.WriteLine(string.Empty);
        foreach (var f in failures)
        {
            output.WriteLine(f);
        }
    }

    /// <summary>Every negative case (text that only looks like mojibake) must come out unchanged.</summary>
    [Fact]
    public void Negative_cases_are_left_unchanged()
    {
        var changed = Load().Where(c => c.Negative && c.Original == c.Expected && Repair(c.Original) != c.Original).Select(c => c.Label).ToList();
        Assert.True(changed.Count == 0, "changed: " + string.Join("; ", changed));
    }

    private static string Escape(string s) => JsonSerializer.Serialize(s);

    private static AnalysisDriver CreateDriver()
    {
        var registry = new RuleRegistry();
        // The encoding repairs only (ftfy's fix_encoding): byte-swapped text, mojibake, control characters. Ligatures,
        // NFD and mixed scripts are cosmetic or editorial steps ftfy's encoding repair does not take.
        string[] encodingRules = ["EL3002", "EL3003", "EL3004"];
        foreach (var r in BuiltInRules.CreateRegistry().Rules.Where(r => r.Rule.SupportedDiagnostics.All(d => encodingRules.Contains(d.Id))))
        {
            registry.Add(r.Rule);
        }

        return new AnalysisDriver(registry);
    }
}
