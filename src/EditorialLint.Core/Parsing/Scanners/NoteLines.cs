using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Parsing;

/// <summary>The label that opens a note's line: "[n] text", "n. text", "n) text", "¹ text".</summary>
internal static class NoteLines
{
    /// <summary>A line that starts a note in a notes section: "[n] text", "n. text", "n) text", "¹ text".</summary>
    /// <param name="allowBareNumber">Also "n text" (a number, a space, the note), as a flattened superscript leaves it.</param>
    public static bool TryParse(string text, TextSpan line, out TextSpan labelSpan, out string label, out int contentStart, bool allowBareNumber = false)
    {
        labelSpan = default;
        label = string.Empty;
        contentStart = line.Start;
        var i = line.Start;
        while (i < line.End && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        if (i - line.Start > 3 || i >= line.End)
        {
            return false;
        }

        var found = text[i] == '[' ? Bracketed(text, i, line.End, out labelSpan, out label, out contentStart)
            : char.IsAsciiDigit(text[i]) ? Numbered(text, i, line.End, allowBareNumber, out labelSpan, out label, out contentStart)
            : SuperscriptDigits.Is(text[i]) && Superscript(text, i, line.End, out labelSpan, out label, out contentStart);
        if (!found)
        {
            label = string.Empty;
            return false;
        }

        while (contentStart < line.End && text[contentStart] is ' ' or '\t')
        {
            contentStart++;
        }

        return label.Length > 0 && label[0] != '0';
    }

    /// <summary>"[12]".</summary>
    private static bool Bracketed(string text, int i, int lineEnd, out TextSpan labelSpan, out string label, out int contentStart)
    {
        labelSpan = default;
        label = string.Empty;
        contentStart = i;
        var j = i + 1;
        while (j < lineEnd && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        if (j == i + 1 || j >= lineEnd || text[j] != ']' || j - i - 1 > 3)
        {
            return false;
        }

        label = text[(i + 1)..j];
        labelSpan = TextSpan.FromBounds(i, j + 1);
        contentStart = j + 1;
        return true;
    }

    /// <summary>"12." or "12)", or (when allowed) a bare "12 " before the note's text.</summary>
    private static bool Numbered(string text, int i, int lineEnd, bool allowBareNumber, out TextSpan labelSpan, out string label, out int contentStart)
    {
        labelSpan = default;
        label = string.Empty;
        contentStart = i;
        var j = i;
        while (j < lineEnd && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        if (j - i > 3 || j >= lineEnd)
        {
            return false;
        }

        label = text[i..j];
        if (text[j] is '.' or ')')
        {
            labelSpan = TextSpan.FromBounds(i, j + 1);
            contentStart = j + 1;
            return true;
        }

        if (allowBareNumber && text[j] is ' ' or '\t' && j + 1 < lineEnd && !char.IsWhiteSpace(text[j + 1]) && !char.IsAsciiDigit(text[j + 1]))
        {
            labelSpan = TextSpan.FromBounds(i, j);
            contentStart = j + 1;
            return true;
        }

        return false;
    }

    /// <summary>"¹²".</summary>
    private static bool Superscript(string text, int i, int lineEnd, out TextSpan labelSpan, out string label, out int contentStart)
    {
        var j = i;
        var sb = new System.Text.StringBuilder();
        while (j < lineEnd && SuperscriptDigits.Is(text[j]))
        {
            sb.Append(SuperscriptDigits.Value(text[j]));
            j++;
        }

        label = sb.ToString();
        labelSpan = TextSpan.FromBounds(i, j);
        contentStart = j;
        return true;
    }
}
