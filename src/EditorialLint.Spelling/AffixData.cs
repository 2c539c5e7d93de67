using System.Globalization;
using System.Text;

namespace EditorialLint.Spelling;

internal enum FlagMode { Char, Long, Num, Utf8 }

/// <summary>One element of an affix condition: a set of characters (or any character), possibly negated.</summary>
internal readonly struct CondElem(string? chars, bool negate)
{
    public readonly string? Chars = chars; // null = any character ('.')
    public readonly bool Negate = negate;

    public bool Matches(char c)
    {
        if (Chars is null) return true;
        bool inSet = Chars.Contains(c);
        return Negate ? !inSet : inSet;
    }
}

internal sealed class AffixEntry
{
    public required char Flag;
    public required bool IsPrefix;
    public required bool Cross;
    public required string Strip;
    public required string Append;
    public char[]? Cont; // continuation classes, sorted
    public required CondElem[] Condition;

    public bool HasCont(char f) => f != '\0' && Cont is not null && Flags.Has(Cont, f);

    /// <summary>Suffix: does the end of <paramref name="root"/> satisfy the condition?</summary>
    public bool SuffixConditionOk(ReadOnlySpan<char> root)
    {
        int n = Condition.Length;
        if (root.Length < n) return false;
        int start = root.Length - n;
        for (int k = 0; k < n; k++) if (!Condition[k].Matches(root[start + k])) return false;
        return true;
    }

    public bool PrefixConditionOk(ReadOnlySpan<char> root)
    {
        int n = Condition.Length;
        if (root.Length < n) return false;
        for (int k = 0; k < n; k++) if (!Condition[k].Matches(root[k])) return false;
        return true;
    }
}

internal static class Flags
{
    public static bool Has(char[]? set, char f)
    {
        if (set is null || f == '\0') return false;
        if (set.Length < 8)
        {
            foreach (char c in set) if (c == f) return true;
            return false;
        }
        return Array.BinarySearch(set, f) >= 0;
    }
}

internal sealed class RepEntry(string from, string to, bool atStart, bool atEnd)
{
    public readonly string From = from;
    public readonly string To = to;
    public readonly bool AtStart = atStart;
    public readonly bool AtEnd = atEnd;
}

/// <summary>A compound rule: a sequence of flags, each optionally followed by '*' or '?'.</summary>
internal sealed class CompoundRule(char[] flags, char[] quant)
{
    public readonly char[] RuleFlags = flags;
    public readonly char[] Quant = quant; // '\0', '*' or '?'
}

/// <summary>
/// CHECKCOMPOUNDPATTERN: two neighbouring compound parts are forbidden when the first ends with End (or, for the
/// pattern "0", is an unaffixed stem) and the second begins with Begin, each with the given root flag if any.
/// With a replacement, the two parts may be written with it where they meet (o b z: foo + bar as fozar).
/// </summary>
internal sealed record CompoundPattern(string End, char EndFlag, bool EndUnmodified, string Begin, char BeginFlag, string? Replacement);

/// <summary>Everything read from an .aff file. Immutable after loading, shared by add-on dictionaries.</summary>
internal sealed class AffixData
{
    public const char OnlyUpcaseFlag = (char)65511;
    public const char DefaultForbiddenFlag = (char)65510;

    public Encoding Encoding = Encoding.Latin1;
    public bool IsUtf8;
    public FlagMode FlagMode = FlagMode.Char;
    public readonly List<char[]> FlagAliases = new();
    public string Try = "";
    public string[] KeyRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    public string WordChars = "";
    public string Ignore = "";
    public readonly List<RepEntry> Rep = new();
    public readonly List<RepEntry> IConv = new();
    public readonly List<RepEntry> OConv = new();
    public readonly List<string[]> Map = new();
    public string[] Break = ["-", "^-", "-$"];

