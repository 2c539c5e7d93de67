using System.Text;

namespace EditorialLint.Spelling;

public sealed partial class HunspellDictionary
{
    /// <summary>
    /// Longest word that gets suggestions. The edit pass tries O(length × |TRY|) candidates of the word's length, so a
    /// pathological token (a 25,600-letter run) would cost quadratic time; no dictionary word is near one anyway.
    /// </summary>
    public const int MaxSuggestLength = 64;

    public IReadOnlyList<string> Suggest(string word, int maxSuggestions = 5)
    {
        if (maxSuggestions <= 0 || string.IsNullOrEmpty(word) || word.Length > MaxSuggestLength) return [];
        var casing = Aff.Casing;
        string w = AffixData.Convert(Aff.IConv, word) ?? word;
        var cap = casing.GetCapType(w);
        var ctx = new SugContext(this, maxSuggestions * 3);

        // capitalization fixes first
        if (cap == CapType.NoCap) ctx.Try(casing.InitCap(w));
        else
        {
            ctx.Try(casing.ToLower(w));
            if (cap != CapType.InitCap) ctx.Try(casing.LowerInitCap(w));
            if (cap == CapType.HuhCap || cap == CapType.HuhInitCap) ctx.Try(casing.ToUpper(w));
        }

        string body = cap is CapType.InitCap or CapType.AllCap ? casing.ToLower(w) : w;
        ctx.PlainForms = GetPlainForms();
        Edits(body, ctx);
        if (body != w && ctx.Count < maxSuggestions) Edits(w, ctx);
        ctx.PlainForms = null;

        if (!ctx.Full && ctx.Count < maxSuggestions && Aff.MaxNgramSugs != 0)
        {
            var started = EditorialLint.Core.Analysis.Timings.Start();
            Ngram(body, ctx, Aff.MaxNgramSugs < 0 ? maxSuggestions : Math.Min(maxSuggestions, Aff.MaxNgramSugs));
            EditorialLint.Core.Analysis.Timings.Stop("spelling: n-gram pass", started);
        }

        var output = new List<string>();
        foreach (var s0 in ctx.Results)
        {
            string s = s0;
            if (cap == CapType.InitCap && casing.GetCapType(s) == CapType.NoCap) s = casing.InitCap(s);
            else if (cap == CapType.AllCap && !s.Contains(' ')) s = casing.ToUpper(s);
            if (Aff.OConv.Count > 0) s = AffixData.Convert(Aff.OConv, s) ?? s;
            if (!string.Equals(s, word, StringComparison.Ordinal) && !output.Contains(s, StringComparer.Ordinal) &&
                (s == s0 || IsGoodSuggestion(s) || s.Contains(' '))) output.Add(s);
            if (output.Count >= maxSuggestions) break;
        }
        return output;
    }

    private bool IsGoodSuggestion(string cand)
    {
        if (cand.Length == 0) return false;
        if (cand.Contains(' '))
        {
            foreach (var part in cand.Split(' '))
                if (!IsGoodSuggestion(part)) return false;
            return true;
        }
        var root = CheckRoot(cand);
        return root is not null && !Has(root, Aff.NoSuggest) && !Has(root, Aff.Forbidden);
    }

    private sealed class SugContext(HunspellDictionary d, int limit)
    {
        public readonly List<string> Results = new();
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        public int Count => Results.Count;
        private int _tried;

        // Bounded by work, never by the clock, so that the same word gets the same suggestions on any machine. The
        // cap on tried candidates is a safety valve for pathological .aff files (huge MAP/TRY tables).
        public bool Full => Results.Count >= limit || _tried >= MaxTried;
        private const int MaxTried = 20_000;

        /// <summary>
        /// Every lower-case word the dictionary can accept (see <see cref="GetPlainForms"/>), or null: a lower-case
        /// candidate outside it is rejected without the full check.
        /// </summary>
        public HashSet<string>? PlainForms;

        public void Try(string cand)
        {
            if (Full || !_seen.Add(cand)) return;
            _tried++;
            if (PlainForms is not null && IsPlainLower(cand) && !PlainForms.Contains(cand)) return;
            if (d.IsGoodSuggestion(cand)) Results.Add(cand);
        }

