namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// The single-byte code pages mojibake comes from, as tables (no code page provider, no culture): Windows-1252,
/// Latin-1 (ISO 8859-1), and the two that turn Turkish and South Slavic letters into Western ones: Windows-1254
/// (Turkish) and Windows-1250 (Central European).
/// </summary>
public static class Windows1252
{
    // 0x80-0x9F in Windows-1252; '\0' marks the five undefined bytes.
    private const string High1252 = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    // Windows-1254 differs from 1252 at 0x8E/0x9E (undefined) and in six letters: Ğ ğ İ ı Ş ş.
    // Windows-1250 0x80-0xFF.
    private const string Cp1250High =
        "€\0‚\0„…†‡\0‰Š‹ŚŤŽŹ\0‘’“”•–—\0™š›śťžź" +
        "\u00A0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00AD®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľż" +
        "ŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢß" +
        "ŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙";

    private static readonly Dictionary<char, byte> ToByte1252 = BuildReverse();

    /// <summary>The Windows-1252 byte for <paramref name="c"/>, or -1.</summary>
    public static int GetByte(char c)
    {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        {
            return c;
        }

        return ToByte1252.TryGetValue(c, out var b) ? b : -1;
    }

    /// <summary>
    /// The byte for <paramref name="c"/> read as Windows-1252 or, for the C1 controls U+0080-U+009F, as Latin-1
    /// ("sloppy" Windows-1252: the undefined bytes survive as C1 controls).
    /// </summary>
    public static int GetByteSloppy(char c) => c is >= '\u0080' and <= '\u009F' ? c : GetByte(c);

    /// <summary>The Windows-1252 character for a byte, or '\0' for the five undefined bytes.</summary>
    public static char GetChar(byte b) => b is >= 0x80 and <= 0x9F ? High1252[b - 0x80] : (char)b;

    public static char GetCharCp1254(byte b) => b switch
    {
        0xD0 => 'Ğ',
        0xF0 => 'ğ',
        0xDD => 'İ',
        0xFD => 'ı',
        0xDE => 'Ş',
        0xFE => 'ş',
        0x8E or 0x9E => '\0',
        _ => GetChar(b),
    };

    public static char GetCharCp1250(byte b) => b < 0x80 ? (char)b : Cp1250High[b - 0x80];

    private static Dictionary<char, byte> BuildReverse()
    {
        var d = new Dictionary<char, byte>();
        for (var i = 0; i < 32; i++)
        {
            if (High1252[i] != '\0')
            {
                d[High1252[i]] = (byte)(0x80 + i);
            }
        }

        return d;
    }
}
