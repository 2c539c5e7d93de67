using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Consistency;

/// <summary>
/// EL5003: a compound written in more than one way in a draft: hyphenated, open or closed (long-term, long term,
/// longterm; non-EU, non EU). Found without a list from the draft's own hyphenated compounds. The majority form wins;
/// without a majority, each minority form is reported without a fix. A capitalised compound that does not start a
/// sentence belongs to a proper name (Co-operation in the OSCE's name) and is left out.
/// </summary>
public sealed class EL5003CompoundWrittenTwoWays : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL5003", "Compound written two ways", "'{0}' is also written '{1}' (line {2})",
        RuleCategories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "One compound hyphenated in one place and open or closed in another.", customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var doc = c.Document;
        var text = doc.Content;
        var words = doc.Words;

        // Hyphenated pairs first: they define which compounds exist.
        var occurrences = new Dictionary<string, List<(string Form, TextSpan Span)>>(StringComparer.Ordinal);
        void Add(string key, string form, TextSpan span)
        {
            // A capitalised compound that does not start a sentence is part of a proper name (Organization for
            // Security and Co-operation in Europe, Non-Aligned Movement): the name's spelling, neither reported nor counted.
            if (char.IsUpper(text[span.Start]) && !ConsistencyText.IsSentenceStart(doc, span.Start))
            {
                return;
            }

            // Other people's wording (a quotation, a cited title, a name, a link's text) is neither reported nor counted.
            if (doc.Prose.OverlapsVerbatim(span))
            {
                return;
            }

            if (!occurrences.TryGetValue(key, out var list))
            {
                occurrences[key] = list = [];
            }

            list.Add((form, span));
        }

        for (var i = 0; i + 1 < words.Length; i++)
        {
            var a = words[i].Span;
            var b = words[i + 1].Span;
            if (b.Start - a.End == 1 && IsHyphen(text[a.End]) && char.IsLetter(text[a.Start]) && char.IsLetter(text[b.Start]) &&
                !InLongerChain(text, a, b) && !Modals.Contains(doc.GetText(a).ToLowerInvariant()))
            {
                Add(Key(doc.GetText(a), doc.GetText(b)), "hyphen", TextSpan.FromBounds(a.Start, b.End));
            }
        }

        if (occurrences.Count == 0)
        {
            return;
        }

        // Keys are looked up lower-cased in a buffer: a string is made only for a compound that is found.
        var byKey = occurrences.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[64];
        ReadOnlySpan<char> Lower(TextSpan first, TextSpan second)
        {
            var length = first.Length + second.Length;
            if (buffer.Length < length * 2)
            {
                buffer = new char[length * 2];
            }

            var raw = buffer.AsSpan(0, length);
            doc.Slice(first).CopyTo(raw);
            doc.Slice(second).CopyTo(raw[first.Length..]);
            var lower = buffer.AsSpan(length, length);
            raw.ToLowerInvariant(lower);
            return lower;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var a = words[i].Span;
            if (i + 1 < words.Length)
            {
                var b = words[i + 1].Span;
                if (b.Start - a.End == 1 && text[a.End] == ' ')
                {
                    if (byKey.TryGetValue(Lower(a, b), out var list) && !doc.Prose.OverlapsVerbatim(TextSpan.FromBounds(a.Start, b.End)) &&
                        Attributive(doc, words, i + 1))
                    {
                        list.Add(("open", TextSpan.FromBounds(a.Start, b.End)));
                    }
                }
            }

            if (byKey.TryGetValue(Lower(a, default), out var closed) && (a.Start == 0 || !IsHyphen(text[a.Start - 1])) && (a.End >= text.Length || !IsHyphen(text[a.End])) &&
                !doc.Prose.OverlapsVerbatim(a))
            {
                closed.Add(("closed", a));
            }
        }

        foreach (var (_, list) in occurrences)
        {
            var forms = list.GroupBy(x => x.Form).OrderByDescending(g => g.Count()).ToList();
            if (forms.Count < 2)
            {
                continue;
            }

            var majority = forms[0].Count() > forms[1].Count() ? forms[0] : null;
            foreach (var group in forms.Where(f => f != majority))
            {
                var other = majority ?? forms.First(f => f != group);
                var reference = other.First().Span;
                foreach (var (_, span) in group)
                {
                    CodeFix? fix = null;
                    if (majority is not null)
                    {
                        var replacement = Rewrite(doc.GetText(span), doc.GetText(reference));
                        fix = CodeFix.Replace($"Write '{replacement}'", span, replacement);
                    }

                    c.Report(Descriptor, span, [reference], fix, doc.GetText(span), doc.GetText(reference), c.LineNumber(reference.Start));
                }
            }
        }
    });

    /// <summary>
    /// A modal or auxiliary as the first part ("can-do", "must-have") makes the open form a verb phrase ("we can do
    /// this"), not the same compound written open.
    /// </summary>
    private static readonly FrozenSet<string> Modals = new HashSet<string>(StringComparer.Ordinal)
    {
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did", "is", "are", "was", "were", "be", "been",
        "have", "has", "had",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The open form stands before what it modifies, where a hyphen would go ("already existing structures"). As a
    /// noun phrase or after its noun ("in the long term, and", "a broad spectrum of", "met in person") the open form
    /// is the right one and is not the compound written another way.
    /// </summary>
    private static bool Attributive(Core.Syntax.EditorialDocument doc, ImmutableArray<Core.Syntax.Word> words, int second)
    {
        if (second + 1 >= words.Length)
        {
            return false;
        }

        var gap = doc.Content.AsSpan(words[second].Span.End, words[second + 1].Span.Start - words[second].Span.End);
        return gap.Length > 0 && gap.IsWhiteSpace() && gap.Count('\n') <= 1 && !Core.Syntax.FunctionWords.Contains(doc.Slice(words[second + 1].Span));
    }

    /// <summary>Two words of a longer hyphenated chain ("face-to-face", "state-of-the-art") are not a compound of their own.</summary>
    private static bool InLongerChain(string text, TextSpan a, TextSpan b) =>
        (a.Start > 1 && IsHyphen(text[a.Start - 1]) && char.IsLetterOrDigit(text[a.Start - 2])) ||
        (b.End + 1 < text.Length && IsHyphen(text[b.End]) && char.IsLetterOrDigit(text[b.End + 1]));

    private static string Key(string a, string b) => (a + b).ToLowerInvariant();

    /// <summary>Write <paramref name="text"/> the way <paramref name="model"/> is written (separator and split point), keeping its letters.</summary>
    private static string Rewrite(string text, string model)
    {
        var letters = new string(text.Where(char.IsLetterOrDigit).ToArray());
        var split = model.IndexOfAny(['-', '\u2010', '\u2011', ' ']);
        if (split < 0)
        {
            return letters;
        }

        var ownSplit = text.IndexOfAny(['-', '\u2010', '\u2011', ' ']);
        var at = Math.Min(ownSplit < 0 ? split : ownSplit, letters.Length);
        return letters[..at] + model[split] + letters[at..];
    }
}
