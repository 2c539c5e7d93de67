using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3001: U+FFFD REPLACEMENT CHARACTER in the text. Something upstream (a converter, a copy from a PDF, a wrong
/// encoding) replaced a character it could not read; the original is lost. When the damaged word matches exactly one
/// word of the draft's own vocabulary (same length, same letters elsewhere), that word is suggested.
/// </summary>
public sealed class EL3001ReplacementCharacter : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3001",
        "Replacement character",
        "Replacement character U+FFFD: a character was lost here{0}",
        RuleCategories.Characters,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The text holds U+FFFD, the mark a decoder leaves where it could not read a character.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var damage = context.Analyses.CharacterDamage;
        if (!damage.HasReplacementCharacters)
        {
            return;
        }

        // The draft's vocabulary, for suggestions (words with U+FFFD are left out in Suggest).
        var text = context.Document.Content;
        var vocabulary = context.Analyses.Vocabulary;
        foreach (var run in damage.ReplacementCharacters())
        {
            if (!context.Document.IsSkipped(run.Start))
            {
                var word = WordAround(text, run.Start, run.End);
                var suggestion = Suggest(text.Substring(word.Start, word.Length), vocabulary);
                var hint = suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";
                context.Report(Descriptor, run, null, hint);
            }
        }
    }

    private static TextSpan WordAround(string text, int start, int end)
    {
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '\uFFFD'))
        {
            start--;
        }

        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '\uFFFD'))
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static string? Suggest(string damaged, IReadOnlySet<string> vocabulary)
    {
        if (damaged.Length < 3)
        {
            return null;
        }

        string? found = null;
        foreach (var candidate in vocabulary)
        {
            if (candidate.Length != damaged.Length || candidate.Contains('\uFFFD', StringComparison.Ordinal))
            {
                continue;
            }

            var match = true;
            for (var i = 0; i < damaged.Length && match; i++)
            {
                match = damaged[i] == '\uFFFD' ? !char.IsAscii(candidate[i]) || char.IsLetter(candidate[i]) : damaged[i] == candidate[i];
            }

            if (match)
            {
                if (found is not null && !string.Equals(found, candidate, StringComparison.Ordinal))
                {
                    return null; // ambiguous
                }

                found = candidate;
            }
        }

        return found;
    }
}
