using System.Text;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Spelling;

/// <summary>
/// A Hunspell-compatible dictionary (.aff + .dic read at run time). Immutable after loading and therefore
/// safe to share between threads. Case mapping never depends on the current culture.
/// </summary>
public sealed partial class HunspellDictionary : ISpellChecker
{
    internal readonly AffixData Aff;
    private readonly WordTable[] _tables;
    private readonly int _maxStrip;
    /// <summary>REP table of the .aff plus the "ph:" entries of the word tables.</summary>
    private readonly List<RepEntry> _rep;
    private const int MaxWordLength = 360;

    private HunspellDictionary(AffixData aff, WordTable[] tables, bool lowerFirstMixedCase = true)
    {
        Aff = aff;
        LowerFirstMixedCase = lowerFirstMixedCase;
        _tables = tables;
        int ms = 0;
        foreach (var e in aff.Prefixes) ms = Math.Max(ms, e.Strip.Length);
        foreach (var e in aff.Suffixes) ms = Math.Max(ms, e.Strip.Length);
        _maxStrip = ms;
        _rep = [.. aff.Rep];
        foreach (var t in tables) _rep.AddRange(t.PhRep);
    }

    /// <summary>
    /// Accept a capitalised first letter on a mixed-case word the dictionary has with a lower-case first letter
    /// ("KHz" at a sentence start for "kHz"): upstream hunspell since 1.7.2 (test gh106), on by default. Debian's
    /// hunspell 1.7.1 rejects such words; <see cref="AsHunspell171"/> gives that behaviour.
    /// </summary>
    public bool LowerFirstMixedCase { get; }

    /// <summary>The same dictionary with hunspell 1.7.1's casing (no <see cref="LowerFirstMixedCase"/>).</summary>
    public HunspellDictionary AsHunspell171() => new(Aff, _tables, lowerFirstMixedCase: false);

    /// <summary>Number of distinct spellings in all word tables.</summary>
    public int WordCount => _tables.Sum(t => t.Count);

    public static HunspellDictionary Load(string affPath, string dicPath)
    {
        // Reading and decoding the .dic (and the first-use costs of doing so) overlap with parsing the .aff; the
        // .dic's words are read only once the .aff's flags and aliases are known.
        byte[] affBytes = File.ReadAllBytes(affPath);
        var enc = AffixData.DetectEncoding(affBytes, out int bom);
        var dicText = Task.Run(() => DecodeDic(File.ReadAllBytes(dicPath), enc));
        var data = AffixData.Parse(enc.GetString(affBytes, bom, affBytes.Length - bom), enc);
        return new HunspellDictionary(data, [WordTable.Parse(dicText.GetAwaiter().GetResult(), data)]);
    }

    public static HunspellDictionary Load(Stream aff, Stream dic)
    {
        byte[] affBytes = ReadAll(aff);
        var enc = AffixData.DetectEncoding(affBytes, out int bom);
        var affText = enc.GetString(affBytes, bom, affBytes.Length - bom);
        var data = AffixData.Parse(affText, enc);
        var table = WordTable.Parse(DecodeDic(ReadAll(dic), enc), data);
        return new HunspellDictionary(data, [table]);
    }

    /// <summary>
    /// Returns a dictionary that also knows the words of <paramref name="addOnDic"/>, read with this dictionary's
    /// affix file (flags, aliases, encoding), like hunspell's <c>-d main,addon</c>. The first line may be a count.
    /// Unlike hunspell (first table wins), an add-on entry for a word the main dictionary has is merged with the
    /// main entry, so house.dic can add flags (EU/M) to a main word (EU).
    /// </summary>
    public HunspellDictionary WithAddOn(Stream addOnDic)
    {
        var table = WordTable.Parse(DecodeDic(ReadAll(addOnDic), Aff.Encoding), Aff, w => Lookup(w));
        return new HunspellDictionary(Aff, [table, .. _tables], LowerFirstMixedCase);
    }

    public HunspellDictionary WithAddOn(string addOnDicPath)
    {
        using var s = File.OpenRead(addOnDicPath);
        return WithAddOn(s);
    }

    private static string DecodeDic(byte[] bytes, Encoding enc)
    {
        int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return (bom == 3 ? Encoding.UTF8 : enc).GetString(bytes, bom, bytes.Length - bom);
    }

