using EditorialLint.Core.Spelling;

namespace EditorialLint.Spelling;

/// <summary>
/// A plain word list (<c>NAME.words</c>: one word per line, UTF-8, <c>#</c> comments) that widens acceptance and
/// suggests nothing: SCOWL's larger sizes and proper-name lists. Entries are exact forms; a Capitalized or ALL-CAPS
/// word is accepted when the list has its lower-case form, and a possessive (<c>'s</c>, <c>’s</c>, <c>s'</c>) when
/// the list has its stem. Casing is invariant (no culture). Immutable and thread-safe after loading.
/// </summary>
public sealed class WordList : ISpellChecker
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordList(HashSet<string> words, string name)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Name = name;
    }

    /// <summary>The file name without its extension (en_wide, names).</summary>
    public string Name { get; }

    public int Count => _words.Count;

    /// <summary>The entries, in no particular order.</summary>
    public IEnumerable<string> Entries => _words;

    public static WordList Load(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileNameWithoutExtension(path));
    }

    public static WordList Read(TextReader reader, string name = "list")
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var w = line.AsSpan().Trim();
            if (w.IsEmpty || w[0] == '#')
            {
                continue;
            }

            words.Add(w.Contains('\u2019') ? w.ToString().Replace('\u2019', '\'') : w.ToString());
        }

        return new WordList(words, name);
    }

    public static WordList FromWords(IEnumerable<string> words, string name = "list") =>
        new(new HashSet<string>(words, StringComparer.Ordinal), name);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Check(ReadOnlySpan<char> word)
    {
        if (word.Length < 1 || word.Length > 100)
        {
            return false;
        }

        if (word.Contains('\u2019'))
        {
            Span<char> plain = stackalloc char[word.Length];
            word.CopyTo(plain);
            plain.Replace('\u2019', '\'');
            return CheckPlain(plain);
        }

        return CheckPlain(word);
    }

    private bool CheckPlain(ReadOnlySpan<char> word)
    {
        if (CheckCased(word))
        {
            return true;
        }

        // possessives: Holbrooke's, Holbrookes' (the plural's apostrophe)
        if (word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal))
        {
            return CheckCased(word[..^2]);
        }

        return word.Length > 2 && word[^1] == '\'' && word[^2] == 's' && CheckCased(word[..^1]);
    }

    private bool CheckCased(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word[0] == '\'' || word[^1] == '\'')
        {
            return false;
        }

        if (_lookup.Contains(word))
        {
            return true;
        }

        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        var allCaps = true;
        var restLower = true;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsLower(word[i])) allCaps = false;
            else if (char.IsUpper(word[i])) restLower = false;
        }

        Span<char> buffer = stackalloc char[word.Length];
        if (restLower)
        {
            // Whistleblower at a sentence start: the list has whistleblower
            word.CopyTo(buffer);
            buffer[0] = LowerInvariant(word[0]);
            return _lookup.Contains(buffer);
        }

        if (allCaps && word.Length > 1)
        {
            for (var i = 0; i < word.Length; i++) buffer[i] = LowerInvariant(word[i]);
            if (_lookup.Contains(buffer)) return true;
            buffer[0] = word[0];
            return _lookup.Contains(buffer);
        }

        return false;
    }

    private static char LowerInvariant(char c) => c == '\u0130' ? 'i' : char.ToLowerInvariant(c);

    /// <summary>Acceptance only: suggestions come from the core dictionaries.</summary>
    public IReadOnlyList<string> Suggest(string word, int maxSuggestions = 5) => [];

    public bool HasEntryAsWritten(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