    public char NoSuggest, Forbidden = DefaultForbiddenFlag, KeepCase, NeedAffix, OnlyInCompound, Circumfix;
    public char CompoundFlag, CompoundBegin, CompoundMiddle, CompoundEnd, CompoundPermit, CompoundForbid, ForceUCase;
    public int CompoundMin = 3;
    public int CompoundWordMax;
    public bool CheckCompoundDup, CheckCompoundRep, CheckCompoundCase, CheckCompoundTriple, SimplifiedTriple;
    public bool ComplexPrefixes;
    public bool FullStrip, CheckSharps, Turkic, OnlyMaxDiff, NoSplitSugs;
    public int MaxNgramSugs = -1;
    public readonly List<CompoundRule> CompoundRules = new();
    public readonly List<CompoundPattern> CompoundPatterns = new();
    public bool CompoundPatternFlags => CompoundPatterns.Exists(p => p.EndFlag != '\0' || p.BeginFlag != '\0');
    public bool CompoundPatternReplacements => CompoundPatterns.Exists(p => !string.IsNullOrEmpty(p.Replacement));
    public readonly HashSet<char> CompoundRuleFlags = new();
    public bool HasCompounding => CompoundFlag != '\0' || CompoundBegin != '\0' || CompoundRules.Count > 0;

    public readonly List<AffixEntry> Prefixes = new();
    public readonly List<AffixEntry> Suffixes = new();
    public AffixEntry[] EmptyPrefixes = [];
    public AffixEntry[] EmptySuffixes = [];
    public Dictionary<char, AffixEntry[]> PrefixByFirst = new();
    public Dictionary<char, AffixEntry[]> SuffixByLast = new();
    public readonly HashSet<char> ContClassFlags = new();
    public bool HasContClass;
    public int MaxAppend;

    public CasingRules Casing => Turkic ? CasingRules.Turkic : CasingRules.Invariant;

    // ---------------------------------------------------------------- parsing

    public static Encoding EncodingFor(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string n = name.Trim();
        string upper = n.ToUpperInvariant();
        if (upper is "UTF-8" or "UTF8") return new UTF8Encoding(false);
        if (upper.StartsWith("ISO8859-", StringComparison.Ordinal)) n = "iso-8859-" + n.Substring(8);
        else if (upper.StartsWith("ISO-8859-", StringComparison.Ordinal)) n = "iso-8859-" + n.Substring(9);
        else if (upper.StartsWith("MICROSOFT-CP", StringComparison.Ordinal)) n = "windows-" + n.Substring(12);
        else if (upper.StartsWith("CP", StringComparison.Ordinal) && int.TryParse(n.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out _)) n = "windows-" + n.Substring(2);
        else if (upper == "TIS620-2533") n = "windows-874";
        try { return Encoding.GetEncoding(n); }
        catch (ArgumentException) { return Encoding.Latin1; }
    }

    /// <summary>Finds the SET directive in raw bytes; default is ISO8859-1 as in hunspell.</summary>
    public static Encoding DetectEncoding(byte[] bytes, out int bomLength)
    {
        bomLength = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bomLength = 3;
        string latin = Encoding.Latin1.GetString(bytes, bomLength, bytes.Length - bomLength);
        foreach (var rawLine in latin.Split('\n'))
        {
            var line = rawLine.AsSpan().Trim();
            if (line.StartsWith("SET", StringComparison.Ordinal) && line.Length > 3 && char.IsWhiteSpace(line[3]))
                return EncodingFor(line.Slice(3).Trim().ToString());
        }
        return bomLength == 3 ? new UTF8Encoding(false) : Encoding.Latin1;
    }

