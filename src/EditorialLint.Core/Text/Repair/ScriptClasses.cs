namespace EditorialLint.Core.Text.Repair;

/// <summary>Character classes the mojibake judgements use: scripts by block, and the letters a repair may give.</summary>
internal static class ScriptClasses
{
    /// <summary>A Latin-1 or Windows-1252 character above ASCII (what unexplained Western mojibake is made of).</summary>
    public static bool IsWesternHigh(char c) =>
        c is >= '\u0080' and <= '\u00FF' || (c > 0xFF && SingleByteCodePage.Windows1252.TryEncode(c, out _));

    public static bool IsLatinLetter(char c) => char.IsLetter(c) && IsLatin(c);

    public static bool IsLatin(char c) =>
        c < 0x0250 || c is >= '\uFB00' and <= '\uFB06' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2C60' and <= '\u2C7F' or >= '\uA720' and <= '\uA7FF' or >= '\uFF21' and <= '\uFF5A';

    public static bool IsGreek(char c) => c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF';

    /// <summary>Letters of modern orthographies (and combining accents) that a lone two-byte repair may produce.</summary>
    public static bool IsModernLetter(char d)
    {
        if (d is >= '\u0300' and <= '\u036F')
        {
            return true;
        }

        if (!char.IsLetter(d))
        {
            return false;
        }

        return d is >= '\u00C0' and <= '\u00FF'
            || (d is >= '\u0100' and <= '\u017F' && d is not '\u0138' and not '\u017F')
            || d is '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0' // Vietnamese Ơ ơ Ư ư, not Ʃ or Ʈ
            || d is >= '\u01C4' and <= '\u01DC' or >= '\u0218' and <= '\u021B'
            || d is >= '\u0386' and <= '\u03CE'
            || d is >= '\u1E00' and <= '\u1EFF';
    }
}
