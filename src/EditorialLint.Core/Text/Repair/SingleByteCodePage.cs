using System.Collections.Frozen;
using System.Text;

namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// A single-byte code page as a pair of tables: byte to character and character to byte. Every table is "sloppy" in
/// the way mojibake needs: a byte the code page leaves undefined maps to the C1 control or Latin-1 character of the
/// same value, so that text decoded by a forgiving decoder can be encoded back byte for byte. Tables are built once
/// and never depend on the current culture.
/// </summary>
public sealed class SingleByteCodePage
{
    private readonly char[] _decode;
    private readonly FrozenDictionary<char, byte> _encode;

    private SingleByteCodePage(string name, char[] decode, bool acceptLatin1Controls)
    {
        Name = name;
        _decode = decode;
        var encode = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
        {
            encode.TryAdd(decode[b], (byte)b);
        }

        if (acceptLatin1Controls)
        {
            // Text that went through Latin-1 somewhere holds U+0080..U+009F where Windows-1252 has its punctuation;
            // both spellings encode to the same byte.
            for (var b = 0x80; b < 0xA0; b++)
            {
                encode.TryAdd((char)b, (byte)b);
            }
        }

        _encode = encode.ToFrozenDictionary();
    }

    public string Name { get; }

    /// <summary>The character a byte stands for.</summary>
    public char Decode(byte b) => _decode[b];

    /// <summary>The byte of a character, or false when the code page has no byte for it.</summary>
    public bool TryEncode(char c, out byte b)
    {
        if (c < 0x80)
        {
            b = (byte)c;
            return true;
        }

        return _encode.TryGetValue(c, out b);
    }

    /// <summary>Windows-1252 (its five undefined bytes as C1 controls), accepting Latin-1's C1 controls too.</summary>
    public static SingleByteCodePage Windows1252 { get; } = new("Windows-1252", Windows1252Table(), acceptLatin1Controls: true);

    /// <summary>ISO-8859-1: every byte is the character of the same value.</summary>
    public static SingleByteCodePage Latin1 { get; } = new("Latin-1", Enumerable.Range(0, 256).Select(i => (char)i).ToArray(), acceptLatin1Controls: false);

    public static SingleByteCodePage Windows1250 { get; } = FromProvider("Windows-1250", 1250);

    public static SingleByteCodePage Windows1251 { get; } = FromProvider("Windows-1251", 1251);

    public static SingleByteCodePage Windows1254 { get; } = FromProvider("Windows-1254", 1254);

    public static SingleByteCodePage Windows1257 { get; } = FromProvider("Windows-1257", 1257);

    public static SingleByteCodePage Iso88592 { get; } = FromProvider("ISO 8859-2", 28592);

    public static SingleByteCodePage MacRoman { get; } = FromProvider("MacRoman", 10000);

    public static SingleByteCodePage Cp437 { get; } = FromProvider("code page 437", 437);

    /// <summary>The code pages mojibake repair tries, most common first.</summary>
    public static IReadOnlyList<SingleByteCodePage> MojibakeCandidates { get; } =
        [Windows1252, Windows1251, Windows1250, Iso88592, Windows1257, MacRoman, Cp437];

    // Per character, one bit per entry of MojibakeCandidates: low byte "encodes to a UTF-8 lead byte 0xC2-0xF4", high
    // byte "encodes to a continuation byte 0x80-0xBF"; bit 16 "encodes to 0xC3 somewhere". ASCII is all zero.
    private static readonly uint[] Masks = BuildMasks();

    /// <summary>Bit k set: <c>MojibakeCandidates[k]</c> encodes <paramref name="c"/> to a UTF-8 lead byte (0xC2-0xF4).</summary>
    public static int LeadMask(char c) => (int)(Masks[c] & 0xFF);

    /// <summary>Bit k set: <c>MojibakeCandidates[k]</c> encodes <paramref name="c"/> to a UTF-8 continuation byte (0x80-0xBF).</summary>
    public static int ContinuationMask(char c) => (int)((Masks[c] >> 8) & 0xFF);

    /// <summary>Some candidate code page encodes <paramref name="c"/> to 0xC3, the lead byte of à (Ã, Ă, Г, Ć, √, ├).</summary>
    public static bool IsLeadC3(char c) => (Masks[c] & 0x10000) != 0;

    private static uint[] BuildMasks()
    {
        var masks = new uint[char.MaxValue + 1];
        for (var k = 0; k < MojibakeCandidates.Count; k++)
        {
            var cp = MojibakeCandidates[k];
            foreach (var (c, b) in cp._encode)
            {
                if (c < 0x80)
                {
                    continue;
                }

                if (b is >= 0xC2 and <= 0xF4)
                {
                    masks[c] |= 1u << k;
                }
                else if (b is >= 0x80 and <= 0xBF)
                {
                    masks[c] |= 1u << (8 + k);
                }

                if (b == 0xC3)
                {
                    masks[c] |= 0x10000;
                }
            }
        }

        return masks;
    }

    private static char[] Windows1252Table()
    {
        // 0x80..0x9F of Windows-1252; the rest of the code page is Latin-1.
        ReadOnlySpan<char> high =
        [
            '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
            '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
            '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
            '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
        ];
        var table = new char[256];
        for (var i = 0; i < 256; i++)
        {
            table[i] = i is >= 0x80 and < 0xA0 ? high[i - 0x80] : (char)i;
        }

        return table;
    }

    private static SingleByteCodePage FromProvider(string name, int codePage)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFF"))
            ?? throw new InvalidOperationException($"Code page {codePage} is not available.");
        var table = new char[256];
        Span<byte> one = stackalloc byte[1];
        Span<char> chars = stackalloc char[4];
        for (var i = 0; i < 256; i++)
        {
            one[0] = (byte)i;
            var n = encoding.GetChars(one, chars);
            table[i] = n == 1 && chars[0] != '\uFFFF' ? chars[0] : (char)i;
        }

        return new SingleByteCodePage(name, table, acceptLatin1Controls: true);
    }
}
