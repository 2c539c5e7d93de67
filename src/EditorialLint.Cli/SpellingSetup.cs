using System.Collections.Concurrent;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;
using EditorialLint.Spelling;

namespace EditorialLint.Cli;

/// <summary>
/// Finds and loads the dictionaries a document's configuration names (<c>editorial_lint.dictionaries</c>, default
/// <c>en_US, house, en_GB, en_wide, names, software, misspellings</c>: a word is right in either spelling standard,
/// and EL5005 judges a draft that mixes them; en_wide, names and software are plain lists that widen acceptance only,
/// misspellings is the table of common misspellings with their fixes), once per distinct list. A name is looked up
/// beside the .editorconfig that named it (and in its <c>dictionaries/</c> folder), then in the built-in dictionaries
/// shipped with the tool, then in /usr/share/hunspell; a path (with a slash or ending in .dic, .words or .tsv) is
/// resolved against that .editorconfig's folder. A list that cannot be loaded gives no checker and says why (the
/// session reports it once, at the .editorconfig line that named the list). The rule packs the configuration names
/// add the word lists of their <c>dictionaries/</c> folders after the named ones (<see cref="PackData"/>); with
/// <c>dictionaries = none</c> spelling stays off.
/// </summary>
internal sealed class SpellingSetup : ISpellCheckerSource
{
    private readonly ConcurrentDictionary<string, Lazy<SpellCheckerLookup>> _cache = new(StringComparer.Ordinal);

    public SpellCheckerLookup For(DocumentConfiguration configuration)
    {
        var options = configuration.Options;
        var names = options.Get(EngineOptions.Dictionaries);
        if (names.Length == 1 && names[0].Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return default;
        }

        // A pack's word lists come after the lists the configuration names; two folders that name the same lists but
        // different packs get different checkers.
        var origin = options.GetOriginDirectory(EngineOptions.Dictionaries.Name);
        var packLists = PackData.WordLists(options);
        var key = (origin ?? string.Empty) + "|" + string.Join(",", names) + "|" + string.Join("|", packLists);
        return _cache.GetOrAdd(key, _ => new Lazy<SpellCheckerLookup>(() => Load(names, origin, packLists))).Value;
    }

    /// <summary>The dictionary names a configuration gives (or the default list), and the folder of the file that gave them.</summary>
    public static (IReadOnlyList<string> Names, string? Origin) NamesFor(DocumentConfiguration configuration)
    {
        return (configuration.Options.Get(EngineOptions.Dictionaries), configuration.Options.GetOriginDirectory(EngineOptions.Dictionaries.Name));
    }

    /// <summary>Where each named dictionary is found (null when it is not), and the folders searched.</summary>
    public static (IReadOnlyList<(string Name, string? Path)> Found, IReadOnlyList<string> Folders) Resolve(IReadOnlyList<string> names, string? origin)
    {
        var folders = new List<string>();
        if (origin is not null)
        {
            folders.Add(origin);
            folders.Add(Path.Combine(origin, "dictionaries"));
        }

        folders.Add(Path.Combine(AppContext.BaseDirectory, "dictionaries"));
        folders.Add("/usr/share/hunspell");

        var found = new List<(string, string?)>();
        foreach (var name in names)
        {
            string? dic;
            if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.EndsWith(".dic", StringComparison.OrdinalIgnoreCase) ||
                name.EndsWith(".words", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase))
            {
                var full = Path.GetFullPath(Path.IsPathRooted(name) ? name : Path.Combine(origin ?? Environment.CurrentDirectory, name));
                dic = File.Exists(full) ? full : File.Exists(full + ".dic") ? full + ".dic" : null;
            }
            else
            {
                dic = DictionaryResolver.TryResolve(name, folders, out _, out var d) ? d : DictionaryResolver.FindWordList(name, folders);
            }

            found.Add((name, dic));
        }

        return (found, folders);
    }

    private static SpellCheckerLookup Load(IReadOnlyList<string> names, string? origin, IReadOnlyList<string> packLists)
    {
        var (found, folders) = Resolve(names, origin);
        var paths = new List<string>();
        foreach (var (name, dic) in found)
        {
            if (dic is null)
            {
                return new(null, $"dictionary '{name}' not found (looked in {string.Join(", ", folders)}); spelling rules are off for the files that name it");
            }

            paths.Add(dic);
        }

        paths.AddRange(packLists);
        try
        {
            return new(SpellCheckerStack.Create(paths));
        }
        catch (Exception ex) when (ex is IOException or FormatException or InvalidDataException or ArgumentException)
        {
            var what = packLists.Count == 0 ? string.Join(", ", names) : string.Join(", ", names.Concat(packLists));
            return new(null, $"dictionaries {what} could not be loaded: {ex.Message}");
        }
    }
}
