using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Parsing;

/// <summary>Program text printed in a plain-text paper.</summary>
internal static class PlainCodeBlocks
{
    /// <summary>
    /// A block of program text printed in a paper: most of its lines end with ';', '{' or '}', open with a
    /// preprocessor directive or a comment, or call a function with no space before the bracket.
    /// </summary>
    public static bool IsCodeBlock(string text, TextLineCollection lines, PlainTextBlock block)
    {
        var codeLike = 0;
        var total = 0;
        for (var li = block.FirstLine; li <= block.LastLine; li++)
        {
            var line = text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            total++;
            var call = line.IndexOf('(');
            if (line[^1] is ';' or '{' or '}' || line.StartsWith("#define", StringComparison.Ordinal) || line.StartsWith("#include", StringComparison.Ordinal) ||
                line.StartsWith("//", StringComparison.Ordinal) || line.Contains("->", StringComparison.Ordinal) || line.Contains("==", StringComparison.Ordinal) ||
                line.Contains("&&", StringComparison.Ordinal) || line.Contains("__", StringComparison.Ordinal) || line.Contains("();", StringComparison.Ordinal) ||
                (call > 0 && line[call - 1] == '_') || (call > 0 && line[^1] == ')' && line[..call].Contains('_') && !line[..call].Contains(' ')))
            {
                codeLike++;
            }
        }

        return total >= 2 && codeLike * 3 >= total * 2;
    }
}
