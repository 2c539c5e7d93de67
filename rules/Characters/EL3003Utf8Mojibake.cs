using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text.Repair;

namespace EditorialLint.Rules.Characters;

/// <summary>EL3003: UTF-8 read as Windows-1252 or Latin-1 (TÃ¼rkiye, â€™), once or more; fixed by strict re-decoding.</summary>
public sealed class EL3003Utf8Mojibake : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3003",
        "UTF-8 read as Windows-1252",
        "'{0}' is UTF-8 read as Windows-1252{1}; it should read '{2}'",
        RuleCategories.Characters,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Mojibake: the UTF-8 bytes of a character were decoded as Windows-1252 or Latin-1, so one letter became two or three.",
        helpLinkUri: "rules/Characters/EL3003Utf8Mojibake.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var run in Utf8Mojibake.Find(context.Document.Content))
        {
            if (context.Document.IsSkipped(run.Span.Start))
            {
                continue;
            }

            var layers = run.Layers switch
            {
                1 => string.Empty,
                2 => " twice",
                _ => $" {run.Layers} times",
            };
            var original = context.Document.GetText(run.Span);
            context.Report(Descriptor, run.Span, CodeFix.Replace($"Re-decode as '{run.Repaired}'", run.Span, run.Repaired), original, layers, run.Repaired);
        }
    }
}
