using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// A Markdown "Notes" heading (or "Endnotes", "References"…) opens a notes section that runs to the next heading of
/// its level or higher; its numbered lines ("[1] Source", "1. Source", "- [1] Source") are the notes of bracketed
/// references. Lines already read as <c>[^n]:</c> definitions, lines in code and link reference definitions are not.
/// </summary>
internal sealed class MarkdownNotesSectionScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var text = builder.Text;
        var headings = builder.Headings;
        var noteHeading = headings.FirstOrDefault(h => NotesHeadings.Is(h.Text));
        if (noteHeading is null)
        {
            return;
        }

        var next = headings.FirstOrDefault(h => h.Span.Start > noteHeading.Span.Start && h.Level <= noteHeading.Level);
        var end = next?.Span.Start ?? text.Length;
        builder.Notes = new NotesSection(TextSpan.FromBounds(noteHeading.Span.Start, end), noteHeading.Span, noteHeading.Text);
        var code = builder.SkippedSet(k => k is SkippedKind.Code or SkippedKind.FrontMatter);
        var caretDefinitions = new SpanSet(builder.Definitions.Select(d => d.Span)); // a lookup, not a scan per line
        foreach (var line in builder.Source.Lines)
        {
            if (line.Start < noteHeading.Span.End || line.Start >= end || code.Contains(line.Start))
            {
                continue;
            }

            var lineSpan = line.Span;
            var probe = lineSpan.Start;
            while (probe < lineSpan.End && text[probe] is '-' or '*' or '+' or ' ')
            {
                probe++; // "- [1] note" in a list
            }

            if (NoteLines.TryParse(text, TextSpan.FromBounds(probe, lineSpan.End), out var labelSpan, out var label, out var contentStart) &&
                !caretDefinitions.Contains(line.Start) && !IsLinkDefinitionLine(text, labelSpan.End, lineSpan.End))
            {
                builder.Definitions.Add(new FootnoteDefinition(TextSpan.FromBounds(labelSpan.Start, lineSpan.End), labelSpan, label, TextSpan.FromBounds(contentStart, lineSpan.End), FootnoteMarkerStyle.Bracket));
            }
        }

        builder.Definitions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>"[3]: https://…" under a notes heading is a link reference definition, not note 3.</summary>
    private static bool IsLinkDefinitionLine(string text, int afterLabel, int lineEnd)
    {
        if (afterLabel >= lineEnd || text[afterLabel] != ':')
        {
            return false;
        }

        var rest = text.AsSpan(afterLabel + 1, lineEnd - afterLabel - 1).TrimStart(" \t");
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
               rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ||
               rest.StartsWith("<") || rest.StartsWith("/") || rest.StartsWith("#");
    }
}
