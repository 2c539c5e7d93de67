using System.Globalization;

namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// Whether a valid re-decoding is a plausible repair: what it decodes to (assigned characters, letters of a script
/// that fits the word around it) and, for a lone two-byte sequence, case and neighbourhood checks. It never decides
/// what a cluster decodes to, only whether to accept it.
/// </summary>
internal static class MojibakePlausibility
{
    /// <summary>Whether cluster <paramref name="c"/> of <paramref name="s"/> is plausibly mojibake.</summary>
    public static bool Plausible(string s, MojibakeCluster c, bool[] inCluster)
    {
        var decoded = c.Decoded;
        if (!DecodesToAcceptableCharacters(decoded, c.SequenceCount))
        {
            return false;
        }

        var before = c.Start > 0 ? s[c.Start - 1] : ' ';
        var after = c.End < s.Length ? s[c.End] : ' ';
        if (IsForeignLetterInLatinWord(decoded, before, after))
        {
            return false;
        }

        if (c.SequenceCount == 1 && c.Bytes == 2)
        {
            return PlausibleSingle(s, c, before, after, inCluster);
        }

        // One three-byte sequence that gives a CJK, kana or Hangul letter among non-letters is noise, not a word.
        if (c.SequenceCount == 1 && char.IsLetter(decoded, 0) && decoded[0] >= '\u1100' && !char.IsLetter(before) && !char.IsLetter(after))
        {
            return false;
        }

        return c.Bytes != 2 * c.SequenceCount || KeepsALetter(s, c);
    }

    /// <summary>No unassigned character, no private-use one (unless an inner layer's stand-in), no lone control.</summary>
    private static bool DecodesToAcceptableCharacters(string decoded, int sequences)
    {
        for (var i = 0; i < decoded.Length; i++)
        {
            var cat = char.GetUnicodeCategory(decoded, i);
            if (cat is UnicodeCategory.OtherNotAssigned || (cat is UnicodeCategory.PrivateUse && !IsInnerLayerStandIn(decoded, i)))
            {
                return false;
            }

            if (cat == UnicodeCategory.Control && sequences < 2)
            {
                return false;
            }

            if (char.IsHighSurrogate(decoded[i]))
            {
                i++;
            }
        }

        return true;
    }

    /// <summary>
    /// A letter of a script that never sits inside a Latin word (Bront\u00EB\u2026\u201D is not Bront + a Korean syllable),
    /// unless what it decodes to is itself mojibake, one layer further down: Р“вЂЎ in Р“вЂЎaР”Сџlayan is Г‡, which is Ç
    /// (Latin text read twice as Windows-1251).
    /// </summary>
    private static bool IsForeignLetterInLatinWord(string decoded, char before, char after)
    {
        foreach (var d in decoded)
        {
            if (char.IsLetter(d) && !ScriptClasses.IsLatin(d) && !ScriptClasses.IsGreek(d) && (ScriptClasses.IsLatinLetter(before) || ScriptClasses.IsLatinLetter(after)))
            {
                return !Utf8Sequences.DecodesAgain(decoded);
            }
        }

        return false;
    }

    /// <summary>Only two-byte sequences: when every original character was a letter, the result must hold a real letter.</summary>
    private static bool KeepsALetter(string s, MojibakeCluster c)
    {
        var allLetters = true;
        for (var i = c.Start; i < c.End; i++)
        {
            allLetters &= char.IsLetter(s[i]);
        }

        return !allLetters || c.Decoded.Any(d => char.GetUnicodeCategory(d) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter);
    }

