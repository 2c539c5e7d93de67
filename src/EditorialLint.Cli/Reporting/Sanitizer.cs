using System.Text;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// Makes text from drafts and file names safe for a terminal or a line-based log: control characters (C0, DEL, C1),
/// line and paragraph separators and bidirectional controls become visible symbols, one character for one, so a
/// message cannot move the cursor, recolour the terminal, reorder what is shown or split an msbuild line.
/// </summary>
internal static class Sanitizer
{
    /// <summary>Text for one output line: every line break and control character becomes a visible symbol.</summary>
    public static string Text(string s)
    {
        var i = 0;
        while (i < s.Length && !NeedsReplacing(s[i]))
        {
            i++;
        }

        if (i == s.Length)
        {
            return s;
        }

        var b = new StringBuilder(s.Length);
        b.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            b.Append(NeedsReplacing(s[i]) ? Symbol(s[i]) : s[i]);
        }

        return b.ToString();
    }

    /// <summary>A path as it is printed: the same treatment as <see cref="Text"/>.</summary>
    public static string Path(string s) => Text(s);

    internal static bool NeedsReplacing(char c) =>
        (c < 0x20 && c != '\t') || c is >= '\u007F' and <= '\u009F' || IsBidiControl(c) || c is '\u2028' or '\u2029';

    internal static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>One visible character in place of <paramref name="c"/>: Unicode's control pictures where there is one.</summary>
    internal static char Symbol(char c) => c switch
    {
        < '\u0020' => (char)('\u2400' + c), // ␀ … ␟ (␛ for ESC, ␊ for LF)
        '\u007F' => '\u2421', // ␡
        '\u2028' or '\u2029' => '\u2424', // ␤
        _ => '\u2426', // ⍰-like substitute for C1 and bidirectional controls
    };
}
