using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Consistency;

/// <summary>
/// EL5006: typography mixed within one draft: straight and curly apostrophes, straight and curly double quotes, the
/// hyphen-minus and the non-breaking hyphen (U+2011) in the same compound, spaced and unspaced em dashes. The
/// draft's majority wins; each minority occurrence is reported and fixed to it. Quotations in the „…“ convention
/// (Serbian, Croatian, German) and quotes at Cyrillic text belong to the quoted language and are left out.
/// </summary>
public sealed class EL5006TypographyMixed : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL5006", "Typography mixed", "{0}: this draft mostly uses {1} (as on line {2})",
        RuleCategories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Apostrophes, quotes, hyphens and dashes should be set one way throughout a draft.", customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    private sealed record Use(TextSpan Span, string Kind, string Replacement);

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var doc = c.Document;
        var text = doc.Content;
        var apostrophes = new List<Use>();
        var quotes = new List<Use>();
        var dashes = new List<Use>();
        var foreign = ForeignQuotations(doc);
        for (var i = 1; i + 1 < text.Length; i++)
        {
            var ch = text[i];
            if (ch is not ('\'' or '\u2019' or '"' or '\u201C' or '\u201D' or '\u2014') || doc.IsSkipped(i))
            {
                continue;
            }

            // Quotations set in another language's convention („…“ in Serbian, Croatian, German) and quotes or
            // apostrophes at Cyrillic text belong to the quoted language: not counted, not reported.
            if (ch != '\u2014' && (foreign.Any(f => f.Contains(i)) || TouchesCyrillic(text, i)))
            {
                continue;
            }

            if (ch is '\'' or '\u2019' && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                apostrophes.Add(new Use(new TextSpan(i, 1), ch == '\'' ? "straight apostrophe" : "curly apostrophe", ch == '\'' ? "\u2019" : "'"));
            }
            else if (ch == '"')
            {
                var opening = char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\n';
                quotes.Add(new Use(new TextSpan(i, 1), "straight quotes", opening ? "\u201C" : "\u201D"));
            }
            else if (ch is '\u201C' or '\u201D')
            {
                quotes.Add(new Use(new TextSpan(i, 1), "curly quotes", "\""));
            }
            else if (ch == '\u2014')
            {
                var spaced = text[i - 1] == ' ' && text[i + 1] == ' ';
                var tight = !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]);
                if (spaced)
                {
                    dashes.Add(new Use(TextSpan.FromBounds(i - 1, i + 2), "spaced em dashes", "\u2014"));
                }
                else if (tight)
                {
                    dashes.Add(new Use(new TextSpan(i, 1), "unspaced em dashes", " \u2014 "));
                }
            }
        }

        ReportMinority(c, apostrophes);
        ReportMinority(c, quotes);
        ReportMinority(c, dashes);

        // Hyphen characters, compared compound by compound: Bosnia-Herzegovina vs Bosnia‑Herzegovina.
        var compounds = new Dictionary<string, List<Use>>(StringComparer.Ordinal);
        var words = doc.Words;
        for (var k = 0; k + 1 < words.Length; k++)
        {
            var a = words[k].Span;
            var b = words[k + 1].Span;
            if (b.Start - a.End != 1 || text[a.End] is not ('-' or '\u2011'))
            {
                continue;
            }

            var key = (doc.GetText(a) + "-" + doc.GetText(b)).ToLowerInvariant();
            if (!compounds.TryGetValue(key, out var list))
            {
                compounds[key] = list = [];
            }

            var hyphen = text[a.End];
            list.Add(new Use(new TextSpan(a.End, 1), hyphen == '-' ? "hyphen-minus" : "non-breaking hyphen (U+2011)", hyphen == '-' ? "\u2011" : "-"));
        }

        foreach (var list in compounds.Values)
        {
            ReportMinority(c, list, what: doc.GetText(TextSpan.FromBounds(FindWordStart(text, list[0].Span.Start), FindWordEnd(text, list[0].Span.End))));
        }
    });

    /// <summary>Spans from a low-9 opening quote („) to its closing quote (“, ” or ") within the same block.</summary>
    private static List<TextSpan> ForeignQuotations(EditorialDocument doc)
    {
        var text = doc.Content;
        var spans = new List<TextSpan>();
        for (var i = text.IndexOf('\u201E', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\u201E', i + 1))
        {
            var block = ConsistencyText.Block(doc, i);
            var close = text.AsSpan(i + 1, Math.Max(0, block.End - i - 1)).IndexOfAny("\u201C\u201D\"");
            spans.Add(TextSpan.FromBounds(i, close < 0 ? block.End : i + 1 + close + 1));
        }

        return spans;
    }

    /// <summary>
    /// True when the quoted or apostrophised text is Cyrillic: the first letter after an opening quote, the last letter
    /// before a closing quote, a letter either side of an apostrophe (looking across a little punctuation).
    /// </summary>
    private static bool TouchesCyrillic(string text, int i)
    {
        static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u052F';

        char? Nearest(int step)
        {
            for (var j = i + step; j >= 0 && j < text.Length && Math.Abs(j - i) <= 3 && !char.IsWhiteSpace(text[j]); j += step)
            {
                if (char.IsLetter(text[j]))
                {
                    return text[j];
                }
            }

            return null;
        }

        var before = Nearest(-1);
        var after = Nearest(1);
        return (before is { } b && IsCyrillic(b)) || (after is { } a && IsCyrillic(a));
    }

    private static int FindWordStart(string text, int i)
    {
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int FindWordEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void ReportMinority(DocumentAnalysisContext c, List<Use> uses, string? what = null)
    {
        var kinds = uses.GroupBy(u => u.Kind).OrderByDescending(g => g.Count()).ToList();
        if (kinds.Count < 2 || kinds[0].Count() == kinds[1].Count())
        {
            return;
        }

        var majority = kinds[0];
        var example = majority.First().Span;
        foreach (var minority in kinds.Skip(1))
        {
            foreach (var u in minority)
            {
                var label = what is null ? $"{Capitalise(u.Kind.TrimEnd('s'))}" : $"'{what}' with a {u.Kind}";
                c.Report(Descriptor, u.Span, [example], CodeFix.Replace($"Use {majority.Key}", u.Span, u.Replacement, FixSafety.Safe), label, what is null ? majority.Key : $"a {majority.Key} in it", c.LineNumber(example.Start));
            }
        }
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