    /// <summary>A lone two-byte sequence: the character itself, then the word it sits in.</summary>
    private static bool PlausibleSingle(string s, MojibakeCluster c, char before, char after, bool[] inCluster)
    {
        var c1 = s[c.Start];
        var c2 = s[c.Start + 1];
        var d = c.Decoded[0];

        if (c.FirstLead == 0xC2)
        {
            // "\u00C2" + a Latin-1 symbol or NBSP: the symbol itself. Where the code page has another character for
            // 0xC2 (Ā in Windows-1257), only an NBSP glued between two words (EmineĀ\u00A0Yıldız): a lost word space.
            return d >= '\u00A0' && !char.IsLetter(d) &&
                   (c1 == '\u00C2' || (d == '\u00A0' && char.IsLetter(before) && char.IsLetter(after)));
        }

        // A symbol lead (MacRoman \u221A, code page 437 box drawing) must hang on a word: box drawing next to box
        // drawing with no letter beside it is line art (├┤), glued to a word it is a letter (Özt├╝rk).
        if (!char.IsLetter(c1) && !char.IsLetter(before) && !char.IsLetter(after) && (d != '\u00E0' || c2 is >= '\u2500' and <= '\u259F'))
        {
            return false;
        }

        if (d is >= '\u0300' and <= '\u036F')
        {
            // A combining mark must have something to combine with.
            return !char.IsWhiteSpace(before);
        }

        if (!ScriptClasses.IsModernLetter(d))
        {
            return false;
        }

        // NBSP as the second byte of an upper-case letter: the NBSP is a word space (SELK\u00C4\u00A0EDELL\u00C4),
        // unless the letter starts a capitalised word (\u00C5\u00A0ehovi\u0107 is \u0160ehovi\u0107: C5 A0 is \u0160).
        var startsCapitalisedWord = !char.IsLetter(before) && char.IsLower(after);
        if (c2 == '\u00A0' && char.IsUpper(d) && !startsCapitalisedWord)
        {
            return false;
        }

        // Apostrophe-like second character followed by a letter: "\u00C3\u2019s" is a possessive, not \u00D2.
        if (c2 is '\u2019' or '\u2018' && char.IsLetter(after) && !char.IsLetter(before))
        {
            return false;
        }

        return FitsItsWord(s, c, c1, d, before, after, inCluster);
    }

    /// <summary>The repaired letter agrees with the case and script of the other letters of its word.</summary>
    private static bool FitsItsWord(string s, MojibakeCluster c, char c1, char d, char before, char after, bool[] inCluster)
    {
        var word = WordNeighbourhood.Around(s, c, inCluster);
        if (word.Context == 0 && word.Clustered == 0)
        {
            // A word of its own: the case must agree with the lead (a lone \u00C5\u2014 is an \u00C5ngstr\u00F6m and a dash),
            // except for the French and Portuguese word \u00E0.
            return d == '\u00E0' || char.IsUpper(c1) == char.IsUpper(d);
        }

        if (char.IsLower(d) && word.Upper > 0 && word.Lower == 0)
        {
            return false; // lower case inside an all-capitals word
        }

        if (char.IsUpper(d) && char.IsLower(before) && char.IsLower(after))
        {
            return false; // a capital between small letters: YĹldĹz is Yıldız read through the wrong Central European page
        }

        // A Latin letter inside a Cyrillic or Greek word, or a Greek one inside a Cyrillic word (ОЊ, ОЈ in the
        // capitals of Serbian ДОЊИ, ЗАВОЈ), is that script's real spelling.
        return !(ScriptClasses.IsLatin(d) ? word.NonLatin > 0 : word.NonLatin > word.Greek);
    }

    /// <summary>
    /// A private-use character that a candidate code page gives one of its bytes (MacRoman's U+F8FF is 0xF0, and the
    /// system's Windows-1257 table fills its undefined bytes with private-use characters), in a re-decoding that is
    /// itself mojibake: the middle of two layers, not a real private-use character.
    /// </summary>
    private static bool IsInnerLayerStandIn(string decoded, int i)
    {
        foreach (var cp in SingleByteCodePage.MojibakeCandidates)
        {
            if (cp.TryEncode(decoded[i], out var b) && b >= 0x80)
            {
                return Utf8Sequences.DecodesAgain(decoded);
            }
        }

        return false;
    }
}
