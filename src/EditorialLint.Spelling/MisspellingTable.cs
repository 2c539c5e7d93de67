namespace EditorialLint.Spelling;

/// <summary>
/// Common misspellings with their corrections (<c>misspelling&lt;TAB&gt;correction[, correction]</c>, <c>#</c>
/// comments): "recieve" → "receive". A misspelling with one correction has a certain fix. Lookup is exact, and a
/// Capitalized or ALL-CAPS word is looked up in lower case with its corrections re-cased. Thread-safe after loading.
/// </summary>
public sealed class MisspellingTable
{
    private readonly SortedLines[] _tables;

    private MisspellingTable(params SortedLines[] tables) => _tables = tables;

    public int Count => _tables.Sum(t => t.Count);

    public static MisspellingTable Load(string path) => new(SortedLines.Load(path, '\t'));

    /// <summary>Several tables read as one; where two list the same misspelling, the first one's corrections count.</summary>
    public static MisspellingTable Load(IEnumerable<string> paths) => new([.. paths.Select(p => SortedLines.Load(p, '\t'))]);

    public static MisspellingTable Read(TextReader reader) => new(SortedLines.From(reader.ReadToEnd(), '\t'));

    private string[]? Lookup(ReadOnlySpan<char> word)
    {
        foreach (var lines in _tables)
        {
            var i = lines.Find(word);
            if (i < 0) continue;
            var fixes = lines.Value(i).ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return fixes.Length == 0 ? null : fixes;
        }

        return null;
    }

    /// <summary>The corrections of <paramref name="word"/>, best first, or an empty list.</summary>
    public IReadOnlyList<string> Corrections(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 100)
        {
            return [];
        }

        if (Lookup(word) is { } fixes)
        {
            return fixes;
        }

        if (!char.IsUpper(word[0]))
        {
            return [];
        }

        var allCaps = true;
        var restLower = true;
        foreach (var c in word[1..])
        {
            if (char.IsLower(c)) allCaps = false;
            else if (char.IsUpper(c)) restLower = false;
        }

        if (!restLower && !allCaps)
        {
            return [];
        }

        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++) lower[i] = word[i] == '\u0130' ? 'i' : char.ToLowerInvariant(word[i]);
        fixes = Lookup(lower);
        if (fixes is null)
        {
            return [];
        }

        return allCaps && word.Length > 1
            ? [.. fixes.Select(f => f.ToUpperInvariant())]
            : [.. fixes.Select(f => f.Length == 0 ? f : char.ToUpperInvariant(f[0]) + f[1..])];
    }
}
