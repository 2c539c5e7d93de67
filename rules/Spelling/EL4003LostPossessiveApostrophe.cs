using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Spelling;

/// <summary>
/// EL4003: a possessive whose apostrophe was lost, as PDF extraction does with U+2019 ("Türkiyes role"). Reported
/// when the word is not in the dictionaries but the name before the final s is; fixed by putting the apostrophe
/// back in the draft's own style (’ or ').
/// </summary>
public sealed class EL4003LostPossessiveApostrophe : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL4003",
        "Lost possessive apostrophe",
        "'{0}' looks like the possessive '{1}' with its apostrophe lost",
        RuleCategories.Spelling,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A capitalised name or acronym followed by s, which is not a word, while the name is: the apostrophe of a possessive was lost.",
        helpLinkUri: "rules/Spelling/EL4003LostPossessiveApostrophe.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var speller = context.SpellChecker;
        if (speller is null)
        {
            return;
        }

        var document = context.Document;
        var apostrophe = PreferredApostrophe(document.Content);
        foreach (var word in document.Words)
        {
            var text = document.Slice(word.Span);
            if (!SpellingText.IsCheckable(text))
            {
                continue;
            }

            var stem = SpellingText.LostApostropheStem(text, speller);
            if (stem < 0)
            {
                continue;
            }

            var fixedWord = string.Concat(text[..stem], apostrophe.ToString(), text[stem..]);
            var fix = CodeFix.Insert($"Insert the apostrophe: {fixedWord}", word.Span.Start + stem, apostrophe.ToString());
            context.Report(Descriptor, word.Span, fix, text.ToString(), fixedWord);
        }
    }

    /// <summary>The apostrophe the draft uses between letters; the typographic ’ when it uses none.</summary>
    private static char PreferredApostrophe(string text)
    {
        var straight = 0;
        var curly = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                if (text[i] == '\'')
                {
                    straight++;
                }
                else if (text[i] == '\u2019')
                {
                    curly++;
                }
            }
        }

        return straight > curly ? '\'' : '\u2019';
    }
}