    public char[] ParseFlags(ReadOnlySpan<char> s, bool allowAlias)
    {
        if (s.IsEmpty) return [];
        if (allowAlias && FlagAliases.Count > 0)
        {
            if (int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int idx) && idx >= 1 && idx <= FlagAliases.Count)
                return FlagAliases[idx - 1];
            return [];
        }
        var list = new List<char>(s.Length);
        switch (FlagMode)
        {
            case FlagMode.Long:
                for (int i = 0; i < s.Length; i += 2)
                    list.Add(i + 1 < s.Length ? (char)((s[i] << 8) | (s[i + 1] & 0xFF)) : (char)(s[i] << 8));
                break;
            case FlagMode.Num:
                foreach (var part in s.ToString().Split(','))
                    if (int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v > 0 && v <= 65535 && v != OnlyUpcaseFlag) list.Add((char)v);
                break;
            case FlagMode.Char when IsUtf8:
                // hunspell reads single-character flags byte by byte in UTF-8 dictionaries
                foreach (var b in Encoding.UTF8.GetBytes(s.ToString())) list.Add((char)b);
                break;
            default:
                foreach (var c in s) list.Add(c);
                break;
        }
        var arr = list.Distinct().ToArray();
        Array.Sort(arr);
        return arr;
    }

    private CompoundPattern ParseCompoundPattern(string end, string begin, string? replacement)
    {
        (string text, char flag) Split(string x)
        {
            int slash = x.IndexOf('/');
            return slash < 0 ? (x, '\0') : (x[..slash], ParseFlag(x.AsSpan(slash + 1)));
        }
        var (e, ef) = Split(end);
        var (b, bf) = Split(begin);
        bool unmodified = e == "0";
        return new CompoundPattern(unmodified ? "" : e, ef, unmodified, b, bf, replacement);
    }

    public char ParseFlag(ReadOnlySpan<char> s)
    {
        var f = ParseFlags(s, false);
        return f.Length > 0 ? f[0] : '\0';
    }

    private static CondElem[] ParseCondition(string cond)
    {
        if (cond == ".") return [];
        var list = new List<CondElem>();
        int i = 0;
        while (i < cond.Length)
        {
            char c = cond[i];
            if (c == '[')
            {
                int end = cond.IndexOf(']', i + 1);
                if (end < 0) end = cond.Length;
                bool neg = i + 1 < cond.Length && cond[i + 1] == '^';
                string chars = cond.Substring(neg ? i + 2 : i + 1, Math.Max(0, end - (neg ? i + 2 : i + 1)));
                list.Add(new CondElem(chars, neg));
                i = end + 1;
            }
            else if (c == '.') { list.Add(new CondElem(null, false)); i++; }
            else { list.Add(new CondElem(c.ToString(), false)); i++; }
        }
        return list.ToArray();
    }

    public string RemoveIgnored(string s)
    {
        if (Ignore.Length == 0 || s.AsSpan().IndexOfAny(Ignore) < 0) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) if (!Ignore.Contains(c)) sb.Append(c);
        return sb.ToString();
    }

    private static RepEntry MakeConv(string from, string to, bool isRep)
    {
        bool atStart = false, atEnd = false;
        if (isRep)
        {
            if (from.Length > 1 && from[0] == '^') { atStart = true; from = from[1..]; }
            if (from.Length > 1 && from[^1] == '$') { atEnd = true; from = from[..^1]; }
            to = to.Replace('_', ' ');
        }
        else
        {
            if (from.Length > 1 && from[0] == '_') { atStart = true; from = from[1..]; }
            if (from.Length > 1 && from[^1] == '_') { atEnd = true; from = from[..^1]; }
        }
        return new RepEntry(from, to, atStart, atEnd);
    }

    public static AffixData Parse(string text, Encoding enc)
    {
        var a = new AffixData { Encoding = enc, IsUtf8 = enc is UTF8Encoding || enc.CodePage == 65001 };
        var pending = new List<string[]>(); // affix lines parsed after FLAG/AF are known
        var lines = text.Split('\n');
        // first pass: settings that affect flag parsing
        foreach (var raw in lines)
        {
            var t = Tokens(raw);
            if (t.Length < 2) continue;
            switch (t[0])
            {
                case "FLAG":
                    a.FlagMode = t[1] switch { "long" => FlagMode.Long, "num" => FlagMode.Num, "UTF-8" => FlagMode.Utf8, _ => FlagMode.Char };
                    break;
                case "LANG":
                    a.Turkic = t[1].StartsWith("tr", StringComparison.Ordinal) || t[1].StartsWith("az", StringComparison.Ordinal) || t[1].StartsWith("crh", StringComparison.Ordinal);
                    break;
            }
        }
        var headerSeen = new HashSet<string>(StringComparer.Ordinal);
        List<string>? breakList = null;
        foreach (var raw in lines)
        {
            if (raw.Length > 0 && raw[0] == '#') continue;
            var t = Tokens(raw);
            if (t.Length == 0) continue;
            string key = t[0];
            string arg = t.Length > 1 ? t[1] : "";
            switch (key)
            {
                case "AF":
                    if (headerSeen.Add(key)) break;
                    a.FlagAliases.Add(a.ParseFlags(arg, false));
                    break;
                case "TRY": a.Try = arg; break;
                case "KEY": a.KeyRows = arg.Split('|'); break;
                case "WORDCHARS": a.WordChars = arg; break;
                case "IGNORE": a.Ignore = arg; break;
                case "NOSUGGEST": a.NoSuggest = a.ParseFlag(arg); break;
                case "FORBIDDENWORD": a.Forbidden = a.ParseFlag(arg); break;
                case "KEEPCASE": a.KeepCase = a.ParseFlag(arg); break;
                case "NEEDAFFIX": case "PSEUDOROOT": a.NeedAffix = a.ParseFlag(arg); break;
                case "ONLYINCOMPOUND": a.OnlyInCompound = a.ParseFlag(arg); break;
                case "CIRCUMFIX": a.Circumfix = a.ParseFlag(arg); break;
                case "COMPOUNDFLAG": a.CompoundFlag = a.ParseFlag(arg); break;
                case "COMPOUNDBEGIN": a.CompoundBegin = a.ParseFlag(arg); break;
                case "COMPOUNDMIDDLE": a.CompoundMiddle = a.ParseFlag(arg); break;
                case "COMPOUNDEND": case "COMPOUNDLAST": a.CompoundEnd = a.ParseFlag(arg); break;
                case "COMPOUNDPERMITFLAG": a.CompoundPermit = a.ParseFlag(arg); break;
                case "COMPOUNDFORBIDFLAG": a.CompoundForbid = a.ParseFlag(arg); break;
                case "FORCEUCASE": a.ForceUCase = a.ParseFlag(arg); break;
                case "COMPOUNDMIN":
                    if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out int cm)) a.CompoundMin = Math.Max(1, cm);
                    break;
                case "COMPOUNDWORDMAX":
                    if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out int cw)) a.CompoundWordMax = cw;
                    break;
                case "MAXNGRAMSUGS":
                    if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out int mn)) a.MaxNgramSugs = mn;
                    break;
                case "CHECKCOMPOUNDDUP": a.CheckCompoundDup = true; break;
                case "CHECKCOMPOUNDREP": a.CheckCompoundRep = true; break;
                case "CHECKCOMPOUNDCASE": a.CheckCompoundCase = true; break;
                case "CHECKCOMPOUNDTRIPLE": a.CheckCompoundTriple = true; break;
                case "SIMPLIFIEDTRIPLE": a.SimplifiedTriple = true; break;
                case "FULLSTRIP": a.FullStrip = true; break;
                case "COMPLEXPREFIXES": a.ComplexPrefixes = true; break;
                case "CHECKSHARPS": a.CheckSharps = true; break;
                case "ONLYMAXDIFF": a.OnlyMaxDiff = true; break;
                case "NOSPLITSUGS": a.NoSplitSugs = true; break;
                case "REP":
                    if (t.Length >= 3) a.Rep.Add(MakeConv(t[1], t[2], true));
                    break;
                case "ICONV":
                    if (t.Length >= 3) a.IConv.Add(MakeConv(t[1], t[2], false));
                    break;
                case "OCONV":
                    if (t.Length >= 3) a.OConv.Add(MakeConv(t[1], t[2], false));
                    break;
                case "MAP":
                    if (headerSeen.Add(key)) break;
                    a.Map.Add(ParseMap(arg));
                    break;
                case "BREAK":
                    if (headerSeen.Add(key)) { breakList = new List<string>(); break; }
                    breakList!.Add(arg);
                    break;
                case "CHECKCOMPOUNDPATTERN":
                    if (headerSeen.Add(key)) break;
                    if (t.Length >= 3) a.CompoundPatterns.Add(a.ParseCompoundPattern(t[1], t[2], t.Length >= 4 ? t[3] : null));
                    break;
                case "COMPOUNDRULE":
                    if (headerSeen.Add(key)) break;
                    a.AddCompoundRule(arg);
                    break;
                case "PFX":
                case "SFX":
                    pending.Add(t);
                    break;
            }
        }
        if (breakList is not null) a.Break = breakList.ToArray();
        a.BuildAffixes(pending);
        return a;
    }

    private static string[] ParseMap(string s)
    {
        var items = new List<string>();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '(')
            {
                int end = s.IndexOf(')', i + 1);
                if (end < 0) end = s.Length;
                items.Add(s.Substring(i + 1, end - i - 1));
                i = end;
            }
            else if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length) { items.Add(s.Substring(i, 2)); i++; }
            else items.Add(s[i].ToString());
        }
        return items.ToArray();
    }

    private void AddCompoundRule(string rule)
    {
        var fl = new List<char>();
        var q = new List<char>();
        int i = 0;
        while (i < rule.Length)
        {
            char c = rule[i];
            if (c == '*' || c == '?') { if (q.Count > 0) q[^1] = c; i++; continue; }
            string flagText;
            if (c == '(')
            {
                int end = rule.IndexOf(')', i + 1);
                if (end < 0) end = rule.Length;
                flagText = rule.Substring(i + 1, end - i - 1);
                i = end + 1;
            }
            else if (FlagMode == FlagMode.Long && i + 1 < rule.Length) { flagText = rule.Substring(i, 2); i += 2; }
            else { flagText = c.ToString(); i++; }
            char f = FlagMode == FlagMode.Num ? ParseFlag(flagText) : (FlagMode == FlagMode.Long ? ParseFlag(flagText) : flagText[0]);
            fl.Add(f);
            q.Add('\0');
            CompoundRuleFlags.Add(f);
        }
        CompoundRules.Add(new CompoundRule(fl.ToArray(), q.ToArray()));
    }

    private void BuildAffixes(List<string[]> lines)
    {
        var headers = new Dictionary<(bool, char), (bool cross, int remaining)>();
        foreach (var t in lines)
        {
            bool isPrefix = t[0] == "PFX";
            if (t.Length < 4) continue;
            char flag = ParseFlag(t[1]);
            var key = (isPrefix, flag);
            if (!headers.TryGetValue(key, out var h) || h.remaining <= 0)
            {
                int.TryParse(t[3], NumberStyles.None, CultureInfo.InvariantCulture, out int count);
                headers[key] = (t[2] == "Y", count);
                continue;
            }
            headers[key] = (h.cross, h.remaining - 1);
            string strip = t[2] == "0" ? "" : t[2];
            string app = t[3];
            char[]? cont = null;
            int slash = app.IndexOf('/');
            if (slash >= 0)
            {
                cont = ParseFlags(app.AsSpan(slash + 1), true);
                app = app[..slash];
                if (cont.Length == 0) cont = null;
            }
            if (app == "0") app = "";
            app = RemoveIgnored(app);
            strip = RemoveIgnored(strip);
            string cond = t.Length > 4 ? t[4] : ".";
            var e = new AffixEntry
            {
                Flag = flag, IsPrefix = isPrefix, Cross = h.cross, Strip = strip, Append = app, Cont = cont,
                Condition = ParseCondition(cond),
            };
            if (cont is not null) { HasContClass = true; foreach (var f in cont) ContClassFlags.Add(f); }
            MaxAppend = Math.Max(MaxAppend, app.Length);
            (isPrefix ? Prefixes : Suffixes).Add(e);
        }
        EmptyPrefixes = Prefixes.Where(p => p.Append.Length == 0).ToArray();
        EmptySuffixes = Suffixes.Where(p => p.Append.Length == 0).ToArray();
        PrefixByFirst = Prefixes.Where(p => p.Append.Length > 0).GroupBy(p => p.Append[0]).ToDictionary(g => g.Key, g => g.ToArray());
        SuffixByLast = Suffixes.Where(p => p.Append.Length > 0).GroupBy(p => p.Append[^1]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    private static string[] Tokens(string line) =>
        line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Applies a conversion table (ICONV/OCONV): at each position the longest matching pattern wins.</summary>
    public static string? Convert(List<RepEntry> table, ReadOnlySpan<char> word)
    {
        if (table.Count == 0) return null;
        bool any = false;
        foreach (var r in table) if (word.IndexOf(r.From.AsSpan()) >= 0) { any = true; break; }
        if (!any) return null;
        var sb = new StringBuilder(word.Length);
        int i = 0;
        while (i < word.Length)
        {
            RepEntry? best = null;
            foreach (var r in table)
            {
                if (r.From.Length == 0 || !word.Slice(i).StartsWith(r.From.AsSpan(), StringComparison.Ordinal)) continue;
                if (r.AtStart && i != 0) continue;
                if (r.AtEnd && i + r.From.Length != word.Length) continue;
                if (best is null || r.From.Length > best.From.Length) best = r;
            }
            if (best is null) { sb.Append(word[i]); i++; }
            else { sb.Append(best.To); i += best.From.Length; }
        }
        return sb.ToString();
    }
}
