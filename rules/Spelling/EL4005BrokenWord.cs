using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Spelling;

/// <summary>
/// EL4005: a word whose boundaries extraction or haste damaged, with its repair: known words run together
/// ("benefitwith" → "benefit with"), a known word broken apart ("constitu- ent" → "constituent", "R EFERENCES"), a space
/// one letter off ("th eemergence" → "the emergence"). Found in the same pass as EL4001 (<see cref="EL4001UnknownWord.Collect"/>),
/// which then does not report the pieces as unknown words.
/// </summary>
public sealed class EL4005BrokenWord : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL4005",
        "Broken word",
        "'{0}' is probably '{1}': {2}",
        RuleCategories.Spelling,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Known words written without the space between them, or one known word split apart, as PDF extraction and hasty typing leave them.",
        customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (EL4001UnknownWord.Collect(context) is not { } found)
        {
            return;
        }

        foreach (var broken in found.Broken)
        {
            var why = broken.Kind switch
            {
                BreakKind.RunTogether => "words run together",
                BreakKind.BrokenApart => "a word broken apart",
                _ => "a space in the wrong place",
            };

            var fix = CodeFix.Replace($"Replace with '{broken.Repair}'", broken.Span, broken.Repair);
            context.Report(Descriptor, broken.Span, fix, broken.Text, broken.Repair, why);
        }
    }
}
