namespace EditorialLint.Spelling;

public sealed partial class HunspellDictionary
{
    private char[]? CompoundCheck(ReadOnlySpan<char> word, ref SpellInfo info)
    {
        if (word.Length < 2 * Aff.CompoundMin && Aff.CompoundRules.Count == 0) return null;
        if (Aff.CompoundRules.Count > 0 && RuleStarts.Contains(word[0]))
        {
            var parts = new List<char[][]>();
            int budget = 20000;
            var r = CompoundRuleCheck(word, 0, parts, ref budget);
            if (r is not null) return r;
        }
        if (Aff.CompoundFlag != '\0' || Aff.CompoundBegin != '\0')
        {
            HashSet<(int, int)>? failed = null;
            var ctx = new CpdCtx { AllowHidden = info.AllCapInput, NoKeepCase = info.CaseChanged && Aff.KeepCase != '\0' };
            var r = CompoundFlagCheck(word, 0, 0, word, default, ref failed, ref ctx);
            if (r is not null && Aff.ForceUCase != '\0' && Has(r, Aff.ForceUCase) && !info.OrigCap) return null;
            // a compound of three or more words is a typo when one edit turns it into a dictionary word
            if (r is not null && ctx.Parts >= 3 && OneEditFromWord(word)) return null;
            return r;
        }
        return null;
    }

    // ---------------------------------------------------------------- COMPOUNDRULE

    private HashSet<char>? _ruleStarts;

    /// <summary>
    /// First letters of the entries that carry a COMPOUNDRULE flag (the digits for en_US ordinals): a word starting
    /// with anything else cannot match a rule, which spares most misspellings the rule search. Built on first use
    /// (safely published; a race only builds the same set twice).
    /// </summary>
    private HashSet<char> RuleStarts => LazyInitializer.EnsureInitialized(ref _ruleStarts, BuildRuleStarts);

    private HashSet<char> BuildRuleStarts()
    {
        var set = new HashSet<char>();
        foreach (var kv in AllEntries)
        {
            if (kv.Key.Length == 0 || set.Contains(kv.Key[0])) continue;
            foreach (var h in kv.Value)
                foreach (var f in h)
                    if (Aff.CompoundRuleFlags.Contains(f)) { set.Add(kv.Key[0]); goto next; }
            next:;
        }
        return set;
    }

    private char[]? CompoundRuleCheck(ReadOnlySpan<char> word, int pos, List<char[][]> parts, ref int budget)
    {
        int len = word.Length, cmin = Aff.CompoundMin;
        if (parts.Count > 64 || --budget < 0) return null;
        for (int i = pos + cmin; i <= len; i++)
        {
            if (i < len && len - i < cmin) continue;
            var homs = Lookup(word[pos..i]);
            if (homs is null) continue;
            char[][]? usable = null;
            foreach (var h in homs)
            {
                if (Has(h, Aff.Forbidden) || Has(h, Aff.NeedAffix)) continue;
                foreach (var f in h)
                    if (Aff.CompoundRuleFlags.Contains(f)) { usable = homs; break; }
                if (usable is not null) break;
            }
            if (usable is null) continue;
            parts.Add(usable);
            if (Aff.CompoundWordMax == 0 || parts.Count <= Aff.CompoundWordMax)
            {
                if (i == len)
                {
                    if (parts.Count >= 2 && RulesMatch(parts, true)) return LastUsable(usable);
                }
                else if (RulesMatch(parts, false))
                {
                    var r = CompoundRuleCheck(word, i, parts, ref budget);
                    if (r is not null) return r;
                }
            }
            parts.RemoveAt(parts.Count - 1);
        }
        return null;
    }

    private static char[] LastUsable(char[][] homs) => homs[0];

    private bool RulesMatch(List<char[][]> parts, bool full)
    {
        foreach (var rule in Aff.CompoundRules)
            if (RuleMatch(rule, 0, parts, 0, full)) return true;
        return false;
    }

