using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// The first step of the plain-text reader: blocks are separated by blank lines (lines of only spaces or NBSP are
/// blank) and hard-wrapped lines are one block.
/// </summary>
internal sealed class PlainTextBlockStep : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var text = builder.Text;
        var lines = builder.Source.Lines;
        var blocks = builder.State<PlainTextLayout>().Blocks;
        var first = -1;
        for (var li = 0; li <= lines.Count; li++)
        {
            var blank = li == lines.Count || TextLines.IsBlank(text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start));
            if (!blank && first < 0)
            {
                first = li;
            }
            else if (blank && first >= 0)
            {
                blocks.Add(new PlainTextBlock(first, li - 1, Trim(text, TextSpan.FromBounds(lines[first].Start, lines[li - 1].End))));
                first = -1;
            }
        }
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == '\uFEFF'))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }
}
