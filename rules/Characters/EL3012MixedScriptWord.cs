using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3012: a word mixing Latin letters with Cyrillic look-alikes (Bеlgrade with Cyrillic е), or a Cyrillic word with a
/// Latin look-alike. The fix replaces the look-alikes with the word's majority script.
/// </summary>
public sealed class EL3012MixedScriptWord : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3012",
        "Mixed-script word",
        "'{0}' mixes Latin and Cyrillic letters ({1}); it should be all {2}",
        RuleCategories.Characters,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Latin and Cyrillic letters that look alike (a/а, e/е, o/о, c/с, p/р, x/х, j/ј, s/ѕ, i/і) mixed in one word break search and spelling, and are invisible to the eye.",
        customTags: [RuleTags.SafeFix]);

    // Latin look-alike -> Cyrillic, pairwise.
    private const string Latin = "aceopxyjsiAEKMHOPCTXBJSI";
    private const string Cyrillic = "асеорхујѕіАЕКМНОРСТХВЈЅІ";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        foreach (var word in document.Words)
        {
            var text = document.Slice(word.Span);
            int latin = 0, cyrillic = 0;
            foreach (var c in text)
            {
                if (c is >= '\u0400' and <= '\u04FF')
                {
                    cyrillic++;
                }
                else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
                {
                    latin++;
                }
            }

            if (latin == 0 || cyrillic == 0)
            {
                continue;
            }

            var toLatin = latin >= cyrillic;
            var chars = text.ToArray();
            var foreign = new List<char>();
            var fixable = true;
            for (var k = 0; k < chars.Length; k++)
            {
                var c = chars[k];
                var isCyrillic = c is >= '\u0400' and <= '\u04FF';
                var isLatin = char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F';
                if (toLatin && isCyrillic)
                {
                    foreign.Add(c);
                    var idx = Cyrillic.IndexOf(c, StringComparison.Ordinal);
                    fixable &= idx >= 0;
                    chars[k] = idx >= 0 ? Latin[idx] : c;
                }
                else if (!toLatin && isLatin)
                {
                    foreign.Add(c);
                    var idx = Latin.IndexOf(c, StringComparison.Ordinal);
                    fixable &= idx >= 0;
                    chars[k] = idx >= 0 ? Cyrillic[idx] : c;
                }
            }

            var described = string.Join(", ", foreign.Distinct().Select(c => $"U+{(int)c:X4} '{c}'"));
            var replacement = new string(chars);
            var fix = fixable ? CodeFix.Replace($"Replace with '{replacement}'", word.Span, replacement, FixSafety.Safe) : null;
            context.Report(Descriptor, word.Span, fix, text.ToString(), described, toLatin ? "Latin" : "Cyrillic");
        }
    }
}