    private static bool PartHas(char[][] homs, char f)
    {
        foreach (var h in homs) if (Flags.Has(h, f)) return true;
        return false;
    }

    private static bool RuleMatch(CompoundRule rule, int ri, List<char[][]> parts, int pi, bool full)
    {
        if (pi == parts.Count)
        {
            if (!full) return true;
            // the rest of the rule must be optional
            for (int k = ri; k < rule.RuleFlags.Length; k++) if (rule.Quant[k] == '\0') return false;
            return true;
        }
        if (ri == rule.RuleFlags.Length) return false;
        char f = rule.RuleFlags[ri];
        char q = rule.Quant[ri];
        bool here = PartHas(parts[pi], f);
        switch (q)
        {
            case '*':
                if (here && RuleMatch(rule, ri, parts, pi + 1, full)) return true;
                return RuleMatch(rule, ri + 1, parts, pi, full);
            case '?':
                if (here && RuleMatch(rule, ri + 1, parts, pi + 1, full)) return true;
                return RuleMatch(rule, ri + 1, parts, pi, full);
            default:
                return here && RuleMatch(rule, ri + 1, parts, pi + 1, full);
        }
    }

    // ---------------------------------------------------------------- COMPOUNDFLAG / BEGIN / MIDDLE / END

    private struct CpdCtx
    {
        public bool AllowHidden;  // ALLCAPS input: hidden capitalised homonyms of mixed-case words can be parts
        public bool NoKeepCase;   // the input's case was changed: KEEPCASE words cannot be parts
        public int Parts;         // number of parts of the accepted compound
    }

    /// <summary>The part before the current position: its root flags and whether it was an unaffixed stem.</summary>
    /// <param name="Flags">root flags, plus (for CHECKCOMPOUNDPATTERN) the continuation flags of its affixes</param>
    /// <param name="Replaced">the boundary after this part came from a CHECKCOMPOUNDPATTERN replacement</param>
    /// <param name="NeedFlag">the flag the next part must have (the replacement pattern's second flag)</param>
    private readonly record struct PrevPart(char[]? Flags, bool Unmodified, int Start, bool Replaced = false, char NeedFlag = '\0');

    /// <summary>
    /// The flags CHECKCOMPOUNDPATTERN tests on a part: the root's flags plus the continuation flags of the prefix or
    /// suffix (of the root's classes) whose affix text the part starts or ends with, unless the part is itself an entry.
    /// </summary>
    private char[] PatternFlags(ReadOnlySpan<char> text, char[] root, bool direct)
    {
        if (direct || !Aff.CompoundPatternFlags) return root;
        List<char>? extra = null;
        foreach (var pe in Aff.Prefixes)
            if (pe.Cont is not null && pe.Append.Length > 0 && Has(root, pe.Flag) && text.StartsWith(pe.Append.AsSpan(), StringComparison.Ordinal))
                (extra ??= [.. root]).AddRange(pe.Cont);
        foreach (var se in Aff.Suffixes)
            if (se.Cont is not null && se.Append.Length > 0 && Has(root, se.Flag) && text.EndsWith(se.Append.AsSpan(), StringComparison.Ordinal))
                (extra ??= [.. root]).AddRange(se.Cont);
        if (extra is null) return root;
        var arr = extra.Distinct().ToArray();
        Array.Sort(arr);
        return arr;
    }

    private char[]? CompoundFlagCheck(ReadOnlySpan<char> word, int wnum, int depth, ReadOnlySpan<char> full, PrevPart prev,
        ref HashSet<(int, int)>? failed, ref CpdCtx ctx)
    {
        int len = word.Length;
        if (depth > 50) return null;
        // a tail that failed once at this position fails again: memoise (offset, position class). With compound
        // patterns the result also depends on the previous part, so the memo is not used then.
        bool memo = Aff.CompoundPatterns.Count == 0;
        var key = (full.Length - len, Aff.CompoundWordMax > 0 ? wnum : Math.Min(wnum, 1));
        if (memo && failed is not null && failed.Contains(key)) return null;
        var res = CompoundFlagCheckCore(word, wnum, depth, full, prev, ref failed, ref ctx);
        if (memo && res is null) (failed ??= new HashSet<(int, int)>()).Add(key);
        return res;
    }

