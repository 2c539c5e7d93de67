using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Spelling;

/// <summary>EL4002: the same word twice in a row ("the the"), across a line break too.</summary>
public sealed class EL4002RepeatedWord : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL4002",
        "Repeated word",
        "'{0}' is repeated",
        RuleCategories.Spelling,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A word written twice in a row, usually an editing slip. 'had had' and 'that that' are grammatical and are not reported.",
        customTags: [RuleTags.ReviewFix]);

    private static readonly string[] Grammatical = ["had", "that", "is", "do", "can"];

    /// <summary>Particles of phrasal verbs: "logging in in the", "turned on on Monday", "signed up up to".</summary>
    private static readonly string[] Particles = ["in", "on", "up", "out", "off", "over", "down", "by", "through", "back"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        var words = document.Words;
        var content = document.Content;
        var chain = false; // the previous pair was reported: "Turkey Turkey Turkey" at a sentence start is one chain
        for (var i = 1; i < words.Length; i++)
        {
            var inChain = chain;
            chain = false;
            var prev = words[i - 1].Span;
            var cur = words[i].Span;
            var a = document.Slice(prev);
            var b = document.Slice(cur);
            if (!a.Equals(b, StringComparison.OrdinalIgnoreCase) || !char.IsLetter(a[0]))
            {
                continue;
            }

            // Only whitespace between them, and at most one line break (a blank line is a new paragraph).
            var gap = content.AsSpan(prev.End, cur.Start - prev.End);
            if (gap.Length == 0 || !gap.IsWhiteSpace() || gap.Count('\n') > 1)
            {
                continue;
            }

            var lower = a.ToString().ToLowerInvariant();
            if (Grammatical.Contains(lower, StringComparer.Ordinal))
            {
                continue;
            }

            // Reduplicated names (Bora Bora, Baden Baden) and words of another language (Turkish "yavaş yavaş",
            // "ara sıra") repeat on purpose: both capitalised, or a word the dictionaries do not know.
            if ((char.IsUpper(a[0]) && char.IsUpper(b[0]) && !inChain && !document.Prose.IsSentenceStart(prev.Start)) ||
                (context.SpellChecker is { } speller && !speller.Check(a)))
            {
                continue;
            }

            // A run-in heading on its own line and the sentence that repeats its word ("B. Vignetting" ⏎ "Vignetting is").
            if (gap.Contains('\n') && char.IsUpper(b[0]))
            {
                continue;
            }

            // A phrasal verb and a preposition: "logging in in the", "logged on on Monday".
            if (Particles.Contains(lower, StringComparer.Ordinal) && i >= 2 && IsVerbForm(document.Slice(words[i - 2].Span)) &&
                content.AsSpan(words[i - 2].Span.End, prev.Start - words[i - 2].Span.End).IsWhiteSpace())
            {
                continue;
            }

            chain = true;
            var remove = TextSpan.FromBounds(prev.End, cur.End);
            context.Report(Descriptor, cur, CodeFix.Delete($"Remove the second '{b.ToString()}'", remove), b.ToString());
        }
    }

    /// <summary>A participle or past form: "logging", "logged", "signed".</summary>
    private static bool IsVerbForm(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
}
