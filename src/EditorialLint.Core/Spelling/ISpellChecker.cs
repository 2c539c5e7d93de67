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
}
