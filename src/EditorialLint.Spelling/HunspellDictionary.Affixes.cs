namespace EditorialLint.Spelling;

internal enum InCpd { Not, Begin, End, Other }

public sealed partial class HunspellDictionary
{
    private static bool Has(char[]? set, char f) => Flags.Has(set, f);

    /// <summary>Strips affixes (prefix, suffix, prefix×suffix, two suffixes) and returns the root entry's flags.</summary>
    internal char[]? AffixCheck(ReadOnlySpan<char> word, char needFlag, InCpd inCpd)
    {
        var rv = PrefixCheck(word, inCpd, needFlag);
        if (rv is not null) return rv;
        rv = SuffixCheck(word, false, null, '\0', needFlag, inCpd);
        if (rv is not null) return rv;
        if (Aff.HasContClass)
        {
            rv = SuffixCheckTwoSfx(word, false, null, needFlag);
            if (rv is not null) return rv;
            rv = PrefixCheckTwoSfx(word, inCpd, needFlag);
            if (rv is null && Aff.ComplexPrefixes) rv = PrefixCheckTwoPfx(word, inCpd, needFlag);
        }
        return rv;
    }

    /// <summary>
    /// COMPLEXPREFIXES (right-to-left languages): two prefixes, the inner one carrying the outer one's flag as a
    /// continuation class (tek + met/A + ouro/B = tekmetouro).
    /// </summary>
    private char[]? PrefixCheckTwoPfx(ReadOnlySpan<char> word, InCpd inCpd, char needFlag)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            var list = pass == 0 ? Aff.EmptyPrefixes : PrefixCandidates(word);
            if (list is null) continue;
            foreach (var outer in list)
            {
                if (pass == 1 && !word.StartsWith(outer.Append.AsSpan(), StringComparison.Ordinal)) continue;
                if (!Aff.ContClassFlags.Contains(outer.Flag)) continue;
                if (inCpd == InCpd.Not && outer.HasCont(Aff.OnlyInCompound)) continue;
                int tmpl = word.Length - outer.Append.Length;
                if (tmpl <= 0) continue;
                var mid = string.Concat(outer.Strip.AsSpan(), word[outer.Append.Length..]);
                if (!outer.PrefixConditionOk(mid)) continue;
                for (int pass2 = 0; pass2 < 2; pass2++)
                {
                    var inners = pass2 == 0 ? Aff.EmptyPrefixes : PrefixCandidates(mid);
                    if (inners is null) continue;
                    foreach (var inner in inners)
                    {
                        if (!inner.HasCont(outer.Flag) || !mid.StartsWith(inner.Append, StringComparison.Ordinal)) continue;
                        int tl2 = mid.Length - inner.Append.Length;
                        if (tl2 <= 0) continue;
                        var root = string.Concat(inner.Strip.AsSpan(), mid.AsSpan(inner.Append.Length));
                        if (!inner.PrefixConditionOk(root)) continue;
                        var homs = Lookup(root);
                        if (homs is null) continue;
                        foreach (var h in homs)
                            if (Has(h, inner.Flag) && (needFlag == '\0' || Has(h, needFlag) || inner.HasCont(needFlag) || outer.HasCont(needFlag)))
                                return h;
                    }
                }
            }
        }
        return null;
    }

    private AffixEntry[]? PrefixCandidates(ReadOnlySpan<char> word) =>
        word.Length > 0 && Aff.PrefixByFirst.TryGetValue(word[0], out var arr) ? arr : null;

    private AffixEntry[]? SuffixCandidates(ReadOnlySpan<char> word) =>
        word.Length > 0 && Aff.SuffixByLast.TryGetValue(word[^1], out var arr) ? arr : null;

    private char[]? PrefixCheck(ReadOnlySpan<char> word, InCpd inCpd, char needFlag)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            var list = pass == 0 ? Aff.EmptyPrefixes : PrefixCandidates(word);
            if (list is null) continue;
            foreach (var pe in list)
            {
                if (pass == 1 && !word.StartsWith(pe.Append.AsSpan(), StringComparison.Ordinal)) continue;
                if (inCpd == InCpd.Not && pe.HasCont(Aff.OnlyInCompound)) continue;
                // an affix with COMPOUNDFORBIDFLAG makes a form that cannot be part of a compound
                if (inCpd != InCpd.Not && Aff.CompoundForbid != '\0' && pe.HasCont(Aff.CompoundForbid)) continue;
                // inside a compound (end or middle part) a prefix needs COMPOUNDPERMITFLAG
                if ((inCpd == InCpd.End || inCpd == InCpd.Other) && !pe.HasCont(Aff.CompoundPermit)) continue;
                var rv = PfxCheckWord(pe, word, inCpd, needFlag);
                if (rv is not null) return rv;
            }
        }
        return null;
    }

    private char[]? PfxCheckWord(AffixEntry pe, ReadOnlySpan<char> word, InCpd inCpd, char needFlag)
    {
        int tmpl = word.Length - pe.Append.Length;
        if (!(tmpl > 0 || (tmpl == 0 && Aff.FullStrip))) return null;
        int rootLen = tmpl + pe.Strip.Length;
        Span<char> root = rootLen <= 128 ? stackalloc char[rootLen] : new char[rootLen];
        pe.Strip.AsSpan().CopyTo(root);
        word[pe.Append.Length..].CopyTo(root[pe.Strip.Length..]);
        if (!pe.PrefixConditionOk(root)) return null;
        var homs = Lookup(root);
        if (homs is not null)
        {
            foreach (var h in homs)
            {
                // a prefix of a circumfix pair (CIRCUMFIX flag on the prefix) is not a word without its suffix
                if (Has(h, pe.Flag) && !pe.HasCont(Aff.NeedAffix) && (Aff.Circumfix == '\0' || !pe.HasCont(Aff.Circumfix)) &&
                    (needFlag == '\0' || Has(h, needFlag) || pe.HasCont(needFlag)))
                    return h;
            }
        }
        if (pe.Cross && inCpd != InCpd.Begin)
        {
            var rv = SuffixCheck(root, true, pe, '\0', needFlag, inCpd);
            if (rv is not null) return rv;
        }
        return null;
    }

    private char[]? SuffixCheck(ReadOnlySpan<char> word, bool xprod, AffixEntry? ppfx, char cclass, char needFlag, InCpd inCpd)
    {
        char circ = Aff.Circumfix;
        for (int pass = 0; pass < 2; pass++)
        {
            var list = pass == 0 ? Aff.EmptySuffixes : SuffixCandidates(word);
            if (list is null) continue;
            foreach (var se in list)
            {
                if (pass == 1 && !word.EndsWith(se.Append.AsSpan(), StringComparison.Ordinal)) continue;
                if (cclass != '\0' && se.Cont is null) continue;
                // inside a compound (begin or middle part) a suffix needs COMPOUNDPERMITFLAG
                if ((inCpd == InCpd.Begin || inCpd == InCpd.Other) && !se.HasCont(Aff.CompoundPermit)) continue;
                if (circ != '\0')
                {
                    bool pc = ppfx is not null && ppfx.HasCont(circ);
                    bool sc = se.HasCont(circ);
                    if (pc != sc) continue;
                }
                // an ONLYINCOMPOUND suffix (a linking morpheme, "pseudos" in "pseudosfoo") never ends a word alone;
                // on the last part of a compound hunspell 1.7.1 rejects it when it appends letters to an unprefixed
                // stem ("foopseudos"), but accepts an empty one (German "Computerarbeit": 0/WXD) and one that
                // combines with a prefix ("foorepseudos"; "Arbeitscomputern"); prefixes carrying it may start one
                if (inCpd == InCpd.Not && se.HasCont(Aff.OnlyInCompound)) continue;
                if (inCpd == InCpd.End && ppfx is null && se.Append.Length > 0 && se.HasCont(Aff.OnlyInCompound)) continue;
                if (inCpd != InCpd.Not && Aff.CompoundForbid != '\0' && se.HasCont(Aff.CompoundForbid)) continue;
                if (!(cclass != '\0' || !se.HasCont(Aff.NeedAffix) || (ppfx is not null && !ppfx.HasCont(Aff.NeedAffix)))) continue;
                var rv = SfxCheckWord(se, word, xprod, ppfx, cclass, needFlag, inCpd != InCpd.Not ? '\0' : Aff.OnlyInCompound);
                if (rv is not null) return rv;
            }
        }
        return null;
    }

    private char[]? SfxCheckWord(AffixEntry se, ReadOnlySpan<char> word, bool xprod, AffixEntry? ppfx, char cclass, char needFlag, char badFlag)
    {
        if (xprod && !se.Cross) return null;
        int tmpl = word.Length - se.Append.Length;
        if (!((tmpl > 0 || (tmpl == 0 && Aff.FullStrip)) && tmpl + se.Strip.Length >= se.Condition.Length)) return null;
        int rootLen = tmpl + se.Strip.Length;
        if (rootLen == 0) return null;
        Span<char> root = rootLen <= 128 ? stackalloc char[rootLen] : new char[rootLen];
        word[..tmpl].CopyTo(root);
        se.Strip.AsSpan().CopyTo(root[tmpl..]);
        if (!se.SuffixConditionOk(root)) return null;
        var homs = Lookup(root);
        if (homs is null) return null;
        foreach (var h in homs)
        {
            if ((Has(h, se.Flag) || (ppfx is not null && ppfx.HasCont(se.Flag))) &&
                (!xprod || (ppfx is not null && Has(h, ppfx.Flag)) || (ppfx is not null && se.HasCont(ppfx.Flag))) &&
                (cclass == '\0' || se.HasCont(cclass)) &&
                (badFlag == '\0' || !Has(h, badFlag)) &&
                (needFlag == '\0' || Has(h, needFlag) || se.HasCont(needFlag)))
                return h;
        }
        return null;
    }

    private char[]? SuffixCheckTwoSfx(ReadOnlySpan<char> word, bool xprod, AffixEntry? ppfx, char needFlag)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            var list = pass == 0 ? Aff.EmptySuffixes : SuffixCandidates(word);
            if (list is null) continue;
            foreach (var se in list)
            {
                if (pass == 1 && !word.EndsWith(se.Append.AsSpan(), StringComparison.Ordinal)) continue;
                if (!Aff.ContClassFlags.Contains(se.Flag)) continue;
                if (xprod && !se.Cross) continue;
                int tmpl = word.Length - se.Append.Length;
                if (!(tmpl > 0 && tmpl + se.Strip.Length >= se.Condition.Length)) continue;
                int rootLen = tmpl + se.Strip.Length;
                var root = new char[rootLen];
                word[..tmpl].CopyTo(root);
                se.Strip.AsSpan().CopyTo(root.AsSpan(tmpl));
                if (!se.SuffixConditionOk(root)) continue;
                char[]? rv;
                if (ppfx is not null)
                {
                    rv = se.HasCont(ppfx.Flag)
                        ? SuffixCheck(root, false, null, se.Flag, needFlag, InCpd.Not)
                        : SuffixCheck(root, xprod, ppfx, se.Flag, needFlag, InCpd.Not);
                }
                else rv = SuffixCheck(root, false, null, se.Flag, needFlag, InCpd.Not);
                if (rv is not null) return rv;
            }
        }
        return null;
    }

    private char[]? PrefixCheckTwoSfx(ReadOnlySpan<char> word, InCpd inCpd, char needFlag)
    {
        for (int pass = 0; pass < 2; pass++)
        {
            var list = pass == 0 ? Aff.EmptyPrefixes : PrefixCandidates(word);
            if (list is null) continue;
            foreach (var pe in list)
            {
                if (pass == 1 && !word.StartsWith(pe.Append.AsSpan(), StringComparison.Ordinal)) continue;
                if (!pe.Cross || inCpd == InCpd.Begin) continue;
                int tmpl = word.Length - pe.Append.Length;
                if (tmpl <= 0) continue;
                var root = new char[tmpl + pe.Strip.Length];
                pe.Strip.AsSpan().CopyTo(root);
                word[pe.Append.Length..].CopyTo(root.AsSpan(pe.Strip.Length));
                if (!pe.PrefixConditionOk(root)) continue;
                var rv = SuffixCheckTwoSfx(root, true, pe, needFlag);
                if (rv is not null) return rv;
            }
        }
        return null;
    }
}
