using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// Words of Windows-1254 (Turkish) or Windows-1250 (Central European) text decoded as Windows-1252: Erdoðan for
/// Erdoğan, Vuèiæ for Vučić. A repair is the exact re-decoding of the word's bytes and is only trusted when confirmed
/// by the draft's own words or by the dictionaries. EL3005 reports such words; EL4001 asks too, so that a word is
/// reported once.
/// </summary>
public static class LegacyCodePage
{
    private static readonly (string Name, SingleByteCodePage CodePage)[] CodePages =
    [
        ("Windows-1254, Turkish", SingleByteCodePage.Windows1254),
        ("Windows-1250, Central European", SingleByteCodePage.Windows1250),
    ];

    /// <summary>
    /// Whether <paramref name="word"/> holds a letter that Windows-1252 shows where 1254/1250 had ğ ı ş İ Ş Ğ č ć đ ř ľ
    /// and nothing beyond Latin-1: the cheap test before <see cref="Repair"/>.
    /// </summary>
    public static bool HasSuspect(ReadOnlySpan<char> word) => word.IndexOfAny("ðÐýÝþÞèÈæÆøØìÌòÒùÙšŠžŽ") >= 0 && word.IndexOfAnyInRange('\u0100', '\uFFFF') < 0;

    /// <summary>
    /// The word <paramref name="text"/> stands for when it is Windows-1254 or Windows-1250 text decoded as
    /// Windows-1252, confirmed by <paramref name="vocabulary"/> (the draft's words) or by the dictionaries (they know
    /// the repair and not the damaged form), with the code page's name; null when there is none.
    /// </summary>
    public static (string Word, string CodePage)? Repair(ReadOnlySpan<char> text, IReadOnlySet<string> vocabulary, ISpellChecker? speller)
    {
        if (!HasSuspect(text))
        {
            return null;
        }

        foreach (var (name, map) in CodePages)
        {
            var candidate = Convert(text, map);
            if (candidate is null || candidate.AsSpan().SequenceEqual(text))
            {
                continue;
            }

            if (vocabulary.Contains(candidate) || (speller is not null && speller.Check(candidate) && !speller.Check(text)))
            {
                return (candidate, name);
            }
        }

        return null;
    }

    private static string? Convert(ReadOnlySpan<char> word, SingleByteCodePage codePage)
    {
        var chars = new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] is >= '\u0080' and <= '\u009F' || !SingleByteCodePage.Windows1252.TryEncode(word[i], out var b))
            {
                return null;
            }

            var c = codePage.Decode(b);
            if (c is >= '\u0080' and <= '\u009F')
            {
                return null; // a byte the code page leaves undefined
            }

            chars[i] = c;
        }

        return new string(chars);
    }
}