    /// <summary>CHECKCOMPOUNDPATTERN: true when the parts meeting at <paramref name="at"/> of <paramref name="full"/> are forbidden.</summary>
    private bool PatternForbids(ReadOnlySpan<char> full, int at, PrevPart a, char[] bFlags)
    {
        foreach (var p in Aff.CompoundPatterns)
        {
            if (p.EndUnmodified ? !a.Unmodified : !full[..at].EndsWith(p.End.AsSpan(), StringComparison.Ordinal)) continue;
            if (!full[at..].StartsWith(p.Begin.AsSpan(), StringComparison.Ordinal)) continue;
            if (p.EndFlag != '\0' && !Has(a.Flags, p.EndFlag)) continue;
            if (p.BeginFlag != '\0' && !Has(bFlags, p.BeginFlag)) continue;
            return true;
        }
        return false;
    }

    private char[]? CompoundFlagCheckCore(ReadOnlySpan<char> word, int wnum, int depth, ReadOnlySpan<char> full, PrevPart prev,
        ref HashSet<(int, int)>? failed, ref CpdCtx ctx)
    {
        int len = word.Length, cmin = Aff.CompoundMin;
        for (int i = cmin; i <= len - cmin; i++)
        {
            // a shared letter for SIMPLIFIEDTRIPLE: Schiff|fahrt written Schiffahrt
            for (int variant = 0; variant < 2; variant++)
            {
                ReadOnlySpan<char> first = word[..i];
                ReadOnlySpan<char> rest = word[i..];
                if (variant == 1)
                {
                    if (!(Aff.SimplifiedTriple && i >= 2 && word[i - 1] == word[i - 2])) break;
                    rest = word[(i - 1)..];
                }
                if (variant == 0 && Aff.CheckCompoundTriple && IsTriple(word, i)) continue;
                if (Aff.CheckCompoundCase && BadCase(word[i - 1], word[i])) continue;

                var r1 = CompoundPart(first, wnum == 0 ? Aff.CompoundBegin : Aff.CompoundMiddle, wnum == 0 ? InCpd.Begin : InCpd.Other, ref ctx, out bool direct1);
                if (r1 is null) continue;
                int here = full.Length - word.Length;
                if (wnum > 0 && Aff.CompoundPatterns.Count > 0)
                {
                    var f1 = PatternFlags(first, r1, direct1);
                    if (prev.NeedFlag != '\0' && !Has(f1, prev.NeedFlag)) continue;
                    if (!prev.Replaced && PatternForbids(full, here, prev, f1)) continue;
                }
                // CHECKCOMPOUNDREP on each pair of neighbouring parts: previous part + this one
                if (wnum > 0 && Aff.CheckCompoundRep && RepMakesWord(full[prev.Start..(here + i)])) continue;

                var r2 = CompoundPart(rest, Aff.CompoundEnd, InCpd.End, ref ctx, out _);
                if (r2 is not null)
                {
                    bool ok = true;
                    if (Aff.CheckCompoundDup && first.SequenceEqual(rest)) ok = false;
                    // a compound whose parts form a dictionary word pair ("compound word") is wrong
                    if (ok && Lookup(string.Concat(first, " ", rest)) is not null) ok = false;
                    if (ok && Aff.CompoundWordMax > 0 && wnum + 2 > Aff.CompoundWordMax) ok = false;
                    if (ok && Aff.CheckCompoundRep && RepMakesWord(word)) ok = false;
                    if (ok && Aff.CheckCompoundTriple && variant == 0 && IsTriple(word, i)) ok = false;
                    if (ok && Aff.CompoundPatterns.Count > 0 &&
                        PatternForbids(full, here + i, new PrevPart(PatternFlags(first, r1, direct1), direct1, here), PatternFlags(rest, r2, false))) ok = false;
                    if (ok) { ctx.Parts = wnum + 2; return r2; }
                }
                if (Aff.CompoundWordMax == 0 || wnum + 2 < Aff.CompoundWordMax)
                {
                    var r3 = CompoundFlagCheck(rest, wnum + 1, depth + 1, full, new PrevPart(PatternFlags(first, r1, direct1), direct1, here), ref failed, ref ctx);
                    if (r3 is not null) return r3;
                }
            }
        }
        return Aff.CompoundPatternReplacements ? ReplacementSplit(word, wnum, depth, full, prev, ref failed, ref ctx) : null;
    }

