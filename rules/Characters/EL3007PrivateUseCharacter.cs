using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>EL3007: a private-use character (U+E000-U+F8FF, and the supplementary private-use planes), usually a symbol-font glyph from Word or a PDF.</summary>
public sealed class EL3007PrivateUseCharacter : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3007",
        "Private-use character",
        "Private-use character U+{0:X4}: it has no meaning outside the font it came from",
        RuleCategories.Characters,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Private-use code points are glyphs of a particular font (Symbol, Wingdings, a PDF's embedded font); readers see a box.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.Content;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int cp;
            int length;
            if (c is >= '\uE000' and <= '\uF8FF')
            {
                (cp, length) = (c, 1);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.ConvertToUtf32(c, text[i + 1]) >= 0xF0000)
            {
                (cp, length) = (char.ConvertToUtf32(c, text[i + 1]), 2);
            }
            else
            {
                continue;
            }

            if (!context.Document.IsSkipped(i))
            {
                context.Report(Descriptor, new TextSpan(i, length), null, cp);
            }

            i += length - 1;
        }
    }
}
