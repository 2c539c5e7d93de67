using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Syntax;

/// <summary>
/// One parsed draft. Every span points into <see cref="Text"/>; nothing is copied or normalised, so a rule's span
/// and a fix's <see cref="TextChange"/> always address the characters the author wrote.
/// </summary>
public sealed class EditorialDocument
{
    private readonly SkippedSpan[] _skipped;

    /// <summary>A parsed draft; the engine builds it (<c>DocumentParser</c>), rules only read it.</summary>
    internal EditorialDocument(
        string path,
        SourceText text,
        DocumentKind kind,
        TextEncodingInfo encoding,
        ImmutableArray<Heading> headings,
        ImmutableArray<Paragraph> paragraphs,
        ImmutableArray<FootnoteReference> footnoteReferences,
        ImmutableArray<FootnoteDefinition> footnoteDefinitions,
        NotesSection? notesSection,
        ImmutableArray<Comment> comments,
        ImmutableArray<SkippedSpan> skipped,
        ImmutableArray<TextSpan> pageFurniture,
        ImmutableArray<VerbatimSpan> verbatim = default)
    {
        Path = path;
        Text = text;
        Content = text.ToString();
        Kind = kind;
        Encoding = encoding;
        Headings = headings;
        Paragraphs = paragraphs;
        FootnoteReferences = footnoteReferences;
        FootnoteDefinitions = footnoteDefinitions;
        NotesSection = notesSection;
        Comments = comments;
        _skipped = skipped.OrderBy(s => s.Span.Start).ToArray();
        SkippedSpans = [.. _skipped];
        PageFurniture = pageFurniture;
        var tw = Analysis.Timings.Start();
        Words = WordTokenizer.Tokenize(Content, _skipped, pageFurniture);
        Analysis.Timings.Stop("parse: tokenize", tw);
        var tp = Analysis.Timings.Start();
        Prose = new ProseView(this, verbatim);
        Analysis.Timings.Stop("parse: prose view", tp);
    }

    /// <summary>Sentences and verbatim text (quotations, titles, names, link text) of the prose, computed once.</summary>
    public ProseView Prose { get; }

    /// <summary>The draft's path as given to the linter.</summary>
    public string Path { get; }

    /// <summary>Set when the document's own reader gave up and it was read another way (Markdown read as plain text): why.</summary>
    public string? ReaderFallback { get; private set; }

    internal EditorialDocument WithReaderFallback(string why)
    {
        ReaderFallback = why;
        return this;
    }

    /// <summary>The text as Roslyn source text (lines and positions).</summary>
    public SourceText Text { get; }

    /// <summary>The decoded text as one string (same characters as <see cref="Text"/>).</summary>
    public string Content { get; }

    /// <summary>Markdown or plain text.</summary>
    public DocumentKind Kind { get; }

    /// <summary>The encoding, byte order mark and line ending the file was read with.</summary>
    public TextEncodingInfo Encoding { get; }

    /// <summary>The first heading when it is level 1 (the draft's title), else null.</summary>
    public Heading? Title => Headings.Length > 0 && Headings[0].Level == 1 ? Headings[0] : null;

    /// <summary>Every heading, in source order.</summary>
    public ImmutableArray<Heading> Headings { get; }

    /// <summary>Every prose paragraph, in source order.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <summary>Footnote references in source order.</summary>
    public ImmutableArray<FootnoteReference> FootnoteReferences { get; }

    /// <summary>Footnote definitions in source order (unreferenced ones included).</summary>
    public ImmutableArray<FootnoteDefinition> FootnoteDefinitions { get; }

    /// <summary>The Notes section, or null when the draft has none.</summary>
    public NotesSection? NotesSection { get; }

    /// <summary>HTML comments (the engine reads suppression comments from them).</summary>
    public ImmutableArray<Comment> Comments { get; }

    /// <summary>Code, URLs, e-mail addresses, HTML and other spans that are not prose, ordered by start.</summary>
    public ImmutableArray<SkippedSpan> SkippedSpans { get; }

    /// <summary>Page numbers and running headers/footers left in the text by PDF extraction.</summary>
    public ImmutableArray<TextSpan> PageFurniture { get; }

    /// <summary>Word tokens of the prose, in source order (skipped spans and page furniture excluded).</summary>
    public ImmutableArray<Word> Words { get; }

    /// <summary>The text of <paramref name="span"/> without allocating.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Content.AsSpan(span.Start, span.Length);

    /// <summary>The text of <paramref name="span"/>.</summary>
    public string GetText(TextSpan span) => Content.Substring(span.Start, span.Length);

    /// <summary>The 0-based lines and columns of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLineSpan(TextSpan span) => Text.Lines.GetLinePositionSpan(span);

    /// <summary>True when <paramref name="position"/> lies inside a skipped (non-prose) span.</summary>
    public bool IsSkipped(int position)
    {
        var lo = 0;
        var hi = _skipped.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = _skipped[mid].Span;
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any part of <paramref name="span"/> overlaps a skipped span.</summary>
    public bool OverlapsSkipped(TextSpan span)
    {
        foreach (var s in _skipped)
        {
            if (s.Span.Start >= span.End)
            {
                break;
            }

            if (s.Span.OverlapsWith(span) || (span.IsEmpty && s.Span.Contains(span.Start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The heading whose section contains <paramref name="position"/>, or null before the first heading.</summary>
    public Heading? GetSection(int position)
    {
        Heading? current = null;
        foreach (var h in Headings)
        {
            if (h.Span.Start > position)
            {
                break;
            }

            current = h;
        }

        return current;
    }
}

/// <summary>Small queries over a document that rules share.</summary>
public static class EditorialDocumentExtensions
{
    /// <summary>True when <paramref name="position"/> is inside page furniture.</summary>
    public static bool InPageFurniture(EditorialDocument document, int position) =>
        document.PageFurniture.Any(f => f.Contains(position));
}
