namespace EditorialLint.Spelling;

internal enum CapType { NoCap, InitCap, AllCap, HuhCap, HuhInitCap }

/// <summary>
/// Culture-independent case mapping. The process culture is never consulted: <see cref="Invariant"/> uses
/// invariant mappings, <see cref="Turkic"/> adds the dotted/dotless i pairs used by tr, az and crh (LANG).
/// </summary>
internal sealed class CasingRules
{
    public static readonly CasingRules Invariant = new(false);
    public static readonly CasingRules Turkic = new(true);

    private readonly bool _turkic;
    private CasingRules(bool turkic) => _turkic = turkic;

    public char Lower(char c)
    {
        if (_turkic && c == 'I') return 'ı';
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        if (c == 'İ') return 'i';
        return char.ToLowerInvariant(c);
    }

    public char Upper(char c)
    {
        if (_turkic && c == 'i') return 'İ';
        if (c < 128) return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        if (_turkic && c == 'ı') return 'I';
        return char.ToUpperInvariant(c);
    }

    public void ToLower(ReadOnlySpan<char> src, Span<char> dst)
    {
        for (int i = 0; i < src.Length; i++) dst[i] = Lower(src[i]);
    }

    public void ToUpper(ReadOnlySpan<char> src, Span<char> dst)
    {
        for (int i = 0; i < src.Length; i++) dst[i] = Upper(src[i]);
    }

    public string ToLower(string s)
    {
        return string.Create(s.Length, (s, this), static (span, st) => st.Item2.ToLower(st.s, span));
    }

    public string ToUpper(string s)
    {
        return string.Create(s.Length, (s, this), static (span, st) => st.Item2.ToUpper(st.s, span));
    }

    public string InitCap(string s)
    {
        if (s.Length == 0) return s;
        return string.Create(s.Length, (s, this), static (span, st) =>
        {
            st.s.AsSpan().CopyTo(span);
            span[0] = st.Item2.Upper(st.s[0]);
        });
    }

    /// <summary>All lowercase, then the first letter uppercase.</summary>
    public string LowerInitCap(string s)
    {
        if (s.Length == 0) return s;
        return string.Create(s.Length, (s, this), static (span, st) =>
        {
            st.Item2.ToLower(st.s, span);
            span[0] = st.Item2.Upper(st.s[0]);
        });
    }

    public CapType GetCapType(ReadOnlySpan<char> w)
    {
        int ncap = 0, nneutral = 0;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char lo = Lower(c);
            if (lo != c) ncap++;
            if (Upper(c) == lo) nneutral++;
        }
        if (ncap == 0) return CapType.NoCap;
        bool firstCap = Lower(w[0]) != w[0];
        if (ncap == 1 && firstCap) return CapType.InitCap;
        if (ncap == w.Length || ncap + nneutral == w.Length) return CapType.AllCap;
        if (ncap > 1 && firstCap) return CapType.HuhInitCap;
        return CapType.HuhCap;
    }
}
