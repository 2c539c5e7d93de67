using System.Globalization;
using System.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Consistency;

/// <summary>Helpers the consistency rules share.</summary>
internal static class ConsistencyText
{
    /// <summary>The word without a possessive ending ('s, ’s), and the ending.</summary>
    public static (string Stem, string Suffix) SplitPossessive(string word)
    {
        if (word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019')
        {
            return (word[..^2], word[^2..]);
        }

        return (word, string.Empty);
    }

    /// <summary>Letters without diacritics, lower case, invariant: Erdoğan → erdogan, Vučić → vucic, İstanbul → istanbul.</summary>
    public static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                'ı' => 'i',
                'đ' or 'Đ' => 'd',
                'ł' or 'Ł' => 'l',
                'ø' or 'Ø' => 'o',
                'ß' => 's',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }

    public static int NonAscii(string s) => s.Count(c => c > 0x7F);

    /// <summary>True when the position is inside a quotation (“…” or "…") within its paragraph.</summary>
    public static bool IsQuoted(EditorialDocument document, int position)
    {
        var paragraph = document.Paragraphs.FirstOrDefault(p => p.Span.Contains(position));
        if (paragraph is null)
        {
            return false;
        }

        var text = document.Content;
        var open = 0;
        var straight = 0;
        for (var i = paragraph.Span.Start; i < position; i++)
        {
            switch (text[i])
            {
                case '\u201C':
                    open++;
                    break;
                case '\u201D':
                    open = Math.Max(0, open - 1);
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        return open > 0 || straight % 2 == 1;
    }

    /// <summary>Title-case, upper-case or as-is, following the casing of <paramref name="model"/>.</summary>
    public static string MatchCase(string replacement, string model)
    {
        if (model.Length > 1 && model.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            // Turkish-aware upper case for Turkish words (Türkiye → TÜRKİYE); invariant otherwise.
            var turkish = replacement.AsSpan().IndexOfAny("ğĞıİşŞ") >= 0 || replacement.StartsWith("Türk", StringComparison.Ordinal);
            return replacement.ToUpper(turkish ? CultureInfo.GetCultureInfo("tr-TR") : CultureInfo.InvariantCulture);
        }

        return replacement;
    }
}
