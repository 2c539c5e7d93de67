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

    // An archive's drafts share most of their vocabulary: a verdict is computed once per distinct word per run (the
    // checkers do not change once built). Bounded, so that an endless stream of new tokens cannot grow it for ever.
    private const int MaxRemembered = 500_000;
    private readonly VerdictCache _checked = new();
    private readonly VerdictCache _asWritten = new();

    public bool Check(ReadOnlySpan<char> word)
    {
        if (_checked.TryGet(word, out var known)) return known;
        var verdict = false;
        foreach (var c in _checkers) if (c.Check(word)) { verdict = true; break; }
        _checked.Add(word, verdict);
        return verdict;
    }

    public bool HasEntryAsWritten(ReadOnlySpan<char> word)
    {
        if (_asWritten.TryGet(word, out var known)) return known;
        var verdict = false;
        foreach (var c in _checkers) if (c.HasEntryAsWritten(word)) { verdict = true; break; }
        _asWritten.Add(word, verdict);
        return verdict;
    }

    private sealed class VerdictCache
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _map = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public VerdictCache() => _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool TryGet(ReadOnlySpan<char> word, out bool verdict) => _lookup.TryGetValue(word, out verdict);

        private int _count;

        public void Add(ReadOnlySpan<char> word, bool verdict)
        {
            // ConcurrentDictionary.Count takes every lock: keep our own (approximate) count.
            if (Volatile.Read(ref _count) < MaxRemembered && _lookup.TryAdd(word, verdict)) Interlocked.Increment(ref _count);
        }
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
