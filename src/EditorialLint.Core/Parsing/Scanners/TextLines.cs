namespace EditorialLint.Core.Parsing;

/// <summary>Line-level questions the readers share.</summary>
internal static class TextLines
{
    public static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && c is not '\u200B' and not '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}
