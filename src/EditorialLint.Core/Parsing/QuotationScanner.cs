using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Finds quotations in a block of prose: “…” (and „…“), «…», "…", ‘…’ (a ’ between letters is an apostrophe, not
/// a closing mark), and the typewriter conventions of printed records and TeX: ''…'' and ``…''. A quotation left
/// open runs to the end of its block, as a quotation that continues into the next paragraph does.
/// </summary>
internal static class QuotationScanner
{
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\u201C\u201D\u201E\u00AB\u00BB\"\u2018\u2019'`");

    public static void Scan(EditorialDocument document, TextSpan block, List<VerbatimSpan> found)
    {
        var text = document.Content;
        var curly = new Stack<int>();
        var single = new Stack<int>();
        var guillemet = new Stack<int>();
        var straight = -1;
        var doubled = -1;
        for (var i = block.Start; i < block.End; i++)
        {
            // Jump to the next quotation mark (vectorised): most of a block has none.
            var next = text.AsSpan(i, block.End - i).IndexOfAny(Marks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (document.IsSkipped(i))
            {
                continue;
            }

            var before = i > block.Start ? text[i - 1] : ' ';
            var after = i + 1 < block.End ? text[i + 1] : ' ';
            switch (c)
            {
                case '\u201C' when before is '\u201E':
                    break;
                case '\u201C' or '\u201E':
                    // „…“ closes with “: a “ right after letters that a „ opened is a closing mark.
                    if (c == '\u201C' && curly.Count > 0 && text[curly.Peek()] == '\u201E' && !char.IsWhiteSpace(before))
                    {
                        Close(curly, i, found);
                    }
                    else
                    {
                        curly.Push(i);
                    }

                    break;
                case '\u201D':
                    Close(curly, i, found);
                    break;
                case '\u00AB':
                    guillemet.Push(i);
                    break;
                case '\u00BB':
                    Close(guillemet, i, found);
                    break;
                case '"':
                    if (straight < 0)
                    {
                        straight = i;
                    }
                    else
                    {
                        found.Add(new VerbatimSpan(TextSpan.FromBounds(straight, i + 1), VerbatimKind.Quotation));
                        straight = -1;
                    }

                    break;
                case '\u2018':
                    if (!char.IsLetterOrDigit(before))
                    {
                        single.Push(i);
                    }

                    break;
                case '\u2019':
                    // Between letters (Türkiye’s, don’t) it is an apostrophe.
                    if (single.Count > 0 && !char.IsLetter(after))
                    {
                        Close(single, i, found);
                    }

                    break;
                case '\'' when after == '\'':
                    // ''quoted'' as the Congressional Record prints it; ''…'' after ``…'' as TeX writes it.
                    if (doubled < 0 && !char.IsLetterOrDigit(before))
                    {
                        doubled = i;
                    }
                    else if (doubled >= 0)
                    {
                        found.Add(new VerbatimSpan(TextSpan.FromBounds(doubled, i + 2), VerbatimKind.Quotation));
                        doubled = -1;
                    }

                    i++;
                    break;
                case '`' when after == '`' && doubled < 0:
                    doubled = i;
                    i++;
                    break;
            }
        }

        // Left open: to the end of the block.
        foreach (var open in curly.Concat(guillemet).Append(straight).Append(doubled).Where(p => p >= 0))
        {
            found.Add(new VerbatimSpan(TextSpan.FromBounds(open, block.End), VerbatimKind.Quotation));
        }
    }

    private static void Close(Stack<int> open, int i, List<VerbatimSpan> found)
    {
        if (open.Count > 0)
        {
            found.Add(new VerbatimSpan(TextSpan.FromBounds(open.Pop(), i + 1), VerbatimKind.Quotation));
        }
    }
}
