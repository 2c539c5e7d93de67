using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// The last footnote step of both readers: markers are not words (references and definition labels become skipped
/// spans), and a range of markers ("[1]–[3]") cites the numbers between its ends.
/// </summary>
internal sealed class FootnoteMarkerScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        builder.Skipped.AddRange(builder.References.Select(r => new SkippedSpan(r.Span, SkippedKind.FootnoteMarker)));
        builder.Skipped.AddRange(builder.Definitions.Select(d => new SkippedSpan(d.LabelSpan, SkippedKind.FootnoteMarker)));
        builder.References = ExpandRanges(builder.Text, builder.References);
    }

    /// <summary>
    /// Numbered references joined by a dash ("[1]–[3]", "[4]-[6]") cite the numbers between them too: adds those as
    /// implied references on the dash. At most 20 numbers; same marker style on both ends.
    /// </summary>
    public static List<FootnoteReference> ExpandRanges(string text, List<FootnoteReference> refs)
    {
        var result = new List<FootnoteReference>(refs.Count);
        for (var k = 0; k < refs.Count; k++)
        {
            var a = refs[k];
            result.Add(a);
            if (k + 1 >= refs.Count)
            {
                break;
            }

            var b = refs[k + 1];
            if (a.Style != b.Style || a.Style == FootnoteMarkerStyle.Caret || a.Number is not { } from || b.Number is not { } to ||
                to <= from + 1 || to - from > 20 || b.Span.Start < a.Span.End)
            {
                continue;
            }

            var between = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
            var trimmed = between.Trim();
            if (trimmed.Length != 1 || trimmed[0] is not ('\u2013' or '-' or '\u2014' or '\u2012'))
            {
                continue;
            }

            var dash = a.Span.End + between.IndexOf(trimmed[0]);
            for (var n = from + 1; n < to; n++)
            {
                result.Add(new FootnoteReference(new TextSpan(dash, 1), n.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Style, Implied: true));
            }
        }

        return result;
    }
}
