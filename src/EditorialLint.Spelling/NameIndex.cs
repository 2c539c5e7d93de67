using System.Globalization;
using System.Text;

namespace EditorialLint.Spelling;

/// <summary>
/// The names a speller knows, for suggestions to a name it does not: the house dictionary's names first (Vucic →
/// Vučić, Erdogan → Erdoğan, also one edit away: Erdogn → Erdoğan), then the proper-name lists' forms that differ from
/// the query only in marks and case (Huseyin → Hüseyin). Built once per dictionary set; deterministic (ordinal order).
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, List<string>> _houseByFold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _listByFold = new(StringComparer.Ordinal);
    private readonly List<(string Fold, string Name)> _house = [];

    public NameIndex(IEnumerable<string> houseNames, IEnumerable<string> listNames)
    {
        foreach (var name in houseNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var fold = Fold(name);
            Add(_houseByFold, fold, name);
            _house.Add((fold, name));
        }

        foreach (var name in listNames)
        {
            // a list entry is only worth suggesting by its folded form when it has marks or inner capitals
            if (System.Text.Ascii.IsValid(name) && !HasInnerCapital(name))
            {
                continue;
            }

            Add(_listByFold, Fold(name), name);
        }

        foreach (var list in _listByFold.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }
    }

    private static bool HasInnerCapital(string name)
    {
        for (var i = 1; i < name.Length; i++) if (char.IsUpper(name[i])) return true;
        return false;
    }

    private static void Add(Dictionary<string, List<string>> map, string key, string name)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(name, StringComparer.Ordinal)) list.Add(name);
    }

    /// <summary>True when the house dictionary spells a name with marks that <paramref name="word"/> (plain ASCII) lacks: Erdogan.</summary>
    public bool IsHouseNameWithoutMarks(ReadOnlySpan<char> word)
    {
        if (!System.Text.Ascii.IsValid(word) || word.IsEmpty || !char.IsUpper(word[0]))
        {
            return false;
        }

        var stem = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        return _houseByFold.TryGetValue(Fold(stem.ToString()), out var forms) && forms.Any(f => !System.Text.Ascii.IsValid(f));
    }

    /// <summary>Known names close to <paramref name="word"/>, best first.</summary>
    public IReadOnlyList<string> Suggest(string word, int max)
    {
        if (max <= 0 || word.Length < 2 || word.Length > 100)
        {
            return [];
        }

        var result = new List<string>();
        var fold = Fold(word);
        void AddAll(IEnumerable<string> forms)
        {
            foreach (var f in forms)
            {
                if (result.Count < max && !string.Equals(f, word, StringComparison.Ordinal) && !result.Contains(f, StringComparer.Ordinal)) result.Add(f);
            }
        }

        if (_houseByFold.TryGetValue(fold, out var house)) AddAll(house);
        if (_listByFold.TryGetValue(fold, out var listed)) AddAll(listed);
        if (result.Count < max && fold.Length >= 4)
        {
            var limit = fold.Length >= 9 ? 2 : 1;
            var near = new List<(int Distance, string Name)>();
            foreach (var (f, name) in _house)
            {
                if (Math.Abs(f.Length - fold.Length) > limit || string.Equals(f, fold, StringComparison.Ordinal)) continue;
                var d = Distance(fold, f, limit);
                if (d <= limit) near.Add((d, name));
            }

            AddAll(near.OrderBy(n => n.Distance).ThenBy(n => n.Name, StringComparer.Ordinal).Select(n => n.Name));
        }

        return result;
    }

    /// <summary>Lower case without marks, culture-free: Çavuşoğlu → cavusoglu, Đukanović → dukanovic, İstanbul → istanbul.</summary>
    public static string Fold(string word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c >= 128) { ascii = false; break; }
        }

        if (ascii) return word.ToLowerInvariant();
        var sb = new StringBuilder(word.Length);
        foreach (var c0 in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c0) == UnicodeCategory.NonSpacingMark) continue;
            switch (c0)
            {
                case 'ı' or 'İ': sb.Append('i'); break;
                case 'đ' or 'Đ' or 'ð' or 'Ð': sb.Append('d'); break;
                case 'ł' or 'Ł': sb.Append('l'); break;
                case 'ø' or 'Ø': sb.Append('o'); break;
                case 'ß': sb.Append("ss"); break;
                case 'æ' or 'Æ': sb.Append("ae"); break;
                case 'œ' or 'Œ': sb.Append("oe"); break;
                case 'þ' or 'Þ': sb.Append("th"); break;
                case '\u2019': sb.Append('\''); break;
                default: sb.Append(char.ToLowerInvariant(c0)); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps), stopping at
    /// <paramref name="limit"/> + 1. Work is bounded by length × (2 × limit + 1), so a very long word costs little.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var n = a.Length;
        var m = b.Length;
        var big = limit + 1;
        Span<int> prev2 = m < 128 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> prev = m < 128 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> cur = m < 128 ? stackalloc int[m + 1] : new int[m + 1];
        for (var j = 0; j <= m; j++) prev[j] = j;
        for (var i = 1; i <= n; i++)
        {
            cur.Fill(big);
            cur[0] = i;
            var from = Math.Max(1, i - limit);
            var to = Math.Min(m, i + limit);
            var rowMin = cur[0];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = Math.Min(v, big);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > limit) return big;
            var spare = prev2;
            prev2 = prev;
            prev = cur;
            cur = spare;
        }

        return Math.Min(prev[m], big);
    }
}
