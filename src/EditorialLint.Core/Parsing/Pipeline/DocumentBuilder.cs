using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// What the scanners of a reader write into while it reads one document; <see cref="Build"/> turns it into the
/// <see cref="EditorialDocument"/>. Scanners run in order and may read what earlier ones wrote.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly Dictionary<Type, object> _state = [];

    public DocumentBuilder(string path, SourceText source, DocumentKind kind, TextEncodingInfo encoding)
    {
        Path = path;
        Source = source;
        Text = source.ToString();
        Kind = kind;
        Encoding = encoding;
    }

    public string Path { get; }

    public SourceText Source { get; }

    /// <summary>The decoded text as one string.</summary>
    public string Text { get; }

    public DocumentKind Kind { get; }

    public TextEncodingInfo Encoding { get; }

    public List<Heading> Headings { get; } = [];

    public List<Paragraph> Paragraphs { get; } = [];

    /// <summary>Footnote references; a scanner may replace the list (ranges expand it).</summary>
    public List<FootnoteReference> References { get; set; } = [];

    public List<FootnoteDefinition> Definitions { get; } = [];

    public NotesSection? Notes { get; set; }

    public List<Comment> Comments { get; } = [];

    public List<SkippedSpan> Skipped { get; } = [];

    public List<TextSpan> PageFurniture { get; } = [];

    public List<VerbatimSpan> Verbatim { get; } = [];

    /// <summary>Blocks of the body read as notes (footnotes at the foot of a page): not scanned for references.</summary>
    public List<TextSpan> NoteBlocks { get; } = [];

    /// <summary>The skipped spans so far (optionally only some kinds, plus <paramref name="extra"/>) as a lookup.</summary>
    public SpanSet SkippedSet(Func<SkippedKind, bool>? kinds = null, IEnumerable<TextSpan>? extra = null)
    {
        var spans = (kinds is null ? Skipped : Skipped.Where(s => kinds(s.Kind))).Select(s => s.Span);
        return new SpanSet(extra is null ? spans : spans.Concat(extra));
    }

    /// <summary>Per-document state a reader's scanners share (the Markdig tree, the plain-text blocks).</summary>
    public T State<T>()
        where T : class, new()
    {
        if (!_state.TryGetValue(typeof(T), out var value))
        {
            value = new T();
            _state[typeof(T)] = value;
        }

        return (T)value;
    }

    /// <summary>The document: headings numbered in order, paragraphs and comments by start, nested skipped spans merged.</summary>
    public EditorialDocument Build() => new(
        Path,
        Source,
        Kind,
        Encoding,
        [.. Headings.Select((h, i) => h with { Index = i })],
        [.. Paragraphs.OrderBy(p => p.Span.Start)],
        [.. References],
        [.. Definitions],
        Notes,
        [.. Comments.OrderBy(c => c.Span.Start)],
        [.. MergeSkipped(Skipped)],
        [.. PageFurniture],
        [.. Verbatim]);

    /// <summary>Spans nested in another (a URL inside a link destination) are dropped; the rest ordered by start.</summary>
    internal static IEnumerable<SkippedSpan> MergeSkipped(List<SkippedSpan> skipped)
    {
        SkippedSpan? last = null;
        foreach (var s in skipped.OrderBy(s => s.Span.Start).ThenByDescending(s => s.Span.Length))
        {
            if (last is { } l && l.Span.Contains(s.Span))
            {
                continue;
            }

            last = s;
            yield return s;
        }
    }
}
