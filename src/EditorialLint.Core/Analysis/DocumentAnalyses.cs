using System.Runtime.CompilerServices;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Per-document analyses that several rules need, computed at most once per document and shared (as Roslyn keeps
/// compilation-level caches and markdownlint caches its parse for all rules): the character damage (mojibake,
/// byte-swapped text, control and replacement characters), the footnote sequence and the draft's vocabulary. Each is
/// computed lazily, on first use, and thread-safely: rules that run at the same time on one document wait for one
/// computation. Reach it from an action through <see cref="Rules.AnalysisContext.Analyses"/> or with <see cref="Of"/>.
/// </summary>
public sealed class DocumentAnalyses
{
    private static readonly ConditionalWeakTable<EditorialDocument, DocumentAnalyses> ByDocument = new();

    private readonly EditorialDocument _document;
    private readonly Lazy<CharacterDamage> _characterDamage;
    private readonly Lazy<FootnoteSequence> _footnotes;
    private readonly Lazy<HashSet<string>> _vocabulary;

    private DocumentAnalyses(EditorialDocument document)
    {
        _document = document;
        _characterDamage = new(() => new CharacterDamage(document.Content), LazyThreadSafetyMode.ExecutionAndPublication);
        _footnotes = new(() => new FootnoteSequence(document.FootnoteReferences), LazyThreadSafetyMode.ExecutionAndPublication);
        _vocabulary = new(ComputeVocabulary, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The analyses of <paramref name="document"/>: one object per document, kept as long as the document is.</summary>
    internal static DocumentAnalyses Of(EditorialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ByDocument.GetValue(document, d => new DocumentAnalyses(d));
    }

    /// <summary>Whether the character damage has been computed (tests: proof that it is computed once, or not at all).</summary>
    internal bool IsCharacterDamageComputed => _characterDamage.IsValueCreated;

    /// <summary>Mojibake runs, byte-swapped runs, control and replacement characters of the whole text.</summary>
    public CharacterDamage CharacterDamage => _characterDamage.Value;

    /// <summary>The footnote references' numbers in order of first use.</summary>
    public FootnoteSequence Footnotes => _footnotes.Value;

    /// <summary>
    /// Every distinct word of the draft as written (ordinal): the draft's own vocabulary, which confirms a repair
    /// ("Erdoðan" is "Erdoğan" when the draft also writes Erdoğan). Read only; do not change it.
    /// </summary>
    public IReadOnlySet<string> Vocabulary => _vocabulary.Value;

    private HashSet<string> ComputeVocabulary()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in _document.Words)
        {
            lookup.Add(_document.Slice(w.Span));
        }

        return words;
    }
}
