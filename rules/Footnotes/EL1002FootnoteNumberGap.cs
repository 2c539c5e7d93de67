using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Footnotes;

/// <summary>
/// EL1002: a number is skipped (1, 2, 4). When the gap is the draft's only numbering problem — first uses ascend,
/// no number is reused for another note, every definition is referenced — the fix renumbers references and notes.
/// </summary>
public sealed class EL1002FootnoteNumberGap : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1002", "Footnote number gap", "Footnote {0} follows footnote {1}; {2}",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Numbered footnotes, in order of first use, skip a number.", customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var sequence = c.Analyses.Footnotes;
        var firsts = sequence.FirstUses;
        var numbers = sequence.Numbers;
        var cited = sequence.Cited;
        var ascending = numbers.Zip(numbers.Skip(1)).All(p => p.Second > p.First);
        var defsOk = c.Definitions.Where(d => d.Number is not null).All(d => cited.Contains(d.Number!.Value)) &&
                     c.Definitions.Where(d => d.Number is not null).GroupBy(d => d.Number).All(g => g.Count() == 1);
        CodeFix? fix = null;
        if (ascending && defsOk && numbers.Count > 0 && numbers[0] == 1)
        {
            var map = numbers.Select((n, i) => (n, i + 1)).ToDictionary(p => p.n, p => p.Item2);
            var changes = new List<TextChange>();
            var impliedMoves = false;
            foreach (var r in c.References.Where(r => r.Number is { } n && map[n] != n))
            {
                impliedMoves |= r.Implied;
                changes.Add(Renumber(c.Document.Content, r.Span, map[r.Number!.Value]));
            }

            foreach (var d in c.Definitions.Where(d => d.Number is { } n && map.TryGetValue(n, out var m) && m != n))
            {
                changes.Add(Renumber(c.Document.Content, d.LabelSpan, map[d.Number!.Value]));
            }

            // A range such as [3]–[5] whose inner numbers would change has to be rewritten by hand: no fix then.
            if (changes.Count > 0 && !impliedMoves)
            {
                fix = new CodeFix("Renumber the footnotes 1, 2, 3, …", [.. changes], FixSafety.Safe);
            }
        }

        // A gap is a number never cited at all. Numbers skipped here but cited later are an ordering problem
        // (EL1003 reports them), not a gap: 1, 2, 4, 3 has no gap.
        var expected = 1;
        foreach (var r in firsts)
        {
            var n = r.Number!.Value;
            if (n > expected && expected > 1)
            {
                var missing = Missing(expected, n, cited);
                if (missing.Count > 0)
                {
                    c.Report(Descriptor, r.Span, fix, n, expected - 1, Describe(missing));
                    fix = null; // the fix renumbers everything; attach it once
                }
            }

            expected = Math.Max(expected, n + 1);
        }
    });

    /// <summary>The runs of numbers from <paramref name="from"/> to <paramref name="to"/> (exclusive) never cited.</summary>
    private static List<(int First, int Last)> Missing(int from, int to, IReadOnlySet<int> cited)
    {
        var runs = new List<(int, int)>();
        var start = from;
        foreach (var m in cited.Where(m => m >= from && m < to).Order())
        {
            if (m > start)
            {
                runs.Add((start, m - 1));
            }

            start = m + 1;
        }

        if (start < to)
        {
            runs.Add((start, to - 1));
        }

        return runs;
    }

    /// <summary>"3 is missing", "3–6 are missing", "2 and 4 are missing".</summary>
    private static string Describe(List<(int First, int Last)> missing)
    {
        static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        static string Run((int First, int Last) r) => r.First == r.Last ? N(r.First) : $"{N(r.First)}–{N(r.Last)}";
        if (missing.Count == 1 && missing[0].First == missing[0].Last)
        {
            return $"{N(missing[0].First)} is missing";
        }

        return missing.Count == 1
            ? $"{Run(missing[0])} are missing"
            : $"{string.Join(", ", missing.SkipLast(1).Select(Run))} and {Run(missing[^1])} are missing";
    }

    /// <summary>The change that gives a marker or note label the number <paramref name="number"/>, in its own digits (¹ stays superscript).</summary>
    private static TextChange Renumber(string text, TextSpan marker, int number)
    {
        var span = LabelSpan(text, marker);
        var digits = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (text.AsSpan(span.Start, span.Length).IndexOfAny("⁰¹²³⁴⁵⁶⁷⁸⁹") >= 0)
        {
            span = SuperscriptSpan(text, span);
            digits = string.Concat(digits.Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0']));
        }

        return new TextChange(span, digits);
    }

    /// <summary>The superscript digits inside a marker span.</summary>
    private static TextSpan SuperscriptSpan(string text, TextSpan marker)
    {
        var s = marker.Start;
        while (s < marker.End && "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(text[s]) < 0)
        {
            s++;
        }

        var e = s;
        while (e < marker.End && "⁰¹²³⁴⁵⁶⁷⁸⁹".IndexOf(text[e]) >= 0)
        {
            e++;
        }

        return e > s ? TextSpan.FromBounds(s, e) : marker;
    }

    /// <summary>The digits inside a marker: [^12], [12], 12., ¹².</summary>
    internal static TextSpan LabelSpan(string text, TextSpan marker)
    {
        var s = marker.Start;
        while (s < marker.End && !char.IsAsciiDigit(text[s]))
        {
            s++;
        }

        var e = s;
        while (e < marker.End && char.IsAsciiDigit(text[e]))
        {
            e++;
        }

        return e > s ? TextSpan.FromBounds(s, e) : marker;
    }
}
