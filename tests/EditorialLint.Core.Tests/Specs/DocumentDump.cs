using System.Globalization;
using System.Text;
using EditorialLint.Core.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Tests.Specs;

/// <summary>
/// A readable text dump of what a reader decided about a document: one line per heading, paragraph, footnote
/// reference and definition, notes section, comment, skipped span, piece of page furniture and verbatim span the
/// reader marked (link text, italics). Quotations and official names are the prose view's, not the reader's, and are
/// left out. Spans are shown as the quoted text they cover.
/// </summary>
public static class DocumentDump
{
    public static string Write(EditorialDocument doc)
    {
        var sb = new StringBuilder();
        if (doc.ReaderFallback is not null)
        {
            sb.Append("fallback plain text\n");
        }

        foreach (var h in doc.Headings)
        {
            Line(sb, $"heading {h.Level} {Lower(h.Style)}{(h.Indent > 0 ? $" indent {h.Indent}" : "")} {Q(doc, h.ContentSpan)}");
        }

        foreach (var p in doc.Paragraphs)
        {
            var flags = (p.IsQuote ? " quote" : "") + (p.IsListItem ? " list" : "") + (p.IsEmphasisOnly ? $" emphasis {Q(doc, p.EmphasisContentSpan)}" : "");
            Line(sb, $"paragraph{flags} {Q(doc, p.Span)}");
        }

        if (doc.NotesSection is { } notes)
        {
            Line(sb, $"notes {(notes.HeadingSpan.IsEmpty ? "(no heading)" : Q(notes.HeadingText))} from {Q(Excerpt(doc, notes.Span))}");
        }

        foreach (var r in doc.FootnoteReferences)
        {
            Line(sb, $"reference {Lower(r.Style)} {r.Label}{(r.Implied ? " implied" : "")} {Q(doc, r.Span)}");
        }

        foreach (var d in doc.FootnoteDefinitions)
        {
            Line(sb, $"definition {Lower(d.Style)} {d.Label} {Q(doc, d.LabelSpan)} {Q(doc, d.ContentSpan)}");
        }

        foreach (var c in doc.Comments)
        {
            Line(sb, $"comment {Q(c.Content)}");
        }

        foreach (var s in doc.SkippedSpans)
        {
            Line(sb, $"skipped {Lower(s.Kind)} {Q(doc, s.Span)}");
        }

        foreach (var f in doc.PageFurniture)
        {
            Line(sb, $"furniture {Q(doc, f)}");
        }

        foreach (var v in doc.Prose.Verbatim.Where(v => v.Kind is VerbatimKind.LinkText or VerbatimKind.Title or VerbatimKind.ForeignTerm))
        {
            Line(sb, $"verbatim {Lower(v.Kind)} {Q(doc, v.Span)}");
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string line) => sb.Append(line).Append('\n');

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Q(EditorialDocument doc, TextSpan span) => Q(doc.GetText(span));

    /// <summary>The first line of a long span, enough to say where it starts.</summary>
    private static string Excerpt(EditorialDocument doc, TextSpan span)
    {
        var text = doc.GetText(span);
        var nl = text.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? text : text[..nl];
    }

    /// <summary>The text in double quotes, with backslash, quote, line breaks and tabs escaped.</summary>
    public static string Q(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
