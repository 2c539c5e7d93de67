using Markdig.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Parsing;

/// <summary>Markdig source spans as Roslyn text spans.</summary>
internal static class MarkdigSpans
{
    public static TextSpan ToSpan(SourceSpan span, string text)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End + 1, start, text.Length); // Markdig's End is inclusive
        return TextSpan.FromBounds(start, end);
    }
}
