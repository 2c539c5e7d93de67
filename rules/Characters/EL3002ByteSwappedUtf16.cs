using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>EL3002: UTF-16 text whose bytes were swapped (with or without lost zero bytes); fixed by the exact inverse.</summary>
public sealed class EL3002ByteSwappedUtf16 : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3002",
        "Byte-swapped UTF-16 text",
        "Byte-swapped UTF-16 text; it reads '{0}'",
        RuleCategories.Characters,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Characters that look like CJK ideographs but are ASCII text (and dashes) whose UTF-16 bytes were swapped, as some PDF extractors and wrong-endian decoders produce.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var run in context.Analyses.CharacterDamage.ByteSwapped)
        {
            if (context.Document.IsSkipped(run.Span.Start))
            {
                continue;
            }

            var shown = run.Repaired.Trim();
            context.Report(Descriptor, run.Span, CodeFix.Replace($"Decode as '{shown}'", run.Span, run.Repaired, FixSafety.Safe), shown);
        }
    }
}
