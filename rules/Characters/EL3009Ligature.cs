using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>EL3009: presentation-form ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) that PDF extraction leaves in words; fixed to the letters.</summary>
public sealed class EL3009Ligature : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3009",
        "Ligature character",
        "Ligature '{0}' should be the letters '{1}'",
        RuleCategories.Characters,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Typographic ligatures are a font's business; as characters they break search, spelling and hyphenation.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.Content;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is < '\uFB00' or > '\uFB06' || context.Document.IsSkipped(i))
            {
                continue;
            }

            var letters = text[i].ToString().Normalize(NormalizationForm.FormKC);
            var span = new TextSpan(i, 1);
            context.Report(Descriptor, span, CodeFix.Replace($"Replace with '{letters}'", span, letters, FixSafety.Safe), text[i].ToString(), letters);
        }
    }
}
