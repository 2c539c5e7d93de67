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

            if (layers > 0 && IsPlausible(text, span, current))
            {
                result.Add(new MojibakeRun(span, current, layers));
            }

            i = end;
        }

        // A lone decoded character is weak evidence. If its line also holds non-ASCII text that is not mojibake (a
        // correct "–" beside "Ã¥"), the line was not through a wrong decoder and the pair is more likely meant.
        result.RemoveAll(r => r.Repaired.Length == 1 && LineHasCleanNonAscii(text, r.Span, result));
        return result;
    }

    private static bool LineHasCleanNonAscii(string text, TextSpan span, List<MojibakeRun> runs)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, span.Start - 1)) + 1;
        var end = text.IndexOf('\n', span.End);
        end = end < 0 ? text.Length : end;
        for (var i = start; i < end; i++)
        {
            if (text[i] >= 0x80 && !char.IsWhiteSpace(text[i]) && !runs.Any(r => r.Span.Contains(i)))
            {
                return true;
            }
        }

        return false;
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

    // Letters of Latin Extended-A that the languages we meet use (Turkish, South Slavic, Central European, Baltic,
    // Romanian, French Œ); the rest (Ġ, Ħ, Ŀ, ŉ, ŗ, ...) are far likelier to be coincidences than real mojibake.
    private const string ExtendedA =
        "ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĖėĘęĚěĞğĢģĪīĮįİıĶķĹĺĻļĽľŁłŃńŅņŇňŌōŐőŒœŔŕŘřŚśŞşŠšŢţŤťŪūŮůŰűŲųŴŵŶŷŸŹźŻżŽž";

    /// <summary>
    /// Whether a decoding is believable: every decoded character is one that text we lint plausibly contains, and the
    /// decoding does not break the casing of the word around it (MARQUÉ… must not become MARQUɅ, AHÅ™ must not become
    /// AHř), nor turn an apostrophe before a suffix into part of a letter (Ã’s).
    /// </summary>
    private static bool IsPlausible(string text, TextSpan span, string decoded)
    {
        // Several characters decoded from one run are strong evidence (a Hebrew or Arabic word, an emoji pile-up);
        // a single character needs to be one we expect.
        if (decoded.Count(c => !char.IsLowSurrogate(c)) >= 2)
        {
            return decoded.All(c => !char.IsControl(c));
        }

        foreach (var c in decoded)
        {
            var ok = c is (>= '\u00A0' and <= '\u00FF') or (>= '\u0370' and <= '\u03FF') or (>= '\u0400' and <= '\u045F') or
                (>= '\u1E00' and <= '\u1EFF') or (>= '\u2000' and <= '\u206F') or (>= '\u20A0' and <= '\u20CF') or
                (>= '\u2100' and <= '\u214F') or '\uFFFD' or (>= '\u2190' and <= '\u21FF') or (>= '\u2600' and <= '\u27BF') ||
                char.IsSurrogate(c) || ExtendedA.Contains(c, StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        var before = span.Start > 0 ? text[span.Start - 1] : ' ';
        var before2 = span.Start > 1 ? text[span.Start - 2] : ' ';
        var after = span.End < text.Length ? text[span.End] : ' ';
        if (decoded.Length == 1 && char.IsLower(decoded[0]) && char.IsUpper(before) && (char.IsUpper(after) || char.IsUpper(before2)))
        {
            return false; // a lower-case letter inside an upper-case word
        }

        if (span.Length == 2 && text[span.Start + 1] is '\u2019' or '\u2018' && char.IsLower(after))
        {
            return false; // "Ã’s": a letter followed by an apostrophe and a suffix
        }

        return decoded.Length > 0;
    }
}
