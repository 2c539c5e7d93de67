using EditorialLint.Core.Spelling;

namespace EditorialLint.Spelling;

/// <summary>
/// Accepts a word when any of its checkers accepts it, or when one of its acceptance-only word lists
/// (<see cref="WordList"/>: SCOWL's larger sizes, proper names) does and the word is neither a listed common
/// misspelling nor a house name written without its marks (Erdogan for Erdoğan). Suggestions: the corrections of a
/// common misspelling first, then each checker's in order, without duplicates. Thread-safe when its checkers are.
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
    private readonly Lazy<WordList[]> _lists;
    private readonly Lazy<MisspellingTable?> _misspellings;
    private readonly Lazy<NameIndex> _names;
    private readonly NameIndex _houseNames;

    public SpellCheckerStack(params ISpellChecker[] checkers)
        : this(checkers, [], null, [])
    {
    }

    /// <summary>
    /// A stack with acceptance-only <paramref name="lists"/>, a common-misspelling table and the names of the house
    /// dictionary (suggested first to an unknown name).
    /// </summary>
    public SpellCheckerStack(ISpellChecker[] checkers, IReadOnlyList<WordList> lists, MisspellingTable? misspellings, IEnumerable<string> houseNames)
        : this(checkers, Task.FromResult(lists.ToArray()), Task.FromResult(misspellings), houseNames.ToArray())
    {
    }

    private SpellCheckerStack(ISpellChecker[] checkers, Task<WordList[]> lists, Task<MisspellingTable?> misspellings, string[] houseNames)
    {
        ArgumentNullException.ThrowIfNull(checkers);
        if (checkers.Length == 0) throw new ArgumentException("At least one spell checker is required.", nameof(checkers));
        _checkers = checkers;
        _lists = new Lazy<WordList[]>(() => lists.GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);
        _misspellings = new Lazy<MisspellingTable?>(() => misspellings.GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);
        _houseNames = new NameIndex(houseNames, []);
        // the proper-name lists' marked forms are indexed on the first name suggestion
        _names = new Lazy<NameIndex>(() => new NameIndex(houseNames, MarkedListNames(_lists.Value)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The capitalised list entries that a plain or differently cased spelling could miss: with marks or inner
    /// capitals (Hüseyin, McCallum). Plain ones (Holbrooke) are found by acceptance, not suggested by fold.
    /// </summary>
    private static List<string> MarkedListNames(WordList[] lists)
    {
        var result = new List<string>();
        foreach (var list in lists)
        {
            list.ForEach(e =>
            {
                if (e.Length < 2 || !char.IsUpper(e[0])) return;
                var plain = System.Text.Ascii.IsValid(e);
                if (plain)
                {
                    var inner = false;
                    for (var i = 1; i < e.Length; i++) if (char.IsUpper(e[i])) { inner = true; break; }
                    if (!inner) return;
                }
                result.Add(e.ToString());
            });
        }
        return result;
    }

    public IReadOnlyList<ISpellChecker> Checkers => _checkers;

    /// <summary>The acceptance-only word lists (loaded on first use).</summary>
    public IReadOnlyList<WordList> WordLists => _lists.Value;

    /// <summary>
    /// Builds a stack from dictionary paths. The first entry must be a .dic with a sibling .aff. A later .dic with its
    /// own .aff becomes a separate member; a later .dic without one is added to the first dictionary as an add-on
    /// word table read with the first dictionary's .aff (hunspell's <c>-d en_US,house</c>), and its capitalised
    /// entries are the house names suggested first. A <c>.words</c> file is an acceptance-only <see cref="WordList"/>
    /// and the <c>.tsv</c> files one <see cref="MisspellingTable"/> (the first listing a misspelling gives its corrections); those load in the background and are waited for on
    /// the first word the dictionaries reject.
    /// </summary>
    public static SpellCheckerStack Create(IEnumerable<string> dicPaths)
    {
        var full = new List<(string Aff, string Dic)>();
        var addOns = new List<string>();
        var lists = new List<string>();
        var tables = new List<string>();
        foreach (var dic in dicPaths)
        {
            if (dic.EndsWith(".words", StringComparison.OrdinalIgnoreCase)) { lists.Add(dic); continue; }
            if (dic.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)) { tables.Add(dic); continue; }
            string aff = Path.ChangeExtension(dic, ".aff");
            if (File.Exists(aff)) full.Add((aff, dic));
            else if (full.Count == 0)
                throw new FileNotFoundException($"The first dictionary needs an .aff file beside it: {aff}", aff);
            else addOns.Add(dic);
        }
        if (full.Count == 0) throw new ArgumentException("No dictionary given.", nameof(dicPaths));
        foreach (var path in lists.Concat(tables))
            if (!File.Exists(path)) throw new FileNotFoundException($"Word list not found: {path}", path);

        // Dictionaries with their own .aff load side by side (en_US and en_GB take about the time of one); add-on
        // word lists are then read into the first. The acceptance lists and the misspelling table load meanwhile,
        // each on its own, and are waited for on the first word the dictionaries reject.
        var listTasks = lists.Select(path => Task.Run(() => WordList.Load(path))).ToArray();
        var allLists = listTasks.Length == 0 ? Task.FromResult(Array.Empty<WordList>()) : Task.WhenAll(listTasks);
        var table = tables.Count == 0 ? Task.FromResult<MisspellingTable?>(null) : Task.Run(() => (MisspellingTable?)MisspellingTable.Load(tables));
        var others = full.Skip(1).Select(d => Task.Run(() => HunspellDictionary.Load(d.Aff, d.Dic))).ToList();
        var main = HunspellDictionary.Load(full[0].Aff, full[0].Dic);
        foreach (var addOn in addOns) main = main.WithAddOn(addOn);
        return new SpellCheckerStack([main, .. others.Select(t => (ISpellChecker)t.GetAwaiter().GetResult())], allLists, table, [.. addOns.SelectMany(HouseNames)]);
    }

    /// <summary>The capitalised entries of an add-on .dic (the house names), without their flags.</summary>
    private static IEnumerable<string> HouseNames(string dicPath)
    {
        foreach (var line in File.ReadLines(dicPath))
        {
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal)) continue;
            var slash = line.IndexOf('/');
            var word = (slash >= 0 ? line[..slash] : line).Trim();
            if (word.Length > 1 && char.IsUpper(word[0])) yield return word;
        }
    }

    // An archive's drafts share most of their vocabulary: a verdict is computed once per distinct word per run (the
    // checkers do not change once built). Bounded, so that an endless stream of new tokens cannot grow it for ever.
    private const int MaxRemembered = 500_000;
    private readonly VerdictCache _checked = new();
    private readonly VerdictCache _asWritten = new();

    /// <inheritdoc/>
    public bool IsCommonWord(ReadOnlySpan<char> word)
    {
        foreach (var c in _checkers) if (c.Check(word)) return true;
        return false;
    }

    public bool Check(ReadOnlySpan<char> word)
    {
        if (_checked.TryGet(word, out var known)) return known;
        var verdict = false;
        foreach (var c in _checkers) if (c.Check(word)) { verdict = true; break; }
        if (!verdict) verdict = AcceptedByLists(word, depth: 0);
        _checked.Add(word, verdict);
        return verdict;
    }

    /// <summary>
    /// The wider lists accept the word, which is not a listed misspelling nor a house name without its marks; a
    /// hyphenated word whose parts are each known, to the dictionaries or the lists (Nagorno-Karabakh).
    /// </summary>
    private bool AcceptedByLists(ReadOnlySpan<char> word, int depth)
    {
        var lists = _lists.Value;
        if (lists.Length == 0) return false;
        var accepted = false;
        var asWritten = false;
        foreach (var list in lists)
        {
            if (list.Check(word))
            {
                accepted = true;
                asWritten |= list.HasEntryAsWritten(word);
            }
        }
        if (accepted)
        {
            // a listed misspelling stays wrong ("wich" is in SCOWL 80), except a name listed as written: "Winn" is a
            // surname although "winn" is a misspelling of "win"
            if (!(asWritten && char.IsUpper(word[0])) && _misspellings.Value is { } table && table.Corrections(word).Count > 0) return false;
            return !_houseNames.IsHouseNameWithoutMarks(word);
        }

        // NGOs, JWTs: the plural of an acronym only the lists know. An acronym of the dictionaries (EU) keeps its
        // verdict, so that "EUs" stays a lost apostrophe (EL4003).
        if (word.Length >= 3 && word[^1] == 's' && IsCapitals(word[..^1]))
        {
            var stem = word[..^1];
            foreach (var c in _checkers) if (c.Check(stem)) return false;
            foreach (var list in lists) if (list.HasEntryAsWritten(stem)) return true;
        }
        if (depth > 0 || word.Length > 100) return false;
        var dash = word.IndexOf('-');
        if (dash <= 0 || dash == word.Length - 1) return false;
        var rest = word;
        while (!rest.IsEmpty)
        {
            var at = rest.IndexOf('-');
            var part = at < 0 ? rest : rest[..at];
            if (part.IsEmpty) return false;
            var partKnown = false;
            foreach (var c in _checkers) if (c.Check(part)) { partKnown = true; break; }
            if (!partKnown && !AcceptedByLists(part, depth + 1)) return false;
            rest = at < 0 ? [] : rest[(at + 1)..];
        }
        return true;
    }

    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (var c in word) if (!char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>
    /// An entry with exactly this casing in a dictionary (not in the acceptance lists: their names include common words
    /// such as Mark, Will and Grant, and the heading rules use this to tell a name from a capitalised word).
    /// </summary>
    public bool HasEntryAsWritten(ReadOnlySpan<char> word)
    {
        if (_asWritten.TryGet(word, out var known)) return known;
        var verdict = false;
        foreach (var c in _checkers) if (c.HasEntryAsWritten(word)) { verdict = true; break; }
        _asWritten.Add(word, verdict);
        return verdict;
    }

    public IReadOnlyList<string> CommonMisspelling(ReadOnlySpan<char> word) =>
        _misspellings.Value is { } table ? table.Corrections(word) : [];

    public IReadOnlyList<string> SuggestNames(string word, int maxSuggestions = 5) =>
        _names.Value.Suggest(word, maxSuggestions);

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

    // Suggestions are the expensive part and the same unknown names recur across an archive: remember them. The
    // computation is deterministic (no clock), so a remembered list equals a recomputed one.
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
        if (maxSuggestions <= 0) return result;
        foreach (var s in CommonMisspelling(word))
        {
            if (result.Count < maxSuggestions && !result.Contains(s, StringComparer.Ordinal)) result.Add(s);
        }
        if (result.Count > 0) return result; // a listed misspelling: its corrections are the answer
        for (int m = 0; m < _checkers.Length; m++)
        {
            var c = _checkers[m];
            if (result.Count >= maxSuggestions) return result; // a later member is not asked when the first sufficed
            var started = EditorialLint.Core.Analysis.Timings.Start();
            var found = c.Suggest(word, maxSuggestions);
            EditorialLint.Core.Analysis.Timings.Stop(m == 0 ? "spelling: suggest, first dictionary" : "spelling: suggest, later dictionaries", started);
            foreach (var s in found)
            {
                if (result.Count >= maxSuggestions) return result;
                if (!result.Contains(s, StringComparer.Ordinal)) result.Add(s);
            }
        }
        return result;
    }
}
