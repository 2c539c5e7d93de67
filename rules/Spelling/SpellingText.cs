using System.Collections.Frozen;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Rules.Spelling;

/// <summary>Shared checks of the spelling rules.</summary>
internal static class SpellingText
{
    /// <summary>
    /// True for words the dictionaries are meant to judge: Latin-script letters (with marks and inner apostrophes),
    /// no digits. Words in other scripts (Cyrillic Serbian, the CJK-looking debris of byte-swapped text) and mixed
    /// words are left to the character rules.
    /// </summary>
    public static bool IsCheckable(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (!IsLatinLetterOrMark(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The pronouns and adverbs English contracts with a verb (there'd, where'll, who've, how're).</summary>
    private static readonly FrozenSet<string> ContractingWords = new[]
    {
        "i", "you", "he", "she", "it", "we", "they", "who", "what", "where", "when", "why", "how", "there", "here", "that",
        "this", "these", "those", "someone", "somebody", "everyone", "everybody", "nobody", "something", "everything",
        "nothing",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] VerbContractions = ["d", "ll", "ve", "re"];

    /// <summary>
    /// A pronoun or adverb contracted with a verb that the dictionaries do not list (there'd, where'll, that've): the
    /// contraction is regular, so its spelling is right. Lower case, or capitalised at a sentence start.
    /// </summary>
    public static bool IsVerbContraction(ReadOnlySpan<char> word)
    {
        var mark = word.IndexOfAny('\'', '\u2019');
        if (mark <= 0 || mark != word.LastIndexOfAny('\'', '\u2019') || word.Length > 16)
        {
            return false;
        }

        var ending = word[(mark + 1)..];
        var known = false;
        foreach (var v in VerbContractions)
        {
            known |= ending.SequenceEqual(v);
        }

        if (!known)
        {
            return false;
        }

        Span<char> lower = stackalloc char[mark];
        word[..mark].ToLowerInvariant(lower);
        // "I'd", "There'd": the first letter may be a capital, no other
        for (var i = 1; i < mark; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return false;
            }
        }

        return (word[0] != 'i' || mark > 1) && ContractingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static bool IsLatinLetterOrMark(char c) =>
        char.IsAsciiLetter(c) ||
        (c >= '\u00C0' && c <= '\u024F' && c != '\u00D7' && c != '\u00F7') ||
        (c >= '\u1E00' && c <= '\u1EFF') ||
        (c >= '\u0300' && c <= '\u036F');

    /// <summary>A word written in capitals: at least <paramref name="minLetters"/> letters, none lower case.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word, int minLetters = 1)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= minLetters;
    }

    /// <summary>
    /// A possessive that lost its apostrophe: "Türkiyes", "EUs", "Vučićs". The word is not in the dictionaries, ends
    /// in a lower-case s, and what comes before the s is a known proper name (an entry with that capital) or acronym.
    /// Returns the stem length (the apostrophe goes there), or -1.
    /// </summary>
    public static int LostApostropheStem(ReadOnlySpan<char> word, ISpellChecker speller)
    {
        if (word.Length < 3 || word[^1] != 's' || !char.IsUpper(word[0]) || word.ContainsAny('\'', '\u2019'))
        {
            return -1;
        }

        var stem = word[..^1];
        if (stem[^1] is 's' && !IsAllCaps(stem))
        {
            return -1; // "Brusselss" is a typo, not a possessive
        }

        if (stem.Length < 3 && !IsAllCaps(stem))
        {
            return -1; // "Nis" (Niš without its caron) is not "Ni’s": two-letter names are symbols and abbreviations
        }

        if (speller.Check(word))
        {
            return -1; // a real word: "Balkans", "Serbs", "Unions"
        }

        // the stem is a name or an acronym as written (Türkiye, Vučić, EU), not a capitalised common word ("Banlieue")
        return speller.Check(stem) && (IsAllCaps(stem) || speller.HasEntryAsWritten(stem)) ? stem.Length : -1;
    }

    /// <summary>
    /// A thin check for text that is not prose, kept until the document model leaves it out: "al" of "et al." (and
    /// its "et"), the name of a template tag (<c>{% endtooltip %}</c>, <c>{{ page.title }}</c>), a segment of a path
    /// or repository reference left by a broken link (<c>/hexahedria/</c>, <c>rust-lang/rfcs#3392</c>), a query
    /// parameter (<c>arnumber=6795963</c>), a handle (<c>@ra</c>), and a lower-case piece of a domain or file name,
    /// joined to a letter or digit by a dot (<c>example.org</c>, <c>report.pdf</c>).
    /// </summary>
    public static bool IsNonProse(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word is "al" && start >= 3 && text.AsSpan(start - 3, 3) is "et " or "Et ")
        {
            return true;
        }

        if (word is "et" or "Et" && end + 3 <= text.Length && text.AsSpan(end, 3) is " al")
        {
            return true;
        }

        var before = start;
        while (before > 0 && text[before - 1] == ' ') before--;
        if (before >= 2 && text[before - 1] is '%' or '{' && text[before - 2] == '{')
        {
            return true;
        }

        // a segment of a path or repository reference (github.com/hexahedria/…, rust-lang/rfcs#3392, ~jiaxu/pub), a
        // query parameter (arnumber=6795963), a handle (@ra)
        var prev = start > 0 ? text[start - 1] : ' ';
        var next = end < text.Length ? text[end] : ' ';
        if ((prev is '/' or '~' && next is '/' or '#') || prev == '@' || (next == '=' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])))
        {
            return true;
        }

