namespace EditorialLint.Spelling;

/// <summary>Finds <c>NAME.aff</c>/<c>NAME.dic</c> in a list of folders (first folder that has both wins).</summary>
public static class DictionaryResolver
{
    /// <summary>Folders searched by default: ./dictionaries, the application folder's dictionaries, /usr/share/hunspell.</summary>
    public static IReadOnlyList<string> DefaultFolders { get; } =
    [
        Path.Combine(Environment.CurrentDirectory, "dictionaries"),
        Path.Combine(AppContext.BaseDirectory, "dictionaries"),
        "/usr/share/hunspell",
        "/usr/share/myspell",
    ];

    public static bool TryResolve(string name, IEnumerable<string> folders, out string affPath, out string dicPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        foreach (var folder in folders)
        {
            string aff = Path.Combine(folder, name + ".aff");
            string dic = Path.Combine(folder, name + ".dic");
            if (File.Exists(aff) && File.Exists(dic))
            {
                affPath = aff;
                dicPath = dic;
                return true;
            }
        }
        affPath = dicPath = "";
        return false;
    }

    /// <summary>Loads NAME from the first folder that has it, or throws <see cref="FileNotFoundException"/>.</summary>
    public static HunspellDictionary Load(string name, IEnumerable<string>? folders = null)
    {
        var list = (folders ?? DefaultFolders).ToList();
        if (!TryResolve(name, list, out var aff, out var dic))
            throw new FileNotFoundException($"Dictionary '{name}' (.aff + .dic) not found in: {string.Join(", ", list)}");
        return HunspellDictionary.Load(aff, dic);
    }

    /// <summary>
    /// Finds a word list in the folders, or null: NAME.dic (an add-on read with the first dictionary's .aff),
    /// NAME.words (an acceptance-only plain list) or NAME.tsv (a table of common misspellings).
    /// </summary>
    public static string? FindWordList(string name, IEnumerable<string> folders)
    {
        var given = name.EndsWith(".dic", StringComparison.Ordinal) || name.EndsWith(".words", StringComparison.Ordinal) || name.EndsWith(".tsv", StringComparison.Ordinal);
        foreach (var folder in folders)
        {
            if (given)
            {
                string path = Path.Combine(folder, name);
                if (File.Exists(path)) return path;
                continue;
            }
            foreach (var ext in (string[])[".dic", ".words", ".tsv"])
            {
                string path = Path.Combine(folder, name + ext);
                if (File.Exists(path)) return path;
            }
        }
        return null;
    }
}