    /// <summary>
    /// CHECKCOMPOUNDPATTERN with a replacement: "endchars beginchars replacement" lets the compound be written with
    /// the replacement where the two parts meet (o b z: foo + bar written fozar). The word is rewritten and split there.
    /// </summary>
    private char[]? ReplacementSplit(ReadOnlySpan<char> word, int wnum, int depth, ReadOnlySpan<char> full, PrevPart prev,
        ref HashSet<(int, int)>? failed, ref CpdCtx ctx)
    {
        int here = full.Length - word.Length, cmin = Aff.CompoundMin;
        foreach (var p in Aff.CompoundPatterns)
        {
            if (string.IsNullOrEmpty(p.Replacement) || p.EndUnmodified) continue;
            string r = p.Replacement;
            for (int k = word.IndexOf(r.AsSpan(), StringComparison.Ordinal); k >= 0;)
            {
                if (k >= 1)
                {
                    string full2 = string.Concat(full[..here], word[..k], p.End, string.Concat(p.Begin, word[(k + r.Length)..]));
                    var word2 = full2.AsSpan(here);
                    int i2 = k + p.End.Length;
                    var first = word2[..i2];
                    var rest = word2[i2..];
                    if (first.Length >= cmin && rest.Length >= cmin)
                    {
                        var r1 = CompoundPart(first, wnum == 0 ? Aff.CompoundBegin : Aff.CompoundMiddle, wnum == 0 ? InCpd.Begin : InCpd.Other, ref ctx, out bool direct1);
                        var f1 = r1 is null ? null : PatternFlags(first, r1, direct1);
                        bool ok1 = f1 is not null && (p.EndFlag == '\0' || Has(f1, p.EndFlag)) &&
                                   (wnum == 0 || prev.NeedFlag == '\0' || Has(f1, prev.NeedFlag));
                        if (ok1)
                        {
                            var r2 = CompoundPart(rest, Aff.CompoundEnd, InCpd.End, ref ctx, out _);
                            if (r2 is not null && (p.BeginFlag == '\0' || Has(PatternFlags(rest, r2, false), p.BeginFlag)) &&
                                (Aff.CompoundWordMax == 0 || wnum + 2 <= Aff.CompoundWordMax))
                            {
                                ctx.Parts = wnum + 2;
                                return r2;
                            }
                            var r3 = CompoundFlagCheck(rest, wnum + 1, depth + 1, full2,
                                new PrevPart(f1!, direct1, here, Replaced: true, NeedFlag: p.BeginFlag), ref failed, ref ctx);
                            if (r3 is not null) return r3;
                        }
                    }
                }
                int next = word[(k + 1)..].IndexOf(r.AsSpan(), StringComparison.Ordinal);
                k = next < 0 ? -1 : k + 1 + next;
            }
        }
        return null;
    }

    private static bool IsTriple(ReadOnlySpan<char> w, int i) =>
        i >= 1 && i < w.Length && w[i - 1] == w[i] &&
        ((i >= 2 && w[i - 2] == w[i - 1]) || (i + 1 < w.Length && w[i + 1] == w[i]));

    private bool BadCase(char a, char b)
    {
        var c = Aff.Casing;
        bool ua = c.Lower(a) != a, ub = c.Lower(b) != b;
        return (ua || ub) && a != '-' && b != '-';
    }

