using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3008: invisible format characters where they do nothing: zero-width space, word joiner, a byte order mark
/// inside the text, left-to-right/right-to-left marks and embeddings in text without right-to-left script, and
/// zero-width joiners between Latin letters. Soft hyphens are legitimate hyphenation hints and are left alone.
/// </summary>
public sealed class EL3008InvisibleCharacter : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3008",
        "Invisible character",
        "Invisible character U+{0:X4} ({1}) in the text",
        RuleCategories.Characters,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Invisible characters break searching, spell checking and copy-paste, and do nothing in English prose.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.Content;
        bool? hasRtl = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? name = c switch
            {
                '\u200B' => "zero width space",
                '\u2060' => "word joiner",
                '\uFEFF' when i > 0 => "byte order mark",
                '\u180E' => "Mongolian vowel separator",
                '\u200C' or '\u200D' when IsBetweenLatin(text, i) => c == '\u200C' ? "zero width non-joiner" : "zero width joiner",
                '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => (hasRtl ??= HasRightToLeft(text)) ? null : "bidirectional control",
                _ => null,
            };
            if (name is null || context.Document.IsSkipped(i))
            {
                continue;
            }

            var span = new TextSpan(i, 1);
            context.Report(Descriptor, span, CodeFix.Delete($"Remove the {name}", span, FixSafety.Safe), (int)c, name);
        }
    }

    private static bool IsBetweenLatin(string text, int i) =>
        i > 0 && i + 1 < text.Length && IsLatin(text[i - 1]) && IsLatin(text[i + 1]);

    private static bool IsLatin(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F');

    private static bool HasRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE')
            {
                return true;
            }
        }

        return false;
    }
}
