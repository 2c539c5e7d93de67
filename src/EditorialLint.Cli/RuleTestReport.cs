using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.RuleTesting;

namespace EditorialLint.Cli;

/// <summary>
/// How <c>test-rules</c> shows one test: PASS or FAIL with its name, and for a failure the expected findings (from
/// the markup) and the actual ones side by side, one row per finding, mismatches marked <c>!!</c>; then the text after
/// fixes, expected and actual, when it differs.
/// </summary>
internal static class RuleTestReport
{
    private const string Nothing = "(nothing)";

    public static void Write(TextWriter w, string name, string markup, RuleTestOutcome outcome, IReadOnlyCollection<string> ids, string? expectedFixed)
    {
        w.WriteLine($"{(outcome.Passed ? "PASS" : "FAIL")}  {name}");
        if (outcome.Passed)
        {
            return;
        }

        string text;
        IReadOnlyList<MarkedSpan> spans;
        try
        {
            (text, spans) = TestMarkup.Parse(markup);
        }
        catch (FormatException ex)
        {
            w.WriteLine("      bad markup: " + ex.Message);
            return;
        }

        var lines = SourceText.From(text).Lines;
        string Show(string id, TextSpan span)
        {
            var a = lines.GetLinePosition(span.Start);
            var b = lines.GetLinePosition(span.End);
            var snippet = text.Substring(span.Start, Math.Min(span.Length, 40)).Replace("\n", "\\n", StringComparison.Ordinal);
            return string.Create(CultureInfo.InvariantCulture, $"{id} {a.Line + 1}:{a.Character + 1}-{b.Line + 1}:{b.Character + 1} \"{snippet}\"");
        }

        var single = ids.Count == 1 ? ids.First() : "?";
        var expected = spans.Where(s => s.Index is null).Select(s => (Id: s.Id ?? single, s.Span)).ToList();
        var actual = outcome.Actual.Select(d => (d.Id, Span: d.Location.SourceSpan, d.Message)).ToList();
        var rows = new List<(int At, bool Ok, string Left, string Right)>();
        foreach (var e in expected)
        {
            var hit = actual.FindIndex(a => a.Id == e.Id && a.Span == e.Span);
            rows.Add((e.Span.Start, hit >= 0, Show(e.Id, e.Span), hit >= 0 ? Show(actual[hit].Id, actual[hit].Span) : Nothing));
            if (hit >= 0)
            {
                actual.RemoveAt(hit);
            }
        }

        rows.AddRange(actual.Select(a => (a.Span.Start, false, Nothing, Show(a.Id, a.Span) + "  " + a.Message)));
        var width = Math.Max("expected".Length, rows.Count == 0 ? 0 : rows.Max(r => r.Left.Length));
        w.WriteLine($"      {"expected".PadRight(width)} | actual");
        foreach (var (_, ok, left, right) in rows.OrderBy(r => r.At))
        {
            w.WriteLine($"  {(ok ? "  " : "!!")}  {left.PadRight(width)} | {right}");
        }

        if (rows.Count == 0)
        {
            w.WriteLine($"      {Nothing.PadRight(width)} | {Nothing}");
        }

        if (expectedFixed is not null && !string.Equals(outcome.FixedText, expectedFixed, StringComparison.Ordinal))
        {
            w.WriteLine("      text after fixes differs:");
            WriteBlock(w, "expected", expectedFixed);
            WriteBlock(w, "actual", outcome.FixedText ?? string.Empty);
        }
        else if (rows.All(r => r.Ok))
        {
            // Nothing differs in the findings: show the runner's own words (a rule that failed to load, for example).
            foreach (var line in outcome.Report.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                w.WriteLine("      " + line.TrimEnd());
            }
        }
    }

    private static void WriteBlock(TextWriter w, string label, string text)
    {
        w.WriteLine($"        --- {label}");
        foreach (var line in text.Split('\n'))
        {
            w.WriteLine("        " + line.TrimEnd('\r'));
        }
    }
}
