using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Syntax;

/// <summary>The format a document was read from.</summary>
public enum DocumentKind
{
    /// <summary>Markdown (CommonMark with footnotes).</summary>
    Markdown,
    /// <summary>Plain text: paragraphs are separated by blank lines.</summary>
    PlainText,
}

/// <summary>How a heading was written.</summary>
public enum HeadingStyle
{
    /// <summary>Markdown <c># Heading</c>.</summary>
    Atx,
    /// <summary>Markdown underlined with === or ---.</summary>
    Setext,
    /// <summary>Plain text: recognised by layout (a short, title-like line standing alone).</summary>
    Layout,
}

/// <summary>A heading. <see cref="Span"/> covers the whole line(s); <see cref="ContentSpan"/> only its words.</summary>
/// <param name="Span">The heading's whole line or lines, markers and underline included.</param>
/// <param name="ContentSpan">Only the heading's words.</param>
/// <param name="Level">1 for the title, 2 for a section, and so on.</param>
/// <param name="Text">The heading's words as text.</param>
/// <param name="Style">How the heading is written (ATX, setext, plain-text layout).</param>
public sealed record Heading(TextSpan Span, TextSpan ContentSpan, int Level, string Text, HeadingStyle Style)
{
    /// <summary>Zero-based index of this heading in <see cref="EditorialDocument.Headings"/>.</summary>
    public int Index { get; init; }

    /// <summary>
    /// Markdown: columns of space between where the heading's container (the document, a block quote after its
    /// <c>&gt;</c> and optional space, a list item's content column) lets it start and where it starts. 0 elsewhere.
    /// </summary>
    public int Indent { get; init; }
}

/// <summary>A paragraph of prose (list items and block quote paragraphs included, code excluded).</summary>
/// <param name="Span">The paragraph's text.</param>
public sealed record Paragraph(TextSpan Span)
{
    /// <summary>True when the paragraph is inside a block quote.</summary>
    public bool IsQuote { get; init; }

    /// <summary>True when the paragraph is (part of) a list item.</summary>
    public bool IsListItem { get; init; }

    /// <summary>
    /// True for the single-line paragraphs that consist only of emphasis around plain text (<c>**Like this**</c>);
    /// HTML comments beside the emphasis do not count, a link, code or HTML inside it does.
    /// </summary>
    public bool IsEmphasisOnly { get; init; }

    /// <summary>Span of the emphasised text when <see cref="IsEmphasisOnly"/>.</summary>
    public TextSpan EmphasisContentSpan { get; init; }
}

/// <summary>How a footnote marker was written.</summary>
public enum FootnoteMarkerStyle
{
    /// <summary>Markdown <c>[^1]</c> or <c>[^label]</c>.</summary>
    Caret,
    /// <summary>Plain text or legacy <c>[1]</c>.</summary>
    Bracket,
    /// <summary>Superscript digits such as ¹².</summary>
    Superscript,
}

/// <summary>A footnote reference (call) in the running text.</summary>
/// <param name="Span">The marker in the text.</param>
/// <param name="Label">The label: "1", "a", "note".</param>
/// <param name="Style">How the marker is written.</param>
/// <param name="Implied">
/// A number a range of markers stands for without writing it: the 2 of <c>[1]–[3]</c>. Its span is the dash; fixes
/// never rewrite it.
/// </param>
public sealed record FootnoteReference(TextSpan Span, string Label, FootnoteMarkerStyle Style, bool Implied = false)
{
    /// <summary>The note number when the label is all digits, else null (a named note).</summary>
    public int? Number => FootnoteLabels.TryGetNumber(Label);
}

/// <summary>A footnote definition (the note itself).</summary>
/// <param name="Span">The whole note.</param>
/// <param name="LabelSpan">The note's label as written.</param>
/// <param name="Label">The label: "1", "a", "note".</param>
/// <param name="ContentSpan">The note's text.</param>
/// <param name="Style">How the note is marked.</param>
public sealed record FootnoteDefinition(TextSpan Span, TextSpan LabelSpan, string Label, TextSpan ContentSpan, FootnoteMarkerStyle Style)
{
    /// <summary>The note's number when its label is a number, else null.</summary>
    public int? Number => FootnoteLabels.TryGetNumber(Label);
}

/// <summary>The block that holds the notes of a plain-text draft ("Notes", "Endnotes", "References").</summary>
/// <param name="Span">The whole section.</param>
/// <param name="HeadingSpan">Its heading.</param>
/// <param name="HeadingText">Its heading's text.</param>
public sealed record NotesSection(TextSpan Span, TextSpan HeadingSpan, string HeadingText);

/// <summary>A word token: letters, marks and digits, with inner apostrophes (’ or ').</summary>
/// <param name="Span">The word in the draft.</param>
public readonly record struct Word(TextSpan Span);

/// <summary>An HTML comment (<c>&lt;!-- ... --&gt;</c>); suppressions are read from these.</summary>
/// <param name="Span">The whole comment, markers included.</param>
/// <param name="Content">The text between the markers.</param>
public sealed record Comment(TextSpan Span, string Content);

/// <summary>A run of text rules must not treat as prose: code, URLs, e-mail addresses, HTML, link targets.</summary>
public enum SkippedKind
{
    /// <summary>Inline code, a code block or an indented block.</summary>
    Code,
    /// <summary>A URL.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>HTML markup.</summary>
    Html,
    /// <summary>The target of a Markdown link or image.</summary>
    LinkDestination,
    /// <summary>YAML or TOML front matter.</summary>
    FrontMatter,
    /// <summary>A footnote marker such as [^1] or [1]; its digits are not words.</summary>
    FootnoteMarker,
    /// <summary>A template tag: <c>{% tooltip … %}</c>, <c>{{ page.title }}</c>, a Hugo shortcode.</summary>
    Template,
    /// <summary>A bare domain written without a scheme: <c>crates.io</c>, <c>europa.eu/policies</c>.</summary>
    Domain,
    /// <summary>A file name: <c>Cargo.toml</c>, <c>report.pdf</c>.</summary>
    FileName,
    /// <summary>Inline or display math: <c>$x^2$</c>, <c>\( … \)</c>.</summary>
    Math,
    /// <summary>The label of a Markdown reference link: the <c>[label]</c> of <c>[text][label]</c>.</summary>
    LinkLabel,
    /// <summary>A Latin abbreviation of scholarly prose: <c>et al.</c>, <c>i.e.</c>, <c>ibid.</c>.</summary>
    Abbreviation,
    /// <summary>A bibliography label and its citations: <c>[Cop13]</c>, <c>[RM00]</c>.</summary>
    Citation,
}

/// <summary>A span of the draft that is not prose, and what it is.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Kind">What it is.</param>
public readonly record struct SkippedSpan(TextSpan Span, SkippedKind Kind);

internal static class FootnoteLabels
{
    public static int? TryGetNumber(string label)
    {
        // All digits and within int: [^1234567890] is a (badly) numbered note, not a named one.
        if (label.Length == 0 || label.Length > 10)
        {
            return null;
        }

        var n = 0L;
        foreach (var c in label)
        {
            if (c is < '0' or > '9')
            {
                return null;
            }

            n = (n * 10) + (c - '0');
        }

        return n <= int.MaxValue ? (int)n : null;
    }
}
