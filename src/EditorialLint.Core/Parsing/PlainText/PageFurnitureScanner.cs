using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Page furniture left by a PDF extraction: a block that is only a page number ("12", "Page 3", "- 4 -", "3 / 12"), a
/// block with a running header/footer shape (short lines with a bullet or pipe separator and digits), or a short block
/// repeated verbatim elsewhere in the document (a running header). Sets <see cref="PlainTextLayout.Body"/> to the rest.
/// </summary>
internal sealed class PageFurnitureScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var layout = builder.State<PlainTextLayout>();
        var furniture = Find(builder.Text, layout.Blocks);
        layout.Body.AddRange(layout.Blocks.Where((b, i) => !furniture.Contains(i)));
        foreach (var i in furniture.Order())
        {
            builder.PageFurniture.Add(layout.Blocks[i].Span);
        }
    }

    /// <summary>The indexes of the furniture blocks.</summary>
    private static HashSet<int> Find(string text, List<PlainTextBlock> blocks)
    {
        var result = new HashSet<int>();
        var counts = RepeatCounts(text, blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var t = text.AsSpan(b.Span.Start, b.Span.Length);
            var shortBlock = b.LastLine - b.FirstLine <= 2 && t.Length <= 120;
            var repeats = shortBlock ? counts.GetValueOrDefault(NormaliseFurniture(t)) : 0;
            var hasSeparator = t.Contains('\u2022') || t.Contains('|') || t.Contains('\u00B7');
            var digits = 0;
            foreach (var c in t)
            {
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            // A running header repeated on later pages: with a number in it, or a separator (• | · — –), or seen
            // three times or more. It may also be the first line of the text, above the title.
            var runningHeader = repeats >= 2 && (digits >= 1 || hasSeparator || t.Contains('\u2014') || t.Contains('\u2013') || repeats >= 3) &&
                                !IsCitationLabels(t);
            if (i == 0)
            {
                if (runningHeader && blocks.Count > 1)
                {
                    result.Add(i);
                }

                continue; // otherwise the first block is the title, never furniture
            }

            // Seen once: a header or footer shape (a separator and a number) that interrupts a sentence. Between
            // whole paragraphs such a line is the draft's own (a cover line such as "Policy Brief | April 2026").
            if (PageNumbers.Is(t) || runningHeader ||
                (shortBlock && hasSeparator && digits >= 2 && (SplitsSentence(text, blocks, i) || BesidePageNumber(text, blocks, i))))
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>How often each short block occurs, digits ignored.</summary>
    private static Dictionary<string, int> RepeatCounts(string text, List<PlainTextBlock> blocks)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in blocks)
        {
            if (b.LastLine - b.FirstLine <= 2 && b.Span.Length <= 120)
            {
                var key = NormaliseFurniture(text.AsSpan(b.Span.Start, b.Span.Length));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }


    /// <summary>
    /// Bibliography labels standing alone ("[Cop13]", "[Qui93] [RKB04]"): the keys of a reference list, which its
    /// citations repeat; not a running header.
    /// </summary>
    private static bool IsCitationLabels(ReadOnlySpan<char> block)
    {
        var t = block.Trim();
        if (t.Length < 3 || t[0] != '[')
        {
            return false;
        }

        foreach (var range in t.SplitAny(" \n\r\t"))
        {
            var part = t[range];
            if (part.Length > 0 && (part.Length < 3 || part[0] != '[' || part[^1] != ']' || part.Count('[') != 1 || !char.IsLetter(part[1])))
            {
                return false;
            }
        }

        return true;
    }


    /// <summary>A header or footer line printed right above or below a page number ("Page 2 of 6").</summary>
    private static bool BesidePageNumber(string text, List<PlainTextBlock> blocks, int i)
    {
        bool PageNumberAt(int k) => k >= 0 && k < blocks.Count && PageNumbers.Is(text.AsSpan(blocks[k].Span.Start, blocks[k].Span.Length));
        return PageNumberAt(i - 1) || PageNumberAt(i + 1);
    }

    /// <summary>The block before does not end a sentence and the block after goes on in lower case.</summary>
    private static bool SplitsSentence(string text, List<PlainTextBlock> blocks, int i)
    {
        if (i == 0 || i + 1 >= blocks.Count)
        {
            return false;
        }

        var before = text.AsSpan(blocks[i - 1].Span.Start, blocks[i - 1].Span.Length).TrimEnd();
        var after = text.AsSpan(blocks[i + 1].Span.Start, blocks[i + 1].Span.Length).TrimStart();
        return before.Length > 0 && after.Length > 0 && before[^1] is not ('.' or '!' or '?' or ':' or '”' or '"' or ')') &&
               (char.IsLower(after[0]) || PageNumbers.Is(after) || after[0] is ',' or ';');
    }

    private static string NormaliseFurniture(ReadOnlySpan<char> t)
    {
        var sb = new System.Text.StringBuilder(t.Length);
        foreach (var c in t)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.IsAsciiDigit(c) ? '#' : c);
            }
        }

        return sb.ToString();
    }
}
