using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>EL3010: a letter written as base letter plus combining mark (NFD: c + U+030C) where a precomposed letter (č) exists; fixed to NFC.</summary>
public sealed class EL3010DecomposedLetter : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3010",
        "Decomposed letter",
        "'{0}' is written as a letter plus combining mark; use the single character U+{1:X4}",
        RuleCategories.Characters,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Decomposed (NFD) letters look right but fail search, sorting and spell checking; macOS file names and some PDFs produce them.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.Content;
        for (var i = 1; i < text.Length; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) != UnicodeCategory.NonSpacingMark || !char.IsLetter(text[i - 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark)
            {
                end++;
            }

            var cluster = text[(i - 1)..end];
            var composed = cluster.Normalize(NormalizationForm.FormC);
            if (composed.Length < cluster.Length && !context.Document.IsSkipped(i))
            {
                var span = TextSpan.FromBounds(i - 1, end);
                context.Report(Descriptor, span, CodeFix.Replace($"Compose to '{composed}'", span, composed, FixSafety.Safe), cluster, (int)composed[0]);
            }

            i = end - 1;
        }
    }
}
