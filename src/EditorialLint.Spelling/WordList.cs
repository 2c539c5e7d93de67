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
    private readonly SortedLines _lines;

    private WordList(SortedLines lines, string name)
    {
        _lines = lines;
        Name = name;
    }

    /// <summary>The file name without its extension (en_wide, names).</summary>
    public string Name { get; }

    public int Count => _lines.Count;

    /// <summary>The entries, in ordinal order.</summary>
    public IEnumerable<string> Entries => _lines.All();

    /// <summary>The entries without allocating them: the callback gets each as a span.</summary>
    public void ForEach(SpanAction action) => _lines.ForEach(action);

    public delegate void SpanAction(ReadOnlySpan<char> entry);

    public static WordList Load(string path) => new(SortedLines.Load(path, keyEnd: null), Path.GetFileNameWithoutExtension(path));

    public static WordList Read(TextReader reader, string name = "list") => new(SortedLines.From(reader.ReadToEnd(), keyEnd: null), name);

    public static WordList FromWords(IEnumerable<string> words, string name = "list") =>
        new(SortedLines.From(string.Join('\n', words), keyEnd: null), name);

    public bool Contains(ReadOnlySpan<char> word) => _lines.Find(word) >= 0;

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

        if (Contains(word))
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
            return Contains(buffer);
        }

        if (allCaps && word.Length > 1)
        {
            for (var i = 0; i < word.Length; i++) buffer[i] = LowerInvariant(word[i]);
            if (Contains(buffer)) return true;
            buffer[0] = word[0];
            return Contains(buffer);
        }

        return false;
    }

    private static char LowerInvariant(char c) => c == '\u0130' ? 'i' : char.ToLowerInvariant(c);

    /// <summary>Acceptance only: suggestions come from the core dictionaries.</summary>
    public IReadOnlyList<string> Suggest(string word, int maxSuggestions = 5) => [];

    public bool HasEntryAsWritten(ReadOnlySpan<char> word) => Contains(word);
}
