using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Footnote references in prose: <c>[^label]</c>, bracketed numbers <c>[n]</c> (1-999, not a year, not a link or
/// link definition), and superscript digits attached to a word or punctuation.
/// </summary>
internal static class FootnoteCalls
{
    public static void Scan(string text, TextSpan range, Func<int, bool> isSkipped, bool allowBracketNumbers, List<FootnoteReference> refs)
    {
        var end = range.End;
        for (var i = range.Start; i < end; i++)
        {
            var c = text[i];
            if (c == '[' && !isSkipped(i))
            {
                if (i == 0 || text[i - 1] != '\\') // "\[" is escaped
                {
                    i = Bracketed(text, i, end, allowBracketNumbers, refs);
                }
            }
            else if (SuperscriptDigits.Is(c) && i > range.Start && !char.IsWhiteSpace(text[i - 1]) && !SuperscriptDigits.Is(text[i - 1]) && !isSkipped(i))
            {
                i = Superscript(text, i, end, refs);
            }
        }
    }

    /// <summary>A call in brackets at <paramref name="i"/>; returns where the scan goes on (the last position read).</summary>
    private static int Bracketed(string text, int i, int end, bool allowBracketNumbers, List<FootnoteReference> refs)
    {
        var close = i + 1;
        while (close < end && close - i < 64 && text[close] is not ']' and not '[' and not '\n' && !char.IsWhiteSpace(text[close]))
        {
            close++;
        }

        if (close >= end || text[close] != ']')
        {
            return i;
        }

        var next = close + 1 < text.Length ? text[close + 1] : '\0';
        var inner = text.AsSpan(i + 1, close - i - 1);
        if (inner.Length >= 2 && inner[0] == '^')
        {
            // [^label] is a call wherever it is (after '!', before '[' or ':'), except as a link's text.
            if (next != '(')
            {
                refs.Add(new FootnoteReference(TextSpan.FromBounds(i, close + 1), inner[1..].ToString(), FootnoteMarkerStyle.Caret));
            }

            return close;
        }

        if (allowBracketNumbers && inner.Length is >= 1 and <= 3 && !inner.ContainsAnyExceptInRange('0', '9') && inner[0] != '0')
        {
            if (next is '(' or ':' or '[' || (i > 0 && text[i - 1] is ']' or '!'))
            {
                return i; // a link, a definition, a reference-style link [text][1], or an image
            }

            refs.Add(new FootnoteReference(TextSpan.FromBounds(i, close + 1), inner.ToString(), FootnoteMarkerStyle.Bracket));
            return close;
        }

        return i;
    }

    /// <summary>Superscript digits from <paramref name="i"/>; returns the last position read.</summary>
    private static int Superscript(string text, int i, int end, List<FootnoteReference> refs)
    {
        var j = i;
        var label = new System.Text.StringBuilder();
        while (j < end && SuperscriptDigits.Is(text[j]))
        {
            label.Append(SuperscriptDigits.Value(text[j]));
            j++;
        }

        // "10²", "5m²", "51,197 km²": a power or a unit after a number, not a note.
        if (!(char.IsDigit(text[i - 1]) || (i > 1 && char.IsDigit(text[i - 2]) && char.IsLetter(text[i - 1])) || SuperscriptDigits.IsSquareOrCubicUnit(text, i)))
        {
            refs.Add(new FootnoteReference(TextSpan.FromBounds(i, j), label.ToString(), FootnoteMarkerStyle.Superscript));
        }

        return j - 1;
    }
}
