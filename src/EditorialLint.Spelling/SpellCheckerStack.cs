using EditorialLint.Core.Spelling;

namespace EditorialLint.Spelling;

/// <summary>
/// Accepts a word when any of its checkers accepts it. Suggestions come from each checker in order, without
/// duplicates. Thread-safe when its checkers are.
/// </summary>
/// <remarks>
/// Add-on word lists (house.dic, a project .dic) that have no .aff of their own should not be separate members:
/// build them into the main dictionary with <see cref="HunspellDictionary.WithAddOn(string)"/> (or let
/// <see cref="Create"/> do it), so that their words take the main .aff's affixes and so that a hyphenated word
/// can mix main and add-on words ("Bosnia-Herzegovina": "Bosnia" from en_US, "Herzegovina" from house.dic).
/// </remarks>
public sealed class SpellCheckerStack : ISpellChecker
{
    private readonly ISpellChecker[] _checkers;

    public SpellCheckerStack(params ISpellChecker[] checkers)
    {
        ArgumentNullException.ThrowIfNull(checkers);
        if (checkers.Length == 0) throw new ArgumentException("At least one spell checker is required.", nameof(checkers));
        _checkers = checkers;
    }

    public IReadOnlyList<ISpellChecker> Checkers => _checkers;

    /// <summary>
    /// Builds a stack from .dic paths. The first entry must have a sibling .aff. A later .dic with its own .aff
    /// becomes a separate member; a later .dic without one is added to the first dictionary as an add-on word
    /// table read with the first dictionary's .aff (hunspell's <c>-d en_US,house</c>).
    /// </summary>
    public static SpellCheckerStack Create(IEnumerable<string> dicPaths)
    {
        var full = new List<(string Aff, string Dic)>();
        var addOns = new List<string>();
        foreach (var dic in dicPaths)
        {
            string aff = Path.ChangeExtension(dic, ".aff");
            if (File.Exists(aff)) full.Add((aff, dic));
            else if (full.Count == 0)
                throw new FileNotFoundException($"The first dictionary needs an .aff file beside it: {aff}", aff);
            else addOns.Add(dic);
        }
        if (full.Count == 0) throw new ArgumentException("No dictionary given.", nameof(dicPaths));

        // Dictionaries with their own .aff load side by side (en_US and en_GB take about the time of one); add-on
        // word lists are then read into the first.
        var others = full.Skip(1).Select(d => Task.Run(() => HunspellDictionary.Load(d.Aff, d.Dic))).ToList();
        var main = HunspellDictionary.Load(full[0].Aff, full[0].Dic);
        foreach (var addOn in addOns) main = main.WithAddOn(addOn);
        return new SpellCheckerStack([main, .. others.Select(t => (ISpellChecker)t.GetAwaiter().GetResult())]);
    }

    public bool Check(ReadOnlySpan<char> word)
    {
        foreach (var c in _checkers) if (c.Check(word)) return true;
        return false;
    }

    public bool HasEntryAsWritten(ReadOnlySpan<char> word)
    {
        foreach (var c in _checkers) if (c.HasEntryAsWritten(word)) return true;
        return false;
    }

    // Suggestions are the expensive part and the same unknown names recur across an archive: remember them.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), IReadOnlyList<string>> _suggestions = new();

    public IReadOnlyList<string> Suggest(string word, int maxSuggestions = 5)
    {
        if (_suggestions.TryGetValue((word, maxSuggestions), out var known))
        {
            return known;
        }

        var computed = ComputeSuggestions(word, maxSuggestions);
        if (_suggestions.Count < 100_000)
        {
            _suggestions.TryAdd((word, maxSuggestions), computed);
        }

        return computed;
    }

    private IReadOnlyList<string> ComputeSuggestions(string word, int maxSuggestions)
    {
        var result = new List<string>();
        foreach (var c in _checkers)
        {
            foreach (var s in c.Suggest(word, maxSuggestions))
            {
                if (result.Count >= maxSuggestions) return result;
                if (!result.Contains(s, StringComparer.Ordinal)) result.Add(s);
            }
        }
        return result;
    }
}