        /// <summary>A good suggestion, rejected early when it is a plain word outside <see cref="PlainForms"/>.</summary>
        public bool Good(string cand) =>
            (PlainForms is null || !IsPlainLower(cand) || PlainForms.Contains(cand)) && d.IsGoodSuggestion(cand);

        private static bool IsPlainLower(string s)
        {
            foreach (var c in s) if (!char.IsLower(c)) return false;
            return true;
        }
    }

    private void Edits(string w, SugContext ctx)
    {
        // REP table
        foreach (var rep in _rep)
        {
            int at = 0;
            while ((at = w.IndexOf(rep.From, at, StringComparison.Ordinal)) >= 0)
            {
                if ((!rep.AtStart || at == 0) && (!rep.AtEnd || at + rep.From.Length == w.Length))
                    ctx.Try(w[..at] + rep.To + w[(at + rep.From.Length)..]);
                at++;
            }
        }
        // MAP: related characters
        if (Aff.Map.Count > 0) MapSuggest(w, 0, ctx, 0);
        // adjacent swap, and double swap for 4/5 letter words
        for (int i = 0; i + 1 < w.Length; i++)
        {
            var c = w.ToCharArray();
            (c[i], c[i + 1]) = (c[i + 1], c[i]);
            ctx.Try(new string(c));
        }
        // KEY: neighbouring keys and wrong case
        for (int i = 0; i < w.Length; i++)
        {
            char up = Aff.Casing.Upper(w[i]);
            if (up != w[i]) ctx.Try(w[..i] + up + w[(i + 1)..]);
            foreach (var row in Aff.KeyRows)
            {
                int k = row.IndexOf(w[i]);
                while (k >= 0)
                {
                    if (k > 0) ctx.Try(w[..i] + row[k - 1] + w[(i + 1)..]);
                    if (k + 1 < row.Length) ctx.Try(w[..i] + row[k + 1] + w[(i + 1)..]);
                    k = row.IndexOf(w[i], k + 1);
                }
            }
        }
        // extra character
        for (int i = 0; i < w.Length && w.Length > 1; i++) ctx.Try(w.Remove(i, 1));
        // forgotten character (TRY). A capital inside an all-lower-case word is skipped: it makes no real word of
        // the dictionaries here and would double the candidates (the capitalised forms are tried above).
        bool lowerWord = !w.Any(char.IsUpper);
        foreach (var t in Aff.Try)
            for (int i = 0; i <= w.Length; i++)
                if (!(lowerWord && i > 0 && char.IsUpper(t))) ctx.Try(w.Insert(i, t.ToString()));
        // bad character (TRY)
        foreach (var t in Aff.Try)
            for (int i = 0; i < w.Length; i++)
                if (w[i] != t && !(lowerWord && i > 0 && char.IsUpper(t))) ctx.Try(w[..i] + t + w[(i + 1)..]);
        // long swap and move
        for (int i = 0; i < w.Length; i++)
            for (int j = i + 2; j < w.Length && j < i + 5; j++)
            {
                var c = w.ToCharArray();
                (c[i], c[j]) = (c[j], c[i]);
                ctx.Try(new string(c));
            }
        // doubled two characters: vacacation -> vacation
        for (int i = 0; i + 3 < w.Length; i++)
            if (w[i] == w[i + 2] && w[i + 1] == w[i + 3]) ctx.Try(w.Remove(i, 2));
        // two words
        if (!Aff.NoSplitSugs)
            for (int i = 1; i < w.Length; i++)
            {
                string a = w[..i], b = w[i..];
                // single-letter halves ("Türkiye s") are noise, except a leading "a" ("alot" -> "a lot")
                if ((a.Length < 2 && a != "a") || b.Length < 2) continue;
                if (ctx.Good(a) && ctx.Good(b))
                {
                    ctx.Try(a + " " + b);
                    if (Aff.Try.Contains('-')) ctx.Try(a + "-" + b);
                }
            }
    }

