using System.Collections.Frozen;
using System.Text;

namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// A single-byte code page as a pair of tables: byte to character and character to byte. Every table is "sloppy" in
/// the way mojibake needs: a byte the code page leaves undefined maps to the C1 control or Latin-1 character of the
/// same value, so that text decoded by a forgiving decoder can be encoded back byte for byte. Tables are built once
/// and never depend on the current culture.
/// </summary>
internal sealed class SingleByteCodePage
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

    /// <summary>
    /// The code pages mojibake repair tries, most common first (a tie goes to the earlier one). At most eight: the
    /// masks below keep one bit per code page in each group of eight.
    /// </summary>
    public static IReadOnlyList<SingleByteCodePage> MojibakeCandidates { get; } =
        [Windows1252, Windows1254, Windows1251, Windows1250, Iso88592, Windows1257, MacRoman, Cp437];

    // Per character, eight bits (one per entry of MojibakeCandidates) in each of five groups: the character encodes to
    // a two-byte lead (0xC2-0xDF), a three-byte lead (0xE0-0xEF), a four-byte lead (0xF0-0xF4), a continuation byte
    // (0x80-0xBF), the byte 0xC3. ASCII and characters no candidate encodes are zero. Every candidate character is
    // below U+2600 but for a few MacRoman ones (U+F8FF, U+FB01, U+FB02), kept in a small dictionary.
    private const int MaskTableSize = 0x2600;
    private static readonly (ulong[] Table, FrozenDictionary<char, ulong> Others) Masks = BuildMasks();

    /// <summary>Shift of the group "two-byte lead" in <see cref="Mask"/>; the others follow at steps of 8.</summary>
    public const int Lead2Group = 0, Lead3Group = 8, Lead4Group = 16, ContinuationGroup = 24, C3Group = 32;

    /// <summary>
    /// The roles <paramref name="c"/> can play as a byte of UTF-8 in each candidate code page: bit k of group g
    /// (<c>(Mask(c) &gt;&gt; g) &amp; 0xFF</c>) is set when <c>MojibakeCandidates[k]</c> encodes it to such a byte.
    /// </summary>
    public static ulong Mask(char c) =>
        c < 0x80 ? 0 : c < MaskTableSize ? Masks.Table[c] : Masks.Others.GetValueOrDefault(c);

    private static (ulong[], FrozenDictionary<char, ulong>) BuildMasks()
    {
        var table = new ulong[MaskTableSize];
        var rest = new Dictionary<char, ulong>();
        for (var k = 0; k < MojibakeCandidates.Count; k++)
        {
            foreach (var (c, b) in MojibakeCandidates[k]._encode)
            {
                if (c < 0x80)
                {
                    continue;
                }

                var group = b switch
                {
                    >= 0xC2 and <= 0xDF => Lead2Group,
                    >= 0xE0 and <= 0xEF => Lead3Group,
                    >= 0xF0 and <= 0xF4 => Lead4Group,
                    >= 0x80 and <= 0xBF => ContinuationGroup,
                    _ => -1,
                };
                var bits = (group < 0 ? 0UL : 1UL << (group + k)) | (b == 0xC3 ? 1UL << (C3Group + k) : 0UL);
                if (c < MaskTableSize)
                {
                    table[c] |= bits;
                }
                else
                {
                    rest[c] = rest.GetValueOrDefault(c) | bits;
                }
            }
        }

        return (table, rest.ToFrozenDictionary());
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