    private static byte[] ReadAll(Stream s)
    {
        if (s is MemoryStream ms0 && ms0.TryGetBuffer(out var seg) && seg.Offset == 0 && ms0.Position == 0) return seg.ToArray();
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    internal char[][]? Lookup(ReadOnlySpan<char> word)
    {
        foreach (var t in _tables)
        {
            var h = t.Lookup(word);
            if (h is not null) return h;
        }
        return null;
    }

    internal IEnumerable<KeyValuePair<string, char[][]>> AllEntries => _tables.SelectMany(t => t.Entries);

    // ------------------------------------------------------------------ public check

    public bool Check(ReadOnlySpan<char> word) => CheckRoot(word) is not null;

    public bool Check(string word) => Check(word.AsSpan());

    /// <summary>An entry or affixed form with exactly this casing (no capitalised or upper-case reading).</summary>
    public bool HasEntryAsWritten(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength) return false;
        var info = new SpellInfo();
        return CheckWord(word, ref info) is not null && !info.Forbidden;
    }

    /// <summary>The flags of the dictionary entry that accepted <paramref name="word"/>, or null.</summary>
    internal char[]? CheckRoot(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength) return null;
        string? conv = AffixData.Convert(Aff.IConv, word);
        if (conv is not null) word = conv;
        if (Aff.Ignore.Length > 0 && word.IndexOfAny(Aff.Ignore) >= 0)
        {
            var sb = new StringBuilder(word.Length);
            foreach (var c in word) if (!Aff.Ignore.Contains(c)) sb.Append(c);
            word = sb.ToString();
            if (word.Length == 0) return null;
        }
        return Spell(word, 0);
    }

    private struct SpellInfo
    {
        public bool InitCap;
        public bool Forbidden;
        /// <summary>The input is Capitalized or ALLCAPS (FORCEUCASE is satisfied).</summary>
        public bool OrigCap;
        /// <summary>The input is ALLCAPS: hidden capitalised homonyms may form compound parts.</summary>
        public bool AllCapInput;
        /// <summary>The form being checked is a case conversion of the input: KEEPCASE parts are not allowed.</summary>
        public bool CaseChanged;
    }

    private static readonly char[] Accepted = [];

    private char[]? Spell(ReadOnlySpan<char> word, int depth)
    {
        if (depth > 20) return null;
        int start = 0;
        while (start < word.Length && word[start] == ' ') start++;
        int end = word.Length, abbv = 0;
        while (end > start && word[end - 1] == '.') { end--; abbv++; }
        ReadOnlySpan<char> scw = word[start..end];
        if (scw.IsEmpty) return abbv > 0 ? Accepted : null; // hunspell accepts a token of dots only

        // numbers with single separators: 1,000  3.5  1-2
        {
            int i = 0, state = 0; // 0 begin, 1 digit, 2 separator
            for (; i < scw.Length; i++)
            {
                char c = scw[i];
                // ASCII, Arabic-Indic and Extended Arabic-Indic (Persian) digits, as upstream hunspell (gh353)
                if (c is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9')) state = 1;
                else if (c is ',' or '.' or '-')
                {
                    if (state == 2 || i == 0) break;
                    state = 2;
                }
                else break;
            }
            if (i == scw.Length && state == 1) return Accepted;
        }

        var casing = Aff.Casing;
        var cap = casing.GetCapType(scw);
        var info = new SpellInfo { OrigCap = cap is CapType.InitCap or CapType.AllCap, AllCapInput = cap == CapType.AllCap };
        char[]? rv = null;
        string? brk = null; // the form used for word breaking when casing changed it

        switch (cap)
        {
            case CapType.HuhCap:
            case CapType.HuhInitCap:
            case CapType.NoCap:
                rv = CheckWord(scw, ref info);
                if (abbv > 0 && rv is null) rv = CheckWithDot(scw, ref info);
                if (rv is null && cap == CapType.HuhInitCap && !info.Forbidden && LowerFirstMixedCase)
                    rv = CheckLowerFirst(scw, abbv, ref info);
                break;
            default:
                rv = SpellCapitalized(scw, cap, abbv, ref info, out brk);
                break;
        }
        if (rv is not null) return rv;

        // recursive breaking at break points
        if (Aff.Break.Length == 0 || info.Forbidden) return null;
        ReadOnlySpan<char> b = brk is null ? scw : brk.AsSpan();
        int nbr = 0;
        foreach (var p in Aff.Break)
        {
            if (p.Length == 0) continue;
            int at = 0;
            while (at <= b.Length && (at = IndexOf(b, p, at)) >= 0) { nbr++; at += p.Length; }
        }
        if (nbr >= 10) return null;
        int wl = b.Length;
        foreach (var p in Aff.Break)
        {
            int plen = p.Length;
            if (plen == 1 || plen > wl) continue;
            if (p[0] == '^' && b.StartsWith(p.AsSpan(1), StringComparison.Ordinal))
            {
                var r = Spell(b[(plen - 1)..], depth + 1);
                if (r is not null) return r;
            }
            if (p[^1] == '$' && b.EndsWith(p.AsSpan(0, plen - 1), StringComparison.Ordinal))
            {
                var r = Spell(b[..(wl - plen + 1)], depth + 1);
                if (r is not null) return r;
            }
        }
        // break at the second occurrence first (dictionary words that contain a break pattern), then the first
        foreach (var p in Aff.Break)
        {
            int plen = p.Length;
            if (plen == 0) continue;
            int found = IndexOf(b, p, 0);
            if (found > 0 && found < wl - plen)
            {
                int found2 = IndexOf(b, p, found + 1);
                if (found2 > 0 && found2 < wl - plen) found = found2;
                if (Spell(b[(found + plen)..], depth + 1) is null) continue;
                var r = Spell(b[..found], depth + 1);
                if (r is not null) return r;
            }
        }
        foreach (var p in Aff.Break)
        {
            int plen = p.Length;
            if (plen == 0) continue;
            int found = IndexOf(b, p, 0);
            if (found > 0 && found < wl - plen)
            {
                if (Spell(b[(found + plen)..], depth + 1) is null) continue;
                var r = Spell(b[..found], depth + 1);
                if (r is not null) return r;
            }
        }
        return null;
    }

    private static int IndexOf(ReadOnlySpan<char> s, string p, int from)
    {
        if (from > s.Length) return -1;
        int i = s[from..].IndexOf(p.AsSpan(), StringComparison.Ordinal);
        return i < 0 ? -1 : i + from;
    }

    /// <summary>
    /// A sentence-initial capital on a mixed-case word: "ULinda" is right when "uLinda" is (upstream hunspell's
    /// behaviour since 1.7.2, test gh106). KEEPCASE words keep their case.
    /// </summary>
    private char[]? CheckLowerFirst(ReadOnlySpan<char> w, int abbv, ref SpellInfo info)
    {
        Span<char> buf = w.Length < 256 ? stackalloc char[w.Length + 1] : new char[w.Length + 1];
        w.CopyTo(buf);
        buf[0] = Aff.Casing.Lower(w[0]);
        if (buf[0] == w[0]) return null;
        info.CaseChanged = true;
        var rv = CheckWord(buf[..w.Length], ref info);
        if (rv is null && abbv > 0)
        {
            buf[w.Length] = '.';
            rv = CheckWord(buf, ref info);
        }
        return rv is not null && Flags.Has(rv, Aff.KeepCase) ? null : rv;
    }

    private char[]? CheckWithDot(ReadOnlySpan<char> w, ref SpellInfo info)
    {
        Span<char> buf = w.Length < 256 ? stackalloc char[w.Length + 1] : new char[w.Length + 1];
        w.CopyTo(buf);
        buf[w.Length] = '.';
        return CheckWord(buf, ref info);
    }

    private char[]? SpellCapitalized(ReadOnlySpan<char> scw, CapType cap, int abbv, ref SpellInfo info, out string? brk)
    {
        brk = null;
        var casing = Aff.Casing;
        char[]? rv;
        if (cap == CapType.InitCap && abbv == 0 && scw[0] != 'İ' && scw.Length <= 128)
        {
            // allocation-free path for Capitalized words (the same steps as the general path below)
            info.InitCap = true;
            rv = CheckWord(scw, ref info);
            info.InitCap = false;
            if (info.Forbidden || rv is not null) return info.Forbidden ? null : rv;
            Span<char> low = stackalloc char[scw.Length];
            casing.ToLower(scw, low);
            info.CaseChanged = true;
            rv = CheckWord(low, ref info);
            if (rv is not null && Flags.Has(rv, Aff.KeepCase) && !(Aff.CheckSharps && low.Contains('ß'))) rv = null;
            return rv;
        }
        if (cap == CapType.AllCap)
        {
            rv = CheckWord(scw, ref info);
            if (rv is not null) return rv;
            if (abbv > 0)
            {
                rv = CheckWithDot(scw, ref info);
                if (rv is not null) return rv;
            }
            int apos = scw.IndexOf('\'');
            string cur = scw.ToString();
            info.CaseChanged = true;
            if (apos >= 0)
            {
                cur = casing.ToLower(cur);
                if (apos < cur.Length - 1)
                {
                    string part1 = cur[..(apos + 1)], part2 = casing.InitCap(cur[(apos + 1)..]);
                    cur = part1 + part2;
                    rv = CheckWord(cur, ref info);
                    if (rv is not null) return rv;
                    cur = casing.InitCap(cur);
                    rv = CheckWord(cur, ref info);
                    if (rv is not null) return rv;
                }
            }
            if (Aff.CheckSharps && cur.Contains("SS", StringComparison.Ordinal))
            {
                string low = casing.ToLower(cur);
                rv = SpellSharps(low, 0, 0, ref info) ?? SpellSharps(casing.InitCap(low), 0, 0, ref info);
                // an abbreviation listed with its dot: ABSTOSS. for Abstoß.
                if (rv is null && abbv > 0)
                    rv = SpellSharps(low + ".", 0, 0, ref info) ?? SpellSharps(casing.InitCap(low) + ".", 0, 0, ref info);
                if (rv is not null) return rv;
            }
        }

        // INITCAP (and ALLCAP falling through)
        bool idot = scw[0] == 'İ';
        string w = scw.ToString();
        if (cap == CapType.AllCap)
        {
            w = casing.LowerInitCap(w);
            if (idot) w = "İ" + w[1..];
        }
        info.InitCap = cap == CapType.InitCap;
        info.CaseChanged = cap == CapType.AllCap;
        rv = CheckWord(w, ref info);
        info.InitCap = false;
        if (info.Forbidden) { brk = w; return null; }
        if (rv is not null && Flags.Has(rv, Aff.KeepCase) && cap == CapType.AllCap) rv = null;
        if (rv is not null) return rv;
        if (idot && !Aff.Turkic) { brk = w; return null; }

        string lower = casing.ToLower(w);
        string initcap = casing.InitCap(lower);
        brk = initcap;
        info.CaseChanged = true;
        rv = CheckWord(lower, ref info);
        if (abbv > 0 && rv is null)
        {
            rv = CheckWord(lower + ".", ref info);
            if (rv is null)
            {
                info.InitCap = cap == CapType.InitCap;
                info.CaseChanged = cap == CapType.AllCap;
                rv = CheckWord(initcap + ".", ref info);
                info.InitCap = false;
                if (rv is not null && Flags.Has(rv, Aff.KeepCase) && cap == CapType.AllCap) rv = null;
                return rv;
            }
        }
        if (rv is not null && Flags.Has(rv, Aff.KeepCase) &&
            (cap == CapType.AllCap || !(Aff.CheckSharps && lower.Contains('ß'))))
            rv = null;
        return rv;
    }

    /// <summary>CHECKSHARPS: try the "ss" sequences of an upper-case word as ß.</summary>
    private char[]? SpellSharps(string w, int from, int depth, ref SpellInfo info)
    {
        int pos = w.IndexOf("ss", from, StringComparison.Ordinal);
        if (pos >= 0 && depth < 5)
        {
            string with = w[..pos] + "ß" + w[(pos + 2)..];
            var r = SpellSharps(with, pos + 1, depth + 1, ref info);
            if (r is not null) return r;
            r = SpellSharps(w, pos + 2, depth + 1, ref info);
            if (r is not null) return r;
        }
        else if (depth > 0)
        {
            return CheckWord(w, ref info);
        }
        return null;
    }

    // ------------------------------------------------------------------ checkword

    private char[]? CheckWord(ReadOnlySpan<char> word, ref SpellInfo info)
    {
        if (word.IsEmpty) return null;
        var homs = Lookup(word);
        if (homs is not null)
        {
            if (Flags.Has(homs[0], Aff.Forbidden)) { info.Forbidden = true; return null; }
            foreach (var h in homs)
            {
                if (Flags.Has(h, Aff.NeedAffix) || Flags.Has(h, Aff.OnlyInCompound) ||
                    (info.InitCap && Flags.Has(h, AffixData.OnlyUpcaseFlag)))
                    continue;
                return h;
            }
        }
        var rv = AffixCheck(word, '\0', InCpd.Not);
        if (rv is not null && (Flags.Has(rv, Aff.OnlyInCompound) || (info.InitCap && Flags.Has(rv, AffixData.OnlyUpcaseFlag))))
            rv = null;
        if (rv is not null)
        {
            if (Flags.Has(rv, Aff.Forbidden)) { info.Forbidden = true; return null; }
            return rv;
        }
        if (Aff.HasCompounding)
        {
            var c = CompoundCheck(word, ref info);
            if (c is not null) return c;
        }
        return null;
    }
}
