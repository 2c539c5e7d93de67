using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Data;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Spelling;

/// <summary>
/// EL4003: a possessive whose apostrophe was lost, as PDF extraction does with U+2019 ("Türkiyes role"). Reported
/// when the word is not in the dictionaries but the name before the final s is, or when it ends a listed name of a
/// single institution ("the European Unions role": dictionaries/singular-names.txt); fixed by putting the apostrophe
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
        char? preferred = null;
        var singularNames = DataFiles.SingularNames(context.Options);
        foreach (var word in document.Words)
        {
            var text = document.Slice(word.Span);

            // Cheap first: only a capitalised word ending in s can be such a possessive.
            if (text.Length < 3 || text[^1] != 's' || !char.IsUpper(text[0]) || !SpellingText.IsCheckable(text))
            {
                continue;
            }

            var stem = SpellingText.LostApostropheStem(text, speller);
            if (stem < 0 && EndsSingularName(document.Content, word.Span.Start, text, singularNames))
            {
                stem = text.Length - 1;
            }

            if (stem < 0)
            {
                continue;
            }

            var apostrophe = preferred ??= PreferredApostrophe(document.Content);
            var fixedWord = string.Concat(text[..stem], apostrophe.ToString(), text[stem..]);
            var fix = CodeFix.Insert($"Insert the apostrophe: {fixedWord}", word.Span.Start + stem, apostrophe.ToString());
            context.Report(Descriptor, word.Span, fix, text.ToString(), fixedWord);
        }
    }

    /// <summary>
    /// "Unions" in "the European Unions role": a capitalised word ending in s whose stem is the last word of a listed
    /// singular name, preceded in the text by the rest of that name (any run of spaces or a line break between words).
    /// </summary>
    private static bool EndsSingularName(string content, int start, ReadOnlySpan<char> word, System.Collections.Immutable.ImmutableArray<string> names)
    {
        if (names.IsEmpty || word.Length < 3 || word[^1] != 's' || !char.IsUpper(word[0]))
        {
            return false;
        }

        var stem = word[..^1];
        foreach (var name in names)
        {
            var lastSpace = name.LastIndexOf(' ');
            if (!name.AsSpan(lastSpace + 1).SequenceEqual(stem))
            {
                continue;
            }

            // Walk the name's earlier words backwards through the text.
            var pos = start;
            var matched = true;
            var words = name[..Math.Max(lastSpace, 0)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = words.Length - 1; i >= 0 && matched; i--)
            {
                var gap = pos;
                while (gap > 0 && content[gap - 1] is ' ' or '\t' or '\n' or '\r' or '\u00A0')
                {
                    gap--;
                }

                var w = words[i];
                matched = gap < pos && gap >= w.Length && string.CompareOrdinal(content, gap - w.Length, w, 0, w.Length) == 0 &&
                    (gap - w.Length == 0 || !char.IsLetterOrDigit(content[gap - w.Length - 1]));
                pos = gap - w.Length;
            }

            if (matched)
            {
                return true;
            }
        }

        return false;
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