    /// <summary>A part of a compound: the word itself with COMPOUNDFLAG or the position flag, or an affixed form.</summary>
    private char[]? CompoundPart(ReadOnlySpan<char> part, char posFlag, InCpd where, ref CpdCtx ctx, out bool direct)
    {
        direct = false;
        var homs = Lookup(part);
        // "unmodified stem" for CHECKCOMPOUNDPATTERN 0/...: the part is spelled like a dictionary entry (zero affixes allowed)
        direct = homs is not null;
        if (homs is not null)
        {
            foreach (var h in homs)
            {
                if (Has(h, Aff.NeedAffix) || Has(h, Aff.Forbidden) || Has(h, Aff.CompoundForbid)) continue;
                if (!ctx.AllowHidden && Has(h, AffixData.OnlyUpcaseFlag)) continue;
                if (ctx.NoKeepCase && Has(h, Aff.KeepCase)) continue;
                if (Has(h, Aff.CompoundFlag) || Has(h, posFlag)) return h;
            }
        }
        // a dictionary word with COMPOUNDFORBIDFLAG is not a compound part in any reading (foobaz/Z beside foo+baz)
        if (homs is not null && Aff.CompoundForbid != '\0')
            foreach (var h in homs)
                if (Has(h, Aff.CompoundForbid)) return null;
        char[]? rv = null;
        if (Aff.CompoundFlag != '\0') rv = AffixCheck(part, Aff.CompoundFlag, where);
        if (rv is null && posFlag != '\0') rv = AffixCheck(part, posFlag, where);
        if (rv is not null && (Has(rv, Aff.Forbidden) || Has(rv, Aff.CompoundForbid))) rv = null;
        if (rv is not null && ((!ctx.AllowHidden && Has(rv, AffixData.OnlyUpcaseFlag)) || (ctx.NoKeepCase && Has(rv, Aff.KeepCase)))) rv = null;
        return rv;
    }

    /// <summary>
    /// True when replacing one character by a TRY character, or swapping two neighbours, gives a word of the
    /// dictionary (not a compound). Used to reject compounds of three or more parts that are typos of a real word.
    /// </summary>
    private bool OneEditFromWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 64) return false;
        Span<char> buf = stackalloc char[word.Length];
        bool Simple(ReadOnlySpan<char> w)
        {
            var homs = Lookup(w);
            if (homs is not null)
                foreach (var h in homs)
                    if (!Has(h, Aff.Forbidden) && !Has(h, Aff.NeedAffix) && !Has(h, Aff.OnlyInCompound) && !Has(h, AffixData.OnlyUpcaseFlag))
                        return true;
            var rv = AffixCheck(w, '\0', InCpd.Not);
            return rv is not null && !Has(rv, Aff.Forbidden) && !Has(rv, Aff.OnlyInCompound);
        }
        for (int i = 0; i < word.Length; i++)
        {
            word.CopyTo(buf);
            foreach (var t in Aff.Try)
            {
                if (t == word[i]) continue;
                buf[i] = t;
                if (Simple(buf)) return true;
            }
            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                word.CopyTo(buf);
                (buf[i], buf[i + 1]) = (buf[i + 1], buf[i]);
                if (Simple(buf)) return true;
            }
        }
        return false;
    }

    /// <summary>CHECKCOMPOUNDREP: a REP replacement turning two neighbouring parts into a dictionary word forbids them.</summary>
    private bool RepMakesWord(ReadOnlySpan<char> word)
    {
        string w = word.ToString();
        foreach (var rep in _rep)
        {
            int at = 0;
            while ((at = w.IndexOf(rep.From, at, StringComparison.Ordinal)) >= 0)
            {
                string cand = w[..at] + rep.To + w[(at + rep.From.Length)..];
                if (Lookup(cand) is not null || AffixCheck(cand, '\0', InCpd.Not) is not null) return true;
                at++;
            }
        }
        return false;
    }
}
