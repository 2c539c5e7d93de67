namespace EditorialLint.Core.Text.Repair;

/// <summary>One UTF-8 sequence spelled by characters of a code page: where it starts, how many characters, what it decodes to.</summary>
internal readonly record struct Utf8Sequence(int Start, int Length, string Decoded, int Bytes, byte Lead);

/// <summary>
/// Adjacent sequences taken together (or, with <see cref="IsAGrave"/>, a sequence whose NBSP became a space): the
/// candidate repair of <c>[Start, End)</c>.
/// </summary>
internal sealed record MojibakeCluster(int Start, int End, string Decoded, int Bytes, int SequenceCount, byte FirstLead, bool IsAGrave = false)
{
    /// <summary>One two-byte sequence: the weakest evidence, a letter pair of some language as often as mojibake.</summary>
    public bool IsLoneTwoByte => SequenceCount == 1 && Bytes == 2;
}

/// <summary>
/// The strict round trip: characters encoded back to the bytes a code page gave them must form valid UTF-8 (no
/// overlong form, nothing past U+10FFFF; CESU-8 surrogate pairs are accepted).
/// </summary>
internal static class Utf8Sequences
{
    /// <summary>
    /// The sequence whose lead is <c>s[i]</c> (a character the code page gives a lead byte 0xC2-0xF4), or null when the
    /// characters after it do not complete valid UTF-8. <paramref name="bytes"/> is scratch space of at least 6 bytes.
    /// </summary>
    public static Utf8Sequence? Read(string s, int i, SingleByteCodePage cp, byte[] bytes)
    {
        cp.TryEncode(s[i], out var lead);
        var need = lead switch
        {
            >= 0xC2 and <= 0xDF => 1,
            >= 0xE0 and <= 0xEF => 2,
            _ => 3,
        };
        if (i + need >= s.Length || !ReadContinuations(s, i, 1, need, cp, bytes))
        {
            return null;
        }

        bytes[0] = lead;
        var b1 = bytes[1];
        if ((lead == 0xE0 && b1 < 0xA0) || (lead == 0xF0 && b1 < 0x90) || (lead == 0xF4 && b1 > 0x8F))
        {
            return null; // overlong or beyond U+10FFFF
        }

        if (lead == 0xED && b1 >= 0xA0)
        {
            return ReadSurrogatePair(s, i, cp, bytes);
        }

        int value = need switch
        {
            1 => ((lead & 0x1F) << 6) | (bytes[1] & 0x3F),
            2 => ((lead & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F),
            _ => ((lead & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) | ((bytes[2] & 0x3F) << 6) | (bytes[3] & 0x3F),
        };
        return new Utf8Sequence(i, need + 1, value < 0x10000 ? CharString((char)value) : char.ConvertFromUtf32(value), need + 1, lead);
    }

    // One string per BMP character, made on first use: a long draft of mojibake decodes the same few characters a
    // million times. Filled without a lock; two threads may each make a string for one character, both equal.
    private static readonly string?[] CharStrings = new string?[0x10000];

    private static string CharString(char c) => CharStrings[c] ??= c.ToString();

    /// <summary>
    /// Whether every non-ASCII character of <paramref name="decoded"/> belongs to a valid UTF-8 sequence in one of the
    /// candidate code pages: the re-decoding is an inner layer of mojibake, not the end of the repair.
    /// </summary>
    public static bool DecodesAgain(string decoded)
    {
        var bytes = new byte[12];
        foreach (var cp in SingleByteCodePage.MojibakeCandidates)
        {
            if (CoveredBySequences(decoded, cp, bytes))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CoveredBySequences(string decoded, SingleByteCodePage cp, byte[] bytes)
    {
        for (var i = 0; i < decoded.Length;)
        {
            if (decoded[i] < 0x80)
            {
                i++;
                continue;
            }

            if (cp.TryEncode(decoded[i], out var lead) && lead is >= 0xC2 and <= 0xF4 && Read(decoded, i, cp, bytes) is { } seq)
            {
                i += seq.Length;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Continuation bytes (0x80-0xBF) for <c>s[i + from .. i + to]</c> into <c>bytes[from .. to]</c>.</summary>
    private static bool ReadContinuations(string s, int i, int from, int to, SingleByteCodePage cp, byte[] bytes)
    {
        for (var k = from; k <= to; k++)
        {
            if (i + k >= s.Length || s[i + k] < 0x80 || !cp.TryEncode(s[i + k], out var cont) || cont < 0x80 || cont > 0xBF)
            {
                return false;
            }

            bytes[k] = cont;
        }

        return true;
    }

    /// <summary>CESU-8: a surrogate pair written as two three-byte sequences (ED A0-AF xx, ED B0-BF xx).</summary>
    private static Utf8Sequence? ReadSurrogatePair(string s, int i, SingleByteCodePage cp, byte[] bytes)
    {
        if (bytes[1] > 0xAF || i + 5 >= s.Length)
        {
            return null;
        }

        for (var k = 3; k < 6; k++)
        {
            if (!cp.TryEncode(s[i + k], out var x))
            {
                return null;
            }

            bytes[k] = x;
        }

        if (bytes[3] != 0xED || bytes[4] < 0xB0 || bytes[4] > 0xBF || bytes[5] < 0x80 || bytes[5] > 0xBF)
        {
            return null;
        }

        var high = (char)(0xD000 | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F));
        var low = (char)(0xD000 | ((bytes[4] & 0x3F) << 6) | (bytes[5] & 0x3F));
        return new Utf8Sequence(i, 6, new string([high, low]), 6, bytes[0]);
    }
}
