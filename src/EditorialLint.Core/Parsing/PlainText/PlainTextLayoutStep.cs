using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// The structure step of the plain-text reader: each body block is a note block, code, a heading by layout or a
/// paragraph. A "Notes"/"Endnotes" block, or the trailing run of blocks that open with a note label, holds the notes;
/// a paragraph that page furniture splits is read as one.
/// </summary>
internal sealed class PlainTextLayoutStep : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var body = builder.State<PlainTextLayout>().Body;
        var unheadedNotesFrom = UnheadedNotesStart(builder.Text, body);
        Paragraph? pending = null;
        for (var bi = 0; bi < body.Count; bi++)
        {
            var block = body[bi];
            if (builder.Notes is null && bi == unheadedNotesFrom)
            {
                Flush(ref pending, builder);
                builder.Notes = new NotesSection(TextSpan.FromBounds(block.Span.Start, builder.Text.Length), new TextSpan(block.Span.Start, 0), string.Empty);
            }

            if (!ReadAsNotes(builder, block, bi) && !ReadAsCode(builder, block, ref pending) && !ReadAsHeading(builder, body, bi, ref pending))
            {
                ReadAsParagraph(builder, block, ref pending);
            }
        }

        Flush(ref pending, builder);
    }

    /// <summary>
    /// Notes with no heading: the draft ends in blocks that each open with a bracketed or superscript label
    /// ("[1] Anadolu Agency, 2024."), as PDF extractions often do. They are the notes, not more references.
    /// </summary>
    private static int UnheadedNotesStart(string text, List<PlainTextBlock> body)
    {
        var from = body.Count;
        while (from > 1 && PlainNoteBlocks.OpensWithNoteLabel(text, body[from - 1].Span))
        {
            from--;
        }

        return from;
    }

    /// <summary>
    /// A block of the notes section; or footnotes at the foot of a page, inside the body: a block that opens with a
    /// label already cited above ("[3] Reuters, 2024."). The paragraph around them may go on after the page break.
    /// </summary>
    private static bool ReadAsNotes(DocumentBuilder builder, PlainTextBlock block, int bi)
    {
        var text = builder.Text;
        if (builder.Notes is { } notes)
        {
            PlainNoteBlocks.ReadNoteLines(text, builder.Source.Lines, block, builder.Definitions, bareNumbersAfter: notes.HeadingSpan.IsEmpty ? null : notes.Span.Start);
            return true;
        }

        if (bi > 0 && PlainNoteBlocks.OpensWithNoteLabel(text, block.Span) && PlainNoteBlocks.CitedBefore(text, block.Span))
        {
            PlainNoteBlocks.ReadNoteLines(text, builder.Source.Lines, block, builder.Definitions);
            builder.NoteBlocks.Add(block.Span);
            return true;
        }

        return false;
    }

    private static bool ReadAsCode(DocumentBuilder builder, PlainTextBlock block, ref Paragraph? pending)
    {
        if (!PlainCodeBlocks.IsCodeBlock(builder.Text, builder.Source.Lines, block))
        {
            return false;
        }

        Flush(ref pending, builder);
        builder.Skipped.Add(new SkippedSpan(block.Span, SkippedKind.Code));
        return true;
    }

    /// <summary>
    /// A one-line block: a notes heading (which opens the notes section), or a heading by layout; the first block is
    /// the title (level 1). A byline right after the title is not a heading.
    /// </summary>
    private static bool ReadAsHeading(DocumentBuilder builder, List<PlainTextBlock> body, int bi, ref Paragraph? pending)
    {
        var block = body[bi];
        if (block.FirstLine != block.LastLine)
        {
            return false;
        }

        var blockText = builder.Text.AsSpan(block.Span.Start, block.Span.Length);
        var isFirst = bi == 0;
        var isNotes = NotesHeadings.Is(blockText);
        if (!isNotes && !(LayoutHeadings.LooksLikeHeading(blockText, bi + 1 < body.Count) &&
                          !(!isFirst && pending is null && builder.Paragraphs.Count == 0 && LayoutHeadings.IsByline(blockText))))
        {
            return false;
        }

        Flush(ref pending, builder);
        builder.Headings.Add(new Heading(block.Span, block.Span, isFirst ? 1 : 2, blockText.ToString(), HeadingStyle.Layout));
        if (isNotes)
        {
            builder.Notes = new NotesSection(TextSpan.FromBounds(block.Span.Start, builder.Text.Length), block.Span, blockText.ToString());
        }

        return true;
    }

    /// <summary>
    /// A paragraph; or the rest of one split by page furniture: the part before does not end a sentence and the part
    /// after starts in lower case. Read them as one paragraph.
    /// </summary>
    private static void ReadAsParagraph(DocumentBuilder builder, PlainTextBlock block, ref Paragraph? pending)
    {
        var blockText = builder.Text.AsSpan(block.Span.Start, block.Span.Length);
        if (pending is { } before && builder.PageFurniture.Any(f => f.Start >= before.Span.End && f.End <= block.Span.Start) &&
            !SentenceEnds.Is(builder.Text.AsSpan(before.Span.Start, before.Span.Length)) && blockText.Length > 0 && char.IsLower(blockText[0]))
        {
            pending = before with { Span = TextSpan.FromBounds(before.Span.Start, block.Span.End) };
            return;
        }

        Flush(ref pending, builder);
        pending = new Paragraph(block.Span);
    }

    private static void Flush(ref Paragraph? pending, DocumentBuilder builder)
    {
        if (pending is not null)
        {
            builder.Paragraphs.Add(pending);
            pending = null;
        }
    }
}
