namespace EditorialLint.Spelling;

/// <summary>
/// A word list or table kept as one string and the offsets of its entries, sorted in ordinal order and searched by
/// binary search. Loading a 185,000-line list costs one file read and one scan, with no string per entry. Lines that
/// are empty or start with <c>#</c> are skipped; with a key separator (a tab), the key is the text before it and the
/// value the text after it. A file that is not sorted is sorted once on loading. ’ is read as '.
/// </summary>
internal sealed class SortedLines
{
    private readonly string _text;
    private readonly int[] _start;
    private readonly int[] _keyLength;
    private readonly int[] _end;

    private SortedLines(string text, int[] start, int[] keyLength, int[] end)
    {
        _text = text;
        _start = start;
        _keyLength = keyLength;
        _end = end;
    }

    public int Count => _start.Length;

    public static SortedLines Load(string path, char? keyEnd) =>
        From(File.ReadAllText(path, System.Text.Encoding.UTF8), keyEnd);

    public static SortedLines From(string text, char? keyEnd)
    {
        if (text.Contains('\u2019'))
        {
            text = text.Replace('\u2019', '\'');
        }

        var start = new List<int>(text.Length / 8);
        var keyLength = new List<int>(text.Length / 8);
        var end = new List<int>(text.Length / 8);
        var sorted = true;
        var at = 0;
        while (at < text.Length)
        {
            var nl = text.IndexOf('\n', at);
            var lineEnd = nl < 0 ? text.Length : nl;
            var s = at;
            var e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            at = lineEnd + 1;
            if (s == e || text[s] == '#')
            {
                continue;
            }

            var k = e - s;
            if (keyEnd is { } sep)
            {
                var t = text.IndexOf(sep, s, e - s);
                if (t == s) continue;
                if (t > s)
                {
                    k = t - s;
                    while (k > 0 && char.IsWhiteSpace(text[s + k - 1])) k--;
                }
            }

            if (sorted && start.Count > 0 &&
                text.AsSpan(start[^1], keyLength[^1]).SequenceCompareTo(text.AsSpan(s, k)) > 0)
            {
                sorted = false;
            }

            start.Add(s);
            keyLength.Add(k);
            end.Add(e);
        }

        int[] st = [.. start], kl = [.. keyLength], en = [.. end];
        if (!sorted)
        {
            var order = Enumerable.Range(0, st.Length).ToArray();
            Array.Sort(order, (a, b) =>
            {
                var c = text.AsSpan(st[a], kl[a]).SequenceCompareTo(text.AsSpan(st[b], kl[b]));
                return c != 0 ? c : a.CompareTo(b);
            });
            st = [.. order.Select(i => start[i])];
            kl = [.. order.Select(i => keyLength[i])];
            en = [.. order.Select(i => end[i])];
        }

        return new SortedLines(text, st, kl, en);
    }

    public ReadOnlySpan<char> Key(int i) => _text.AsSpan(_start[i], _keyLength[i]);

    /// <summary>The text after the separator (trimmed), or empty.</summary>
    public ReadOnlySpan<char> Value(int i)
    {
        var from = _start[i] + _keyLength[i];
        var span = _text.AsSpan(from, _end[i] - from).Trim();
        return span.Length > 0 && span[0] == '\t' ? span[1..].Trim() : span.TrimStart('\t').Trim();
    }

    /// <summary>The index of the first entry whose key is <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        int lo = 0, hi = _start.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = Key(mid).SequenceCompareTo(key);
            if (c < 0) lo = mid + 1;
            else
            {
                if (c == 0) found = mid;
                hi = mid - 1;
            }
        }

        return found;
    }

    public IEnumerable<string> All()
    {
        for (var i = 0; i < _start.Length; i++)
        {
            yield return _text.Substring(_start[i], _keyLength[i]);
        }
    }

    public void ForEach(WordList.SpanAction action)
    {
        for (var i = 0; i < _start.Length; i++)
        {
            action(Key(i));
        }
    }
}
