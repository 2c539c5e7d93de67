using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Bracketed notes with no heading: a paragraph outside the notes section whose first line opens with a label already
/// cited above ("[1] Source, 2024."). Its numbered lines are notes, not more references; the paragraph goes to
/// <see cref="DocumentBuilder.NoteBlocks"/>.
/// </summary>
internal sealed class MarkdownNoteParagraphScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var text = builder.Text;
        var notes = builder.Notes;
        foreach (var p in builder.Paragraphs)
        {
            if ((notes is not null && notes.Span.Contains(p.Span.Start)) || p.Span.Length < 4 || text[p.Span.Start] != '[')
            {
                continue;
            }

            var firstLine = builder.Source.Lines.GetLineFromPosition(p.Span.Start);
            // A note opens with a source ("Reuters", "“Title”", "See"); "[1] argues that…" is a citation in prose.
            if (!NoteLines.TryParse(text, TextSpan.FromBounds(p.Span.Start, firstLine.End), out var firstLabel, out _, out var firstContent) ||
                (firstContent < firstLine.End && char.IsLower(text[firstContent])) ||
                text.AsSpan(0, p.Span.Start).IndexOf(text.AsSpan(firstLabel.Start, firstLabel.Length), StringComparison.Ordinal) < 0)
            {
                continue;
            }

            builder.NoteBlocks.Add(p.Span);
            ReadNotes(builder, p.Span, firstLine.LineNumber);
        }

        builder.Definitions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The notes of one paragraph: each bracketed label opens a note, other lines continue the last one.</summary>
    private static void ReadNotes(DocumentBuilder builder, TextSpan paragraph, int firstLine)
    {
        var text = builder.Text;
        var lines = builder.Source.Lines;
        FootnoteDefinition? current = null;
        for (var li = firstLine; li < lines.Count && lines[li].Start < paragraph.End; li++)
        {
            var line = lines[li];
            var lineEnd = Math.Min(line.End, paragraph.End);
            if (NoteLines.TryParse(text, TextSpan.FromBounds(line.Start, lineEnd), out var labelSpan, out var label, out var contentStart) && text[labelSpan.Start] == '[')
            {
                if (current is not null)
                {
                    builder.Definitions.Add(current);
                }

                current = new FootnoteDefinition(TextSpan.FromBounds(labelSpan.Start, lineEnd), labelSpan, label, TextSpan.FromBounds(contentStart, lineEnd), FootnoteMarkerStyle.Bracket);
            }
            else if (current is not null)
            {
                current = current with { Span = TextSpan.FromBounds(current.Span.Start, lineEnd), ContentSpan = TextSpan.FromBounds(current.ContentSpan.Start, lineEnd) };
            }
        }

        if (current is not null)
        {
            builder.Definitions.Add(current);
        }
    }
}
