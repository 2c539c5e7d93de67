using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Text.Repair;

/// <summary>A stretch of UTF-8 read as Windows-1252 or Latin-1 and its strict re-decoding.</summary>
public readonly record struct MojibakeRun(TextSpan Span, string Repaired, int Layers);

/// <summary>
/// Finds UTF-8 that was decoded as Windows-1252 or Latin-1 (<c>TÃ¼rkiye</c>, <c>â€™</c>), once or several times.
/// A candidate is a run of characters that all map back to single bytes, which must re-decode as strict UTF-8
/// with at least one multi-byte sequence; the re-decoding is repeated while it keeps succeeding (double and triple
/// encoding). Plain ASCII and legitimate Latin-1 text (ç, ö, ü, é, ...) is never valid UTF-8 as bytes and is left alone.
/// </summary>
public static class Utf8Mojibake
{
    private static readonly UTF8Encoding Strict = new(false, true);

    public static List<MojibakeRun> Find(string text)
    {
        var result = new List<MojibakeRun>();
        var i = 0;
        while (i < text.Length)
        {
            var b = Windows1252.GetByteSloppy(text[i]);
            if (b is < 0xC2 or > 0xF4)
            {
                i++;
                continue;
            }

            // Extend a window of sequences: lead byte + the right number of continuation bytes, possibly many in a row.
            var end = i;
            var k = i;
            while (k < text.Length)
            {
                var lead = Windows1252.GetByteSloppy(text[k]);
                var need = lead switch
                {
                    >= 0xC2 and <= 0xDF => 1,
                    >= 0xE0 and <= 0xEF => 2,
                    >= 0xF0 and <= 0xF4 => 3,
                    _ => -1,
                };
                if (need < 0)
                {
                    break;
                }

                var ok = true;
                for (var n = 1; ok && n <= need; n++)
                {
                    ok = k + n < text.Length && Windows1252.GetByteSloppy(text[k + n]) is >= 0x80 and <= 0xBF;
                }

                if (!ok)
                {
                    break;
                }

                k += need + 1;
                end = k;
            }

            if (end == i)
            {
                i++;
                continue;
            }

            var span = TextSpan.FromBounds(i, end);
            var current = text.Substring(i, end - i);
            var layers = 0;
            while (TryDecodeOnce(current, out var decoded))
            {
                current = decoded;
                layers++;
            }

            if (layers > 0 && IsPlausible(current))
            {
                result.Add(new MojibakeRun(span, current, layers));
            }

            i = end;
        }

        return result;
    }

    /// <summary>Map every character to its byte and decode strictly as UTF-8; false if any step fails.</summary>
    public static bool TryDecodeOnce(string s, out string decoded)
    {
        decoded = s;
        var bytes = new byte[s.Length];
        var multi = false;
        for (var i = 0; i < s.Length; i++)
        {
            var b = Windows1252.GetByteSloppy(s[i]);
            if (b < 0 || b > 0xFF)
            {
                return false;
            }

            bytes[i] = (byte)b;
            multi |= b >= 0x80;
        }

        if (!multi)
        {
            return false;
        }

        try
        {
            decoded = Strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static bool IsPlausible(string s)
    {
        foreach (var c in s)
        {
            if (c is >= '\u0080' and <= '\u009F' || char.IsSurrogate(c) && !char.IsHighSurrogate(c) && !char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
