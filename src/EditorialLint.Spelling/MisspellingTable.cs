namespace EditorialLint.Spelling;

/// <summary>
/// Common misspellings with their corrections (<c>misspelling&lt;TAB&gt;correction[, correction]</c>, <c>#</c>
/// comments): "recieve" → "receive". A misspelling with one correction has a certain fix. Lookup is exact, and a
/// Capitalized or ALL-CAPS word is looked up in lower case with its corrections re-cased. Thread-safe after loading.
/// </summary>
public sealed class MisspellingTable
{
    private readonly Dictionary<string, string[]> _map;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private MisspellingTable(Dictionary<string, string[]> map)
    {
        _map = map;
        _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _map.Count;

    public static MisspellingTable Load(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    public static MisspellingTable Read(TextReader reader)
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var fixes = line[(tab + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (fixes.Length > 0)
            {
                map.TryAdd(line[..tab].Trim(), fixes);
            }
        }

        return new MisspellingTable(map);
    }

    /// <summary>The corrections of <paramref name="word"/>, best first, or an empty list.</summary>
    public IReadOnlyList<string> Corrections(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 100)
        {
            return [];
        }

        if (_lookup.TryGetValue(word, out var fixes))
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
        if (!_lookup.TryGetValue(lower, out fixes))
        {
            return [];
        }

        return allCaps && word.Length > 1
            ? [.. fixes.Select(f => f.ToUpperInvariant())]
            : [.. fixes.Select(f => f.Length == 0 ? f : char.ToUpperInvariant(f[0]) + f[1..])];
    }
}
