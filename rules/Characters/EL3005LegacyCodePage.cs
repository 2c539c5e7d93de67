using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text.Repair;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3005: a Turkish or South Slavic name written through the wrong single-byte code page (Erdoðan for Erdoğan,
/// Vuèiæ for Vučić). Only reported when the repaired word is confirmed: it appears elsewhere in the draft, or the
/// dictionaries know it and not the damaged form.
/// </summary>
public sealed class EL3005LegacyCodePage : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3005",
        "Wrong code page",
        "'{0}' looks like '{1}' decoded with the wrong code page ({2})",
        RuleCategories.Characters,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Windows-1254 (Turkish) or Windows-1250 (Central European) text decoded as Windows-1252 turns ğ into ð, ş into þ, č into è, ć into æ.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        HashSet<string>? vocabulary = null;
        foreach (var word in document.Words)
        {
            var text = document.Slice(word.Span);
            if (!HasSuspect(text))
            {
                continue;
            }

            vocabulary ??= Vocabulary(document);
            if (Repair(text, vocabulary, context.SpellChecker) is var (candidate, name))
            {
                context.Report(Descriptor, word.Span, CodeFix.Replace($"Replace with '{candidate}'", word.Span, candidate, FixSafety.Safe), text.ToString(), candidate, name);
            }
        }
    }

    /// <summary>The draft's words, which confirm a repair ("Erdoðan" is "Erdoğan" when the draft also writes Erdoğan).</summary>
    internal static HashSet<string> Vocabulary(Core.Syntax.EditorialDocument document) =>
        document.Words.Select(w => document.GetText(w.Span)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The word <paramref name="text"/> stands for when it is Windows-1254 or Windows-1250 text decoded as
    /// Windows-1252, confirmed by the draft's own words or by the dictionaries; null when there is none. EL4001 asks
    /// too, so that such a word is reported once, here.
    /// </summary>
    internal static (string Word, string CodePage)? Repair(ReadOnlySpan<char> text, HashSet<string> vocabulary, Core.Spelling.ISpellChecker? speller)
    {
        if (!HasSuspect(text))
        {
            return null;
        }

        foreach (var (name, map) in CodePages)
        {
            var candidate = Convert(text, map);
            if (candidate is null || candidate.AsSpan().SequenceEqual(text))
            {
                continue;
            }

            if (vocabulary.Contains(candidate) || (speller is not null && speller.Check(candidate) && !speller.Check(text)))
            {
                return (candidate, name);
            }
        }

        return null;
    }

    private static readonly (string Name, SingleByteCodePage CodePage)[] CodePages =
    [
        ("Windows-1254, Turkish", SingleByteCodePage.Windows1254),
        ("Windows-1250, Central European", SingleByteCodePage.Windows1250),
    ];

    // Letters that Windows-1252 shows where 1254/1250 had ğ ı ş İ Ş Ğ č ć đ ř ľ ...
    internal static bool HasSuspect(ReadOnlySpan<char> word) => word.IndexOfAny("ðÐýÝþÞèÈæÆøØìÌòÒùÙšŠžŽ") >= 0 && word.IndexOfAnyInRange('\u0100', '\uFFFF') < 0;

    private static string? Convert(ReadOnlySpan<char> word, SingleByteCodePage codePage)
    {
        var chars = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] is >= '\u0080' and <= '\u009F' || !SingleByteCodePage.Windows1252.TryEncode(word[i], out var b))
            {
                return null;
            }

            var c = codePage.Decode(b);
            if (c is >= '\u0080' and <= '\u009F')
            {
                return null; // a byte the code page leaves undefined
            }

            chars[i] = c;
        }

        return new string(chars);
    }
}
