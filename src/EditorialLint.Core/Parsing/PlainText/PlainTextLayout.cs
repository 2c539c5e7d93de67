using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Parsing;

/// <summary>A block of plain text: lines between blank lines, trimmed.</summary>
internal sealed record PlainTextBlock(int FirstLine, int LastLine, TextSpan Span);

/// <summary>The plain-text reader's per-document state: its blocks, and those left once page furniture is set aside.</summary>
internal sealed class PlainTextLayout
{
    public List<PlainTextBlock> Blocks { get; } = [];

    /// <summary>The blocks that are not page furniture, in order.</summary>
    public List<PlainTextBlock> Body { get; } = [];
}
