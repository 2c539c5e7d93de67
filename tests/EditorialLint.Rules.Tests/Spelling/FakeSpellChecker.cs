using System.Globalization;
using System.Text;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Rules.Tests.Spelling;

/// <summary>
/// A word-list speller for rule tests: a word is known if listed, or listed in lower case and capitalised. Optional
/// <see cref="Names"/> (suggested to a name that differs only in marks and case) and <see cref="Misspellings"/>.
/// </summary>
internal sealed class FakeSpellChecker(params string[] words) : ISpellChecker
{
    private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyDictionary<string, string[]> Misspellings { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Words only the acceptance-only wide lists know: <see cref="Check"/> accepts them, <see cref="IsCommonWord"/> does not.</summary>
    public IReadOnlyList<string> Wide { get; init; } = [];

    public bool IsCommonWord(ReadOnlySpan<char> word) => Check(word) && !Wide.Contains(word.ToString());

    public bool Check(ReadOnlySpan<char> word)
    {
        var w = word.ToString().Replace('\u2019', '\'');
        if (_words.Contains(w) || Names.Contains(w) || Wide.Contains(w))
        {
            return true;
        }

        if (w.EndsWith("'s", StringComparison.Ordinal) && Check(w.AsSpan(0, w.Length - 2)))
        {
            return true;
        }

        return w.Length > 1 && char.IsUpper(w[0]) && _words.Contains(char.ToLowerInvariant(w[0]) + w[1..]);
    }

    public bool HasEntryAsWritten(ReadOnlySpan<char> word) => _words.Contains(word.ToString()) || Names.Contains(word.ToString());

    /// <summary>Listed words that differ in case alone, then those that differ in one character.</summary>
    public IReadOnlyList<string> Suggest(string word, int maxSuggestions = 5) =>
        _words.Where(c => c.Length == word.Length && !c.Equals(word, StringComparison.Ordinal) && c.Equals(word, StringComparison.OrdinalIgnoreCase))
            .Concat(_words.Where(c => c.Length == word.Length && c.Zip(word).Count(p => p.First != p.Second) == 1).Order(StringComparer.Ordinal))
            .Take(maxSuggestions).ToList();

    public IReadOnlyList<string> CommonMisspelling(ReadOnlySpan<char> word) =>
        Misspellings.TryGetValue(word.ToString(), out var fixes) ? fixes
        : word.Length > 1 && char.IsUpper(word[0]) && Misspellings.TryGetValue(char.ToLowerInvariant(word[0]) + word[1..].ToString(), out fixes)
            ? [.. fixes.Select(f => char.ToUpperInvariant(f[0]) + f[1..])] : [];

    public IReadOnlyList<string> SuggestNames(string word, int maxSuggestions = 5) =>
        Names.Where(n => !n.Equals(word, StringComparison.Ordinal) && Fold(n) == Fold(word)).Take(maxSuggestions).ToList();

    private static string Fold(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c == 'ı' ? 'i' : char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
