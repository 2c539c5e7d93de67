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
    /// in a lower-case s, and what comes before the s is a known proper name (capitalised) or acronym.
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

        return speller.Check(stem) ? stem.Length : -1;
    }
}