    private void MapSuggest(string w, int from, SugContext ctx, int depth)
    {
        if (depth > 4 || ctx.Full) return;
        for (int i = from; i < w.Length; i++)
        {
            foreach (var group in Aff.Map)
            {
                foreach (var item in group)
                {
                    if (!w.AsSpan(i).StartsWith(item.AsSpan(), StringComparison.Ordinal)) continue;
                    foreach (var other in group)
                    {
                        if (ReferenceEquals(other, item) || other == item) continue;
                        string cand = w[..i] + other + w[(i + item.Length)..];
                        ctx.Try(cand);
                        MapSuggest(cand, i + other.Length, ctx, depth + 1);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- n-gram pass

    /// <summary>
    /// The roots the n-gram pass may suggest (not NOSUGGEST, FORBIDDENWORD or ONLYUPCASE), in dictionary order, with
    /// their lower-case forms and a trigram index over them. Built once per dictionary, on the first suggestion.
    /// </summary>
    private sealed class NgramIndex
    {
        public readonly List<string> Roots = [];
        public readonly List<string> Lower = [];
        public readonly List<char[]> Flags = [];
        public readonly List<int> Lengths = [];
        public readonly Dictionary<long, List<int>> Trigrams = [];


        public static long Key(ReadOnlySpan<char> s, int i) => ((long)s[i] << 32) | ((long)s[i + 1] << 16) | s[i + 2];
    }

    private NgramIndex? _ngramIndex;

    [ThreadStatic] private static byte[]? t_counts;

    // built once: the lock keeps two threads from building it side by side
    private object? _ngramLock;

    private NgramIndex GetNgramIndex() => LazyInitializer.EnsureInitialized(ref _ngramIndex, ref _ngramLock, () =>
    {
        var started = EditorialLint.Core.Analysis.Timings.Start();
        var index = new NgramIndex();
        foreach (var kv in AllEntries)
        {
            string root = kv.Key;
            if (root.Length > MaxWordLength) continue;
            char[]? usable = null;
            foreach (var h in kv.Value)
            {
                if (Has(h, Aff.NoSuggest) || Has(h, Aff.Forbidden) || Has(h, AffixData.OnlyUpcaseFlag)) continue;
                usable = h;
                break;
            }
            if (usable is null) continue;
            int id = index.Roots.Count;
            string lower = Aff.Casing.ToLower(root);
            index.Roots.Add(root);
            index.Lower.Add(lower);
            index.Lengths.Add(lower.Length);
            index.Flags.Add(usable);
            for (int i = 0; i + 3 <= lower.Length; i++)
            {
                long key = NgramIndex.Key(lower, i);
                if (!index.Trigrams.TryGetValue(key, out var posting)) index.Trigrams[key] = posting = [];
                if (posting.Count == 0 || posting[^1] != id) posting.Add(id);
            }
        }
        EditorialLint.Core.Analysis.Timings.Stop("spelling: n-gram index built", started);
        return index;
    });

    private HashSet<string>? _plainForms;
    private object? _plainFormsLock;
    private int _suggestCalls;

    /// <summary>Suggestions asked of this dictionary before it builds its plain-forms filter (measured: building it costs about as much as checking the candidates of 150 words).</summary>
    private const int PlainFormsAfter = 500;

    /// <summary>
    /// The lower-case, letters-only forms of every entry (roots and their affixed forms), when the dictionary's
    /// affixes are simple enough for <see cref="Expand"/> to produce every form it accepts (see
    /// <see cref="PlainFormsAreComplete"/>): a superset of the accepted plain words, so that a candidate outside it
    /// is rejected without the full check. The filter changes no result, only the cost, so it is built only once a
    /// run has asked for many suggestions (see <see cref="PlainFormsAfter"/>); null before that, and for dictionaries
    /// it cannot be complete for.
    /// </summary>
    private HashSet<string>? GetPlainForms()
    {
        if (_plainForms is not null) return _plainForms;
        if (Interlocked.Increment(ref _suggestCalls) < PlainFormsAfter || !PlainFormsAreComplete()) return null;
        return LazyInitializer.EnsureInitialized(ref _plainForms, ref _plainFormsLock, () =>
        {
            var started = EditorialLint.Core.Analysis.Timings.Start();
            var forms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kv in AllEntries)
            {
                if (kv.Key.Length > MaxWordLength) continue;
                if (IsPlainLowerWord(kv.Key)) forms.Add(kv.Key);
                foreach (var h in kv.Value)
                    foreach (var f in Expand(kv.Key, h))
                        if (IsPlainLowerWord(f)) forms.Add(f);
            }
            EditorialLint.Core.Analysis.Timings.Stop("spelling: plain-forms filter built", started);
            return forms;
        });
    }

    private bool? _plainFormsComplete;

    private static bool IsPlainLowerWord(string s)
    {
        foreach (var c in s) if (!char.IsLower(c)) return false;
        return s.Length > 0;
    }

    /// <summary>
    /// True when <see cref="Expand"/> yields every lower-case letter word the dictionary accepts: no COMPOUNDFLAG or
    /// COMPOUNDBEGIN, compound rules only over entries that are not plain words (en_US's ordinals: 1st, 22nd), no
    /// continuation classes, no COMPLEXPREFIXES, no IGNORE.
    /// </summary>
    private bool PlainFormsAreComplete() => _plainFormsComplete ??= ComputePlainFormsAreComplete();

    private bool ComputePlainFormsAreComplete()
    {
        if (Aff.CompoundFlag != '\0' || Aff.CompoundBegin != '\0' || Aff.HasContClass || Aff.ComplexPrefixes || Aff.Ignore.Length > 0) return false;
        foreach (var affix in Aff.Suffixes.Concat(Aff.Prefixes)) if (affix.Cont is not null) return false;
        if (Aff.CompoundRules.Count == 0) return true;
        // flags that some plain-letter entry carries
        var plainFlags = new HashSet<char>();
        foreach (var kv in AllEntries)
            if (IsPlainLowerWord(kv.Key))
                foreach (var h in kv.Value)
                    foreach (var f in Aff.CompoundRuleFlags)
                        if (Has(h, f)) plainFlags.Add(f);
        // a rule makes no plain word when one of its required parts is never a plain word (n*1t: "1" is a digit)
        foreach (var rule in Aff.CompoundRules)
        {
            bool blocked = false;
            for (int i = 0; i < rule.RuleFlags.Length; i++)
                if (rule.Quant[i] is not ('*' or '?') && !plainFlags.Contains(rule.RuleFlags[i])) { blocked = true; break; }
            if (!blocked) return false;
        }
        return true;
    }

    private void Ngram(string w, SugContext ctx, int max)
    {
        // Pass 1 scores the roots whose length is within 4 of the word and that share trigrams with it (at least a
        // quarter of the word's distinct trigrams; every root for a word of under 3 letters), and keeps the 10 best;
        // ties keep dictionary order. The candidates come from the trigram index, so the pass costs the postings of
        // the word's trigrams, not a scan of the dictionary, and it is bounded by work alone: deterministic.
        var index = GetNgramIndex();
        var lw = Aff.Casing.ToLower(w);
        const int Keep = 10;
        var best = new List<(int score, int id)>(Keep + 1);
        void Consider(int id)
        {
            string lr = index.Lower[id];
            if (Math.Abs(lr.Length - lw.Length) > 4) return;
            int sc = NgramScore(3, lw, lr);
            if (best.Count == Keep && sc <= best[^1].score) return;
            int at = best.Count;
            while (at > 0 && best[at - 1].score < sc) at--;
            best.Insert(at, (sc, id));
            if (best.Count > Keep) best.RemoveAt(Keep);
        }

        if (lw.Length < 3)
        {
            for (int id = 0; id < index.Roots.Count; id++) Consider(id);
        }
        else
        {
            var keys = new HashSet<long>();
            for (int i = 0; i + 3 <= lw.Length; i++) keys.Add(NgramIndex.Key(lw, i));
            // counts per root in a per-thread buffer; the touched roots are remembered to reset it
            var counts = t_counts is { } buffer && buffer.Length >= index.Roots.Count ? buffer : (t_counts = new byte[index.Roots.Count]);
            var touched = new List<int>();
            int need = Math.Max(1, (keys.Count + 3) / 4);
            var candidates = new List<int>();
            foreach (var key in keys)
            {
                if (!index.Trigrams.TryGetValue(key, out var posting)) continue;
                foreach (var id in posting)
                {
                    if (Math.Abs(index.Lengths[id] - lw.Length) > 4) continue;
                    if (counts[id] == 0) touched.Add(id);
                    if (counts[id] < 255 && ++counts[id] == need) candidates.Add(id);
                }
            }
            foreach (var id in touched) counts[id] = 0;
            candidates.Sort();
            foreach (var id in candidates) Consider(id);
        }

        // Pass 2 expands the 10 roots into their affixed forms and ranks the forms (stable sort: ties keep order).
        var forms = new List<(int score, string form)>();
        foreach (var (_, id) in best)
        {
            string root = index.Roots[id];
            forms.Add((FormScore(lw, root), root));
            foreach (var f in Expand(root, index.Flags[id])) forms.Add((FormScore(lw, f), f));
        }
        var ranked = forms.Select((f, i) => (f.score, f.form, i)).OrderByDescending(x => x.score).ThenBy(x => x.i);
        int added = 0;
        foreach (var (_, f, _) in ranked)
        {
            if (added >= max || ctx.Full) break;
            int before = ctx.Count;
            ctx.Try(f);
            if (ctx.Count > before) added++;
        }
    }

    private int FormScore(string lw, string form)
    {
        string lf = Aff.Casing.ToLower(form);
        return NgramScore(4, lw, lf) + 2 * CommonPrefix(lw, lf) - 2 * Math.Abs(lw.Length - lf.Length) + 3 * Lcs(lw, lf);
    }

    private static int CommonPrefix(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    private static int Lcs(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    private static int NgramScore(int n, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int score = 0;
        for (int k = 1; k <= n; k++)
        {
            int found = 0;
            for (int i = 0; i + k <= a.Length; i++)
                if (b.IndexOf(a.Slice(i, k)) >= 0) found++;
            score += found;
            if (found == 0) break; // no k-gram in common: no longer one either
        }
        return score;
    }

    // ---------------------------------------------------------------- expansion (unmunch)

    /// <summary>
    /// Affixed forms of a dictionary entry: suffixes (with one level of continuation), prefixes and cross products.
    /// Used by the n-gram suggester and by the tests to build word lists.
    /// </summary>
    internal IEnumerable<string> Expand(string root, char[] flags)
    {
        var sfxForms = new List<(string form, AffixEntry se)>();
        foreach (var se in Aff.Suffixes)
        {
            if (!Has(flags, se.Flag)) continue;
            var f = ApplySuffix(se, root);
            if (f is null) continue;
            sfxForms.Add((f, se));
            if (se.Cont is not null)
                foreach (var se2 in Aff.Suffixes)
                    if (se.HasCont(se2.Flag) && ApplySuffix(se2, f) is string f2) sfxForms.Add((f2, se2));
        }
        foreach (var (f, _) in sfxForms) yield return f;
        foreach (var pe in Aff.Prefixes)
        {
            if (!Has(flags, pe.Flag)) continue;
            var p = ApplyPrefix(pe, root);
            if (p is not null) yield return p;
            if (!pe.Cross) continue;
            foreach (var (f, se) in sfxForms)
                if (se.Cross && ApplyPrefix(pe, f) is string pf) yield return pf;
        }
    }

    private static string? ApplySuffix(AffixEntry se, string root)
    {
        if (!root.EndsWith(se.Strip, StringComparison.Ordinal) || !se.SuffixConditionOk(root)) return null;
        if (root.Length - se.Strip.Length + se.Append.Length == 0) return null;
        return root[..(root.Length - se.Strip.Length)] + se.Append;
    }

    private static string? ApplyPrefix(AffixEntry pe, string root)
    {
        if (!root.StartsWith(pe.Strip, StringComparison.Ordinal) || !pe.PrefixConditionOk(root)) return null;
        return pe.Append + root[pe.Strip.Length..];
    }

    internal static string Join(IEnumerable<string> s) => new StringBuilder().AppendJoin(", ", s).ToString();
}
