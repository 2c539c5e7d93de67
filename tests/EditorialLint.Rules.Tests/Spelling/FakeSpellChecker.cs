using EditorialLint.Core.Spelling;

namespace EditorialLint.Rules.Tests.Spelling;

/// <summary>A word-list speller for rule tests: a word is known if listed, or listed in lower case and capitalised.</summary>
internal sealed class FakeSpellChecker(params string[] words) : ISpellChecker
{
    private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

    public bool Check(ReadOnlySpan<char> word)
    {
        var w = word.ToString().Replace('\u2019', '\'');
        if (_words.Contains(w))
        {
            return true;
        }

        if (w.EndsWith("'s", StringComparison.Ordinal) && Check(w.AsSpan(0, w.Length - 2)))
        {
            return true;
        }

        return w.Length > 1 && char.IsUpper(w[0]) && _words.Contains(char.ToLowerInvariant(w[0]) + w[1..]);
    }

    public bool HasEntryAsWritten(ReadOnlySpan<char> word) => _words.Contains(word.ToString());

    /// <summary>Listed words that differ in case alone, then those that differ in one character.</summary>
    public IReadOnlyList<string> Suggest(string word, int maxSuggestions = 5) =>
        _words.Where(c => c.Length == word.Length && !c.Equals(word, StringComparison.Ordinal) && c.Equals(word, StringComparison.OrdinalIgnoreCase))
            .Concat(_words.Where(c => c.Length == word.Length && c.Zip(word).Count(p => p.First != p.Second) == 1).Order(StringComparer.Ordinal))
            .Take(maxSuggestions).ToList();
}
