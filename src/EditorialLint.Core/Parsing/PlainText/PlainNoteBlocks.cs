using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>Plain-text blocks that hold notes: how one opens, and its note lines.</summary>
internal static class PlainNoteBlocks
{

    /// <summary>
    /// The block opens with a bracketed or superscript label followed by a note's text, which starts with a source
    /// ("Reuters", "“Title”", "See") rather than a lower-case word ("[1] argues that…" is a citation in prose).
    /// </summary>
    public static bool OpensWithNoteLabel(string text, TextSpan block)
    {
        if (block.Length == 0 || (text[block.Start] != '[' && !SuperscriptDigits.Is(text[block.Start])))
        {
            return false;
        }

        var nl = text.IndexOf('\n', block.Start);
        var lineEnd = nl >= 0 && nl < block.End ? nl : block.End;
        return NoteLines.TryParse(text, TextSpan.FromBounds(block.Start, lineEnd), out _, out _, out var content) &&
               !(content < lineEnd && char.IsLower(text[content]));
    }

    /// <summary>Whether the label that opens the block ("[3]", "³") occurs earlier in the draft.</summary>
    public static bool CitedBefore(string text, TextSpan block)
    {
        int end;
        if (text[block.Start] == '[')
        {
            end = text.IndexOf(']', block.Start, Math.Min(6, block.Length));
            if (end < 0)
            {
                return false;
            }

            end++;
        }
        else
        {
            end = block.Start;
            while (end < block.End && SuperscriptDigits.Is(text[end]))
            {
                end++;
            }
        }

        return text.AsSpan(0, block.Start).IndexOf(text.AsSpan(block.Start, end - block.Start), StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// The notes in a block. Under a notes heading (<paramref name="bareNumbersAfter"/> is where the section starts) a
    /// line may also open with a bare number and a space ("1 European Commission, …", a flattened superscript), but
    /// only the number the list has reached (the first note, or the last note's number plus one): a wrapped line that
    /// happens to start with a number ("45 per cent of …") stays part of its note.
    /// </summary>
    public static void ReadNoteLines(string text, TextLineCollection lines, PlainTextBlock block, List<FootnoteDefinition> definitions, int? bareNumbersAfter = null)
    {
        FootnoteDefinition? current = null;
        for (var li = block.FirstLine; li <= block.LastLine; li++)
        {
            var line = lines[li];
            if (NoteLines.TryParse(text, line.Span, out var labelSpan, out var label, out var contentStart, allowBareNumber: bareNumbersAfter is not null) &&
                (char.IsAsciiDigit(text[labelSpan.End - 1]) is false || IsNextBareNote(label, current ?? definitions.LastOrDefault(d => d.Span.Start >= bareNumbersAfter))))
            {
                if (current is not null)
                {
                    definitions.Add(current);
                }

                current = new FootnoteDefinition(TextSpan.FromBounds(labelSpan.Start, line.End), labelSpan, label, TextSpan.FromBounds(contentStart, line.End), FootnoteMarkerStyle.Bracket);
            }
            else if (current is not null)
            {
                current = current with { Span = TextSpan.FromBounds(current.Span.Start, line.End), ContentSpan = TextSpan.FromBounds(current.ContentSpan.Start, line.End) };
            }
        }

        if (current is not null)
        {
            definitions.Add(current);
        }
    }

    /// <summary>A bare-number note line continues the list: the first note (1–9), or the previous number plus one.</summary>
    private static bool IsNextBareNote(string label, FootnoteDefinition? previous) =>
        int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) &&
        (previous is null ? n <= 9 : previous.Number == n - 1);
}
