using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Tests;

/// <summary>
/// No fix, whatever rule offers it, may leave half a surrogate pair: the fixed text could not be written (found by
/// bench/fuzz.sh, where EL3002 took the low half of 😀 into a byte-swapped run).
/// </summary>
public class SurrogateFixGuardTests
{
    /// <summary>Reports [start, end) with a safe fix that replaces it with the given text.</summary>
    private sealed class Offers(int start, int end, string newText) : EditorialRule
    {
        public static readonly DiagnosticDescriptor Rule = new("EL8003", "Test", "Test", "Custom", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
            c.Report(Rule, TextSpan.FromBounds(start, end), CodeFix.Replace("change", TextSpan.FromBounds(start, end), newText, FixSafety.Safe)));
    }

    // "x😀y": x at 0, the pair at 1-2, y at 3
    [Theory]
    // (the new text is escaped: xUnit's attribute data cannot carry a lone surrogate)
    [InlineData(0, 2, "z")] // ends between the halves
    [InlineData(2, 4, "z")] // starts between the halves
    [InlineData(3, 4, @"\ud83d")] // new text with a lone high surrogate
    [InlineData(3, 4, @"\ude00z")] // new text with a lone low surrogate
    public void A_fix_that_would_split_a_pair_or_write_a_lone_half_is_dropped_and_the_finding_stays(int start, int end, string newText)
    {
        var result = Lint(new Offers(start, end, Unescape(newText)));

        var finding = Assert.Single(result.Diagnostics, d => d.Id == "EL8003");
        Assert.Null(finding.Fix);
    }

    [Theory]
    [InlineData(1, 3, @"\ud83d\ude03")] // the whole pair, for another whole pair
    [InlineData(3, 4, @"\U0001F600z")]
    [InlineData(0, 1, "w")]
    public void A_fix_that_keeps_pairs_whole_is_offered(int start, int end, string newText)
    {
        var result = Lint(new Offers(start, end, Unescape(newText)));

        Assert.NotNull(Assert.Single(result.Diagnostics, d => d.Id == "EL8003").Fix);
    }

    private static string Unescape(string escaped) =>
        System.Text.RegularExpressions.Regex.Replace(escaped, @"\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})", m =>
            m.Groups[1].Success ? ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString() : char.ConvertFromUtf32(Convert.ToInt32(m.Groups[2].Value, 16)));

    private static DocumentResult Lint(EditorialRule rule)
    {
        var registry = new RuleRegistry();
        registry.Add(rule, "built-in", userRule: true);
        var session = new LintSession(registry);
        return session.Lint(new DocumentInput("a.txt", () => Encoding.UTF8.GetBytes("x\U0001F600y\n")));
    }
}
