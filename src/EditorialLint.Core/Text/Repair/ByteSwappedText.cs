using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Text.Repair;

/// <summary>A run of byte-swapped UTF-16 text and what it stands for.</summary>
public readonly record struct ByteSwappedRun(TextSpan Span, string Repaired, bool LostZeroBytes);

/// <summary>
/// Finds text whose UTF-16 code units had their bytes swapped. Two shapes occur:
/// <list type="bullet">
/// <item>Swapped runs (a UTF-16 file read with the wrong byte order): ASCII text appears as U+XX00 ideographs
/// (<c>䠀攀氀氀漀</c> is <c>Hello</c>); the repair swaps the bytes of each code unit back.</item>
/// <item>Runs that also lost their zero bytes, as PDF extraction produces (the seed commentary): a dash U+2013 and the
/// word after it became U+2000 U+1300 U+5300 ...: every surviving byte became the high byte of a code unit. U+2000
/// followed by U+10xx-U+14xx is the dash U+20xx, a lone U+2000 is a space, U+XX00 is the ASCII character XX. The
/// extractor also put a plain space after each U+2000; it is not part of the text and is dropped.</item>
/// </list>
/// </summary>
internal static class ByteSwappedText
{
    /// <summary>A code unit that stands for printable ASCII 0x21-0x7E with its bytes swapped.</summary>
    public static bool IsSwappedAscii(char c) => (c & 0xFF) == 0 && (c >> 8) is >= 0x21 and <= 0x7E;

    /// <summary>
    /// Inside (or just before) a swapped run: a code unit whose swapped value is a Latin letter, combining mark or
    /// general punctuation (ü is U+FC00, ş U+5F01, ’ U+1920, – U+1320). The unit itself must not be such a
    /// character, so that text beside a run is never pulled into it.
    /// </summary>
    private static bool IsSwappedNonAscii(char c)
    {
        if (c <= '\u024F')
        {
            return false;
        }

        var swapped = (char)((c >> 8) | ((c & 0xFF) << 8));
        return swapped is (>= '\u00A0' and <= '\u024F') or (>= '\u0300' and <= '\u036F') or (>= '\u2010' and <= '\u203A');
    }

    /// <summary>
    /// The low half of a surrogate pair (the U+DE00 of 😀, U+D83D U+DE00) reads as a swapped Latin letter (U+00DE, Þ);
    /// only a lone one can be swapped text. A pair is never pulled into a run, which would split it.
    /// </summary>
    private static bool EndsSurrogatePair(string text, int index) =>
        char.IsLowSurrogate(text[index]) && index > 0 && char.IsHighSurrogate(text[index - 1]);

    private static bool IsDashLowByte(char c) => c is '\u1000' or '\u1100' or '\u1200' or '\u1300' or '\u1400' or '\u1500';

    public static List<ByteSwappedRun> Find(string text)
    {
        var runs = new List<ByteSwappedRun>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\u2000' && TryLostZeroRun(text, i, out var run))
            {
                runs.Add(run);
                i = run.Span.End;
                continue;
            }

            if (IsSwappedAscii(c))
            {
                // Swapped text: at least four swapped ASCII units (U+2000 swapped spaces may sit between them), with
                // the swapped letters and punctuation beyond ASCII around and between them (Tü of Türkiye).
                var begin = i;
                var previousEnd = runs.Count > 0 ? runs[^1].Span.End : 0;
                while (begin > previousEnd && IsSwappedNonAscii(text[begin - 1]) && !EndsSurrogatePair(text, begin - 1))
                {
                    begin--;
                }

                var j = i;
                var letters = 0;
                while (j < text.Length && (IsSwappedAscii(text[j]) || IsSwappedNonAscii(text[j]) ||
                    (text[j] == '\u2000' && j + 1 < text.Length && (IsSwappedAscii(text[j + 1]) || IsSwappedNonAscii(text[j + 1]))) ||
                    text[j] is '\u0A00' or '\u0D00' or '\u0900'))
                {
                    letters += IsSwappedAscii(text[j]) ? 1 : 0;
                    j++;
                }

                if (letters >= 4)
                {
                    var sb = new System.Text.StringBuilder(j - begin);
                    for (var k = begin; k < j; k++)
                    {
                        sb.Append((char)((text[k] >> 8) | ((text[k] & 0xFF) << 8)));
                    }

                    runs.Add(new ByteSwappedRun(TextSpan.FromBounds(begin, j), sb.ToString(), false));
                }

                i = j;
                continue;
            }

            i++;
        }

        return runs;
    }

    private static bool TryLostZeroRun(string text, int start, out ByteSwappedRun run)
    {
        run = default;
        var i = start + 1;
        if (i < text.Length && text[i] == ' ')
        {
            i++; // the extractor's space
        }

        if (i >= text.Length || !IsDashLowByte(text[i]))
        {
            return false;
        }

        var sb = new System.Text.StringBuilder();
        sb.Append((char)(0x2000 | (text[i] >> 8)));
        i++;
        var ascii = 0;
        while (i < text.Length && IsSwappedAscii(text[i]))
        {
            sb.Append((char)(text[i] >> 8));
            ascii++;
            i++;
        }

        if (ascii == 0)
        {
            return false;
        }

        // A trailing U+2000 is the space after the word; the extractor's extra space after it goes too.
        if (i < text.Length && text[i] == '\u2000')
        {
            sb.Append(' ');
            i++;
            if (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }

        run = new ByteSwappedRun(TextSpan.FromBounds(start, i), sb.ToString(), true);
        return true;
    }
}
