using System.Globalization;

namespace EditorialLint.Spelling;

/// <summary>
/// The words of one .dic file: word → homonyms, each homonym a sorted flag array. Immutable after loading.
/// </summary>
internal sealed class WordTable
{
    private static readonly char[] NoFlags = [];
    private readonly Dictionary<string, char[][]> _words;
    private readonly Dictionary<string, char[][]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>REP entries defined by the "ph:" fields of the entries (ph:prity → pretty).</summary>
    public List<RepEntry> PhRep { get; private init; } = [];

    private WordTable(Dictionary<string, char[][]> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public IEnumerable<KeyValuePair<string, char[][]>> Entries => _words;

    public char[][]? Lookup(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var h) ? h : null;

    public static WordTable Parse(string text, AffixData aff, Func<string, char[][]?>? existing = null)
    {
        int capacity = 0;
        {
            int nl0 = text.IndexOf('\n');
            var firstLine = text.AsSpan(0, nl0 < 0 ? text.Length : nl0).Trim().TrimStart('\uFEFF');
            if (int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out int declared))
                capacity = Math.Min(declared + declared / 8, text.Length / 2 + 16); // never trust the declared count blindly
        }
        var building = new Dictionary<string, char[][]>(capacity, StringComparer.Ordinal);
        var flagCache = new Dictionary<string, char[]>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var casing = aff.Casing;
        var phRep = new List<RepEntry>();
        int pos = 0;
        bool first = true;
        if (text.Length > 0 && text[0] == '\uFEFF') pos = 1;
        while (pos < text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            if (nl < 0) nl = text.Length;
            var line = text.AsSpan(pos, nl - pos).TrimEnd("\r");
            pos = nl + 1;
            if (first)
            {
                first = false;
                var tl = line.Trim();
                if (tl.Length > 0 && int.TryParse(tl, NumberStyles.None, CultureInfo.InvariantCulture, out _)) continue;
            }
            if (line.IsEmpty || line.IsWhiteSpace()) continue;
            if (line[0] == '#' && line.Length > 1 && line[1] == ' ') continue; // comment line (not hunspell-standard; harmless for real words)
            ParseLine(line, aff, casing, building, flagCache, phRep);
        }
        if (existing is not null)
        {
            foreach (var key in building.Keys.ToList())
            {
                // an add-on entry for a word the main dictionary already has keeps the main homonyms too
                var old = existing(key);
                var mine = building[key];
                if (old is not null) building[key] = [.. mine, .. old.Where(o => !mine.Any(n => n.AsSpan().SequenceEqual(o)))];
            }
        }
        return new WordTable(building) { PhRep = phRep };
    }

    /// <summary>"ph:" fields: ph:X gives REP X → word; ph:X* strips the last letter of both; ph:X->Y gives REP X → Y.</summary>
    private static void ReadPh(ReadOnlySpan<char> morph, string word, List<RepEntry> phRep)
    {
        foreach (var range in morph.SplitAny(" \t"))
        {
            var field = morph[range];
            if (!field.StartsWith("ph:", StringComparison.Ordinal) || field.Length == 3) continue;
            string v = field[3..].ToString();
            int arrow = v.IndexOf("->", StringComparison.Ordinal);
            if (arrow > 0 && arrow + 2 < v.Length) phRep.Add(new RepEntry(v[..arrow], v[(arrow + 2)..], false, false));
            else if (v.EndsWith('*'))
            {
                if (v.Length > 2 && word.Length > 1) phRep.Add(new RepEntry(v[..^2], word[..^1], false, false));
            }
            else phRep.Add(new RepEntry(v, word, false, false));
        }
    }

    private static void ParseLine(ReadOnlySpan<char> line, AffixData aff, CasingRules casing, Dictionary<string, char[][]> building,
        Dictionary<string, char[]>.AlternateLookup<ReadOnlySpan<char>> flagCache, List<RepEntry> phRep)
    {
        // morphological fields: after a tab, or after whitespace followed by "xx:"
        int morph = -1;
        for (int i = 3; i < line.Length; i++)
        {
            if (line[i] == ':' && (line[i - 3] == ' ' || line[i - 3] == '\t'))
            {
                int k = i - 3;
                while (k > 0 && (line[k - 1] == ' ' || line[k - 1] == '\t')) k--;
                if (k > 0) morph = k;
                break;
            }
        }
        int tab = line.IndexOf('\t');
        if (tab >= 0 && (morph < 0 || tab < morph)) morph = tab;
        ReadOnlySpan<char> morphText = morph >= 0 ? line.Slice(morph) : default;
        if (morph >= 0) line = line.Slice(0, morph);
        line = line.TrimEnd(" \t");
        if (line.IsEmpty) return;

        // word/flags, "\/" is a slash inside the word; a slash in first position belongs to the word
        string word;
        char[] flags = NoFlags;
        int slash = -1;
        bool escaped = false;
        for (int i = 1; i < line.Length; i++)
        {
            if (line[i] == '/')
            {
                if (line[i - 1] == '\\') { escaped = true; continue; }
                slash = i;
                break;
            }
        }
        var wordSpan = slash >= 0 ? line.Slice(0, slash) : line;
        word = escaped ? wordSpan.ToString().Replace("\\/", "/", StringComparison.Ordinal) : wordSpan.ToString();
        if (slash >= 0)
        {
            var ftext = line.Slice(slash + 1);
            if (!flagCache.TryGetValue(ftext, out flags!))
            {
                flags = aff.ParseFlags(ftext, true);
                flagCache[ftext] = flags;
            }
        }
        word = aff.RemoveIgnored(word);
        if (word.Length == 0) return;
        Add(building, word, flags, false);
        if (morphText.Contains("ph:", StringComparison.Ordinal)) ReadPh(morphText, word, phRep);

        // hidden capitalized form: OpenOffice.org -> OPENOFFICE.ORG, CIA's -> CIA'S
        bool anyUpper = false;
        foreach (var ch in word) if (ch >= 128 || (ch >= 'A' && ch <= 'Z')) { anyUpper = true; break; }
        if (!anyUpper) return;
        var cap = casing.GetCapType(word);
        if ((cap == CapType.HuhCap || cap == CapType.HuhInitCap || (cap == CapType.AllCap && flags.Length > 0)) && !Flags.Has(flags, aff.Forbidden))
        {
            var f2 = new char[flags.Length + 1];
            flags.CopyTo(f2, 0);
            f2[^1] = AffixData.OnlyUpcaseFlag;
            Array.Sort(f2);
            Add(building, casing.LowerInitCap(word), f2, true);
        }
    }

    private static void Add(Dictionary<string, char[][]> building, string word, char[] flags, bool onlyUpcase)
    {
        ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(building, word, out bool exists);
        if (!exists)
        {
            list = [flags];
            return;
        }
        if (onlyUpcase) return; // a real word of the same spelling exists: no hidden homonym
        for (int i = 0; i < list!.Length; i++)
        {
            if (Flags.Has(list[i], AffixData.OnlyUpcaseFlag)) { list[i] = flags; return; }
            if (list[i].AsSpan().SequenceEqual(flags)) return; // exact duplicate
        }
        list = [.. list, flags];
    }
}
