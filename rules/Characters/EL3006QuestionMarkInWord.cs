using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3006: a '?' between letters (Erdo?an), which is what an encoder writes for a character it cannot represent.
/// A suggestion comes from the draft's own vocabulary when exactly one word matches.
/// </summary>
public sealed class EL3006QuestionMarkInWord : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3006",
        "Question mark inside a word",
        "'?' inside '{0}': a character was lost in conversion{1}",
        RuleCategories.Characters,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Encoders that cannot represent a character (ğ, č, ’) often write '?' instead.",
        customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        var text = document.Content;
        HashSet<string>? vocabulary = null;
        var i = text.IndexOf('?', StringComparison.Ordinal);
        while (i >= 0)
        {
            // letter ? lowercase-letter: "Erdo?an", "Vu?i?". "you?No" (a missing space) has a capital after it.
            if (i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) && !document.IsSkipped(i))
            {
                var start = i;
                while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '?'))
                {
                    start--;
                }

                var end = i + 1;
                while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '?'))
                {
                    end++;
                }

                var word = text[start..end];
                vocabulary ??= document.Words.Select(w => document.GetText(w.Span)).ToHashSet(StringComparer.Ordinal);
                var suggestion = Match(word, vocabulary);
                if (char.IsLower(text[i + 1]) || suggestion is not null)
                {
                    var hint = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
                    var fix = suggestion is null ? null : CodeFix.Replace($"Replace with '{suggestion}'", TextSpan.FromBounds(start, end), suggestion);
                    context.Report(Descriptor, TextSpan.FromBounds(start, end), fix, word, hint);
                }

                i = text.IndexOf('?', end);
                continue;
            }

            i = text.IndexOf('?', i + 1);
        }
    }

    private static string? Match(string damaged, HashSet<string> vocabulary)
    {
        string? found = null;
        foreach (var w in vocabulary)
        {
            if (w.Length != damaged.Length || w.Contains('?', StringComparison.Ordinal))
            {
                continue;
            }

            var ok = true;
            for (var k = 0; k < w.Length && ok; k++)
            {
                ok = damaged[k] == '?' ? w[k] > 0x7F : damaged[k] == w[k];
            }

            if (ok)
            {
                if (found is not null)
                {
                    return null;
                }

                found = w;
            }
        }

        return found;
    }
}
