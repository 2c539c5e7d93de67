namespace EditorialLint.Core.Parsing;

/// <summary>Superscript digits (¹²³⁴…): note calls, and the powers and units they are not.</summary>
internal static class SuperscriptDigits
{
    public static bool Is(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or (>= '\u2070' and <= '\u2079' and not '\u2071' and not '\u2072' and not '\u2073');

    public static char Value(char c) => c switch
    {
        '\u00B9' => '1',
        '\u00B2' => '2',
        '\u00B3' => '3',
        _ => (char)('0' + (c - '\u2070')),
    };

    /// <summary>² or ³ on a unit symbol that follows a number and a space: "51,197 km²", "3 m³".</summary>
    public static bool IsSquareOrCubicUnit(string text, int i)
    {
        if (text[i] is not '\u00B2' and not '\u00B3')
        {
            return false;
        }

        var k = i;
        while (k > 0 && i - k < 3 && (char.IsAsciiLetter(text[k - 1]) || text[k - 1] == '\u00B5'))
        {
            k--;
        }

        var unit = text.AsSpan(k, i - k);
        if (!(unit is "m" or "km" or "cm" or "mm" or "dm" or "nm" or "\u00B5m" or "ft" or "yd" or "mi") || (k > 0 && char.IsLetter(text[k - 1])))
        {
            return false;
        }

        if (k > 0 && text[k - 1] is ' ' or '\u00A0' or '\u202F')
        {
            k--;
        }

        return k > 0 && char.IsDigit(text[k - 1]);
    }
}
