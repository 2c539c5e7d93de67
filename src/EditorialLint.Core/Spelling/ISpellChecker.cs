namespace EditorialLint.Core.Spelling;

/// <summary>
/// A spelling dictionary (or a stack of them) as rules see it. Implementations must be thread-safe:
/// the driver analyses documents in parallel and shares one checker between them.
/// </summary>
public interface ISpellChecker
{
    /// <summary>True when <paramref name="word"/> is a correct word (casing rules, affixes, compounds applied).</summary>
    bool Check(ReadOnlySpan<char> word);

    /// <summary>Up to <paramref name="maxSuggestions"/> corrections, best first. Called only for reported words.</summary>
    IReadOnlyList<string> Suggest(string word, int maxSuggestions = 5);

    /// <summary>
    /// True when a dictionary entry (or an affixed form of one) has exactly this casing, without the case folding
    /// <see cref="Check"/> applies: "Windows" (an entry of its own beside "window") or "Turkey's", but not "Mark" read
    /// as "mark". Heading rules use it to tell a name from a capitalised common word. The default knows no entries.
    /// </summary>
    bool HasEntryAsWritten(ReadOnlySpan<char> word) => false;

    /// <summary>
    /// True when the dictionaries proper know <paramref name="word"/>, not only the acceptance-only word lists that widen
    /// <see cref="Check"/> with rare, archaic and technical words (SCOWL's largest sizes, software terms): "wellknown" is
    /// accepted by those lists but is not a common word. The default is <see cref="Check"/>.
    /// </summary>
    bool IsCommonWord(ReadOnlySpan<char> word) => Check(word);

    /// <summary>
    /// The corrections of <paramref name="word"/> when it is a listed common misspelling ("recieve" → "receive"), best
    /// first; empty otherwise. One correction is a certain fix. The default knows no misspellings.
    /// </summary>
    IReadOnlyList<string> CommonMisspelling(ReadOnlySpan<char> word) => [];

    /// <summary>
    /// Known names close to the unknown name <paramref name="word"/> (Vucic → Vučić), best first: the names the
    /// dictionaries spell with marks the word lacks, then names one or two edits away. The default knows no names.
    /// </summary>
    IReadOnlyList<string> SuggestNames(string word, int maxSuggestions = 5) => [];
}