        if (!char.IsLower(word[0]))
        {
            return false;
        }

        var joinedBefore = start >= 2 && text[start - 1] == '.' && char.IsLetterOrDigit(text[start - 2]);
        var joinedAfter = end + 1 < text.Length && text[end] == '.' && char.IsLetterOrDigit(text[end + 1]);
        return joinedBefore || joinedAfter;
    }

    /// <summary>
    /// A token of at most three letters with no vowel, as units, symbols and variables of extracted PDF text are
    /// (px, xj, tkh, nP): not a word to correct. Ordinal endings cut from their number (st, nd, rd, th) and capitals
    /// (acronyms, judged elsewhere) are not symbols.
    /// </summary>
    public static bool IsSymbolLike(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 3 || IsAllCaps(word) || word is "st" or "nd" or "rd" or "th")
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c) || "aeiouyAEIOUY".Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Two lower-case letters the dictionaries do not know, and not a known word reversed (si, ot, fo are slips for
    /// is, to, of): a variable or index of extracted technical text (wi, yc, ji), a cut-off piece, not a word to correct.
    /// </summary>
    public static bool IsTwoLetterSymbol(ReadOnlySpan<char> word, ISpellChecker speller) =>
        word.Length == 2 && char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[1]) && !speller.Check([word[1], word[0]]);

    /// <summary>
    /// Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps) up to
    /// <paramref name="limit"/>; anything farther is <paramref name="limit"/> + 1. Only a band of 2 × limit + 1 cells
    /// per row is computed, so the work is linear in the length.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        var big = limit + 1;
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return big;
        }

        var m = b.Length;
        Span<int> prev2 = m < 128 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> prev = m < 128 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> cur = m < 128 ? stackalloc int[m + 1] : new int[m + 1];
        for (var j = 0; j <= m; j++)
        {
            prev[j] = Math.Min(j, big);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur.Fill(big);
            cur[0] = Math.Min(i, big);
            var rowMin = cur[0];
            for (var j = Math.Max(1, i - limit); j <= Math.Min(m, i + limit); j++)
            {
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = Math.Min(v, big);
                rowMin = Math.Min(rowMin, cur[j]);
            }

            if (rowMin > limit)
            {
                return big;
            }

            var spare = prev2;
            prev2 = prev;
            prev = cur;
            cur = spare;
        }

        return prev[m];
    }
}
