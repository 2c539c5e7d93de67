using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text.Repair;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3005: a Turkish or South Slavic name written through the wrong single-byte code page (Erdoðan for Erdoğan,
/// Vuèiæ for Vučić). Only reported when the repaired word is confirmed: it appears elsewhere in the draft, or the
/// dictionaries know it and not the damaged form (see <see cref="LegacyCodePage"/>, which EL4001 asks too).
/// </summary>
public sealed class EL3005LegacyCodePage : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3005",
        "Wrong code page",
        "'{0}' looks like '{1}' decoded with the wrong code page ({2})",
        RuleCategories.Characters,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Windows-1254 (Turkish) or Windows-1250 (Central European) text decoded as Windows-1252 turns ğ into ð, ş into þ, č into è, ć into æ.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        foreach (var word in document.Words)
        {
            var text = document.Slice(word.Span);
            if (!LegacyCodePage.HasSuspect(text))
            {
                continue;
            }

            if (LegacyCodePage.Repair(text, context.Analyses.Vocabulary, context.SpellChecker) is var (candidate, name))
            {
                context.Report(Descriptor, word.Span, CodeFix.Replace($"Replace with '{candidate}'", word.Span, candidate, FixSafety.Safe), text.ToString(), candidate, name);
            }
        }
    }
}
