using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Parsing;

namespace EditorialLint.Core.Syntax;

/// <summary>Kinds of text that is prose but not the author's own wording, so no rule may rewrite it.</summary>
[Flags]
public enum VerbatimKind
{
    /// <summary>No verbatim kind.</summary>
    None = 0,
    /// <summary>Inside quotation marks (“…”, "…", ‘…’, ''…'', ``…'', «…») or a block quote.</summary>
    Quotation = 1,
    /// <summary>The title of a cited work: capitalised italics, an entry of a bibliography.</summary>
    Title = 2,
    /// <summary>A run of capitalised words that names something: "EU-Turkey Statement", "Ministry of Defence".</summary>
    OfficialName = 4,
    /// <summary>The text of a Markdown link.</summary>
    LinkText = 8,
    /// <summary>Every kind: text whose wording belongs to someone else.</summary>
    All = Quotation | Title | OfficialName | LinkText,
    /// <summary>
    /// Lower-case italics, as a foreign or technical term is set (<c>_gromile_</c>, <c>*aes Cyprium*</c>): the author's
    /// wording, but not English to spell-check. Not part of <see cref="All"/>.
    /// </summary>
    ForeignTerm = 16,
}

/// <summary>Prose that is not the author's own wording, and which kind it is.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Kind">Which kind of verbatim text.</param>
public readonly record struct VerbatimSpan(TextSpan Span, VerbatimKind Kind);

/// <summary>
/// The prose view of a document, computed once when it is read and shared by every rule: its sentences, and the
/// verbatim parts of the prose (quotations, titles, names, link text). What is not prose at all (code, URLs, domains,
/// file names, template tags, math, Latin abbreviations, citation labels) is in
/// <see cref="EditorialDocument.SkippedSpans"/> and never becomes a word.
/// </summary>
public sealed class ProseView
{
    private readonly int[] _sentenceStarts;
    private readonly Dictionary<VerbatimKind, SpanSet> _byKind = [];

    internal ProseView(EditorialDocument document, ImmutableArray<VerbatimSpan> fromReader)
    {
        var t0 = Analysis.Timings.Start();
        var blocks = ProseBlocks(document);
        Blocks = blocks;
        var sentences = new List<TextSpan>();
        var starts = new List<int>();
        foreach (var block in blocks)
        {
            SentenceSplitter.Split(document, block, sentences, starts);
        }

        foreach (var heading in document.Headings)
        {
            // A heading is one sentence of its own.
            var first = SentenceSplitter.FirstWordStart(document, heading.ContentSpan);
            if (first >= 0)
            {
                starts.Add(first);
            }
        }

        Analysis.Timings.Stop("prose: sentences", t0);
        t0 = Analysis.Timings.Start();
        starts.Sort();
        _sentenceStarts = [.. starts.Distinct()];
        Sentences = [.. sentences.OrderBy(s => s.Start)];

        var verbatim = new List<VerbatimSpan>(fromReader.IsDefault ? [] : fromReader);
        foreach (var p in document.Paragraphs)
        {
            if (p.IsQuote)
            {
                verbatim.Add(new VerbatimSpan(p.Span, VerbatimKind.Quotation));
            }
        }

        foreach (var block in blocks)
        {
            QuotationScanner.Scan(document, block, verbatim);
        }

        Analysis.Timings.Stop("prose: quotations", t0);
        t0 = Analysis.Timings.Start();
        Bibliography(document, verbatim);
        IsRecordOfSpeech = SpeechRecord.Detect(document);
        if (IsRecordOfSpeech)
        {
            // A transcript or a floor speech records what was said: all of it is the speakers' wording.
            verbatim.Add(new VerbatimSpan(new TextSpan(0, document.Content.Length), VerbatimKind.Quotation));
        }

        Analysis.Timings.Stop("prose: speech", t0);
        t0 = Analysis.Timings.Start();
        OfficialNames.Scan(document, blocks, this, verbatim);
        Analysis.Timings.Stop("prose: names", t0);
        t0 = Analysis.Timings.Start();
        Verbatim = [.. verbatim.OrderBy(v => v.Span.Start)];
        foreach (var kind in new[] { VerbatimKind.Quotation, VerbatimKind.Title, VerbatimKind.OfficialName, VerbatimKind.LinkText, VerbatimKind.ForeignTerm })
        {
            _byKind[kind] = new SpanSet(verbatim.Where(v => v.Kind == kind).Select(v => v.Span));
        }

        Analysis.Timings.Stop("prose: sets", t0);
    }

    /// <summary>
    /// True when the document records speech (a briefing transcript with speaker turns, a floor speech from a
    /// parliamentary record): its wording is the speakers', so the whole of it is verbatim.
    /// </summary>
    public bool IsRecordOfSpeech { get; }

    /// <summary>The blocks of prose: paragraphs, notes that are not paragraphs (plain-text notes), in source order.</summary>
    public ImmutableArray<TextSpan> Blocks { get; }

    /// <summary>Sentences of the prose blocks, in source order (headings are not included; each starts a sentence).</summary>
    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>Verbatim parts of the prose, ordered by start; spans of different kinds may nest.</summary>
    public ImmutableArray<VerbatimSpan> Verbatim { get; }

    /// <summary>
    /// True when a word at <paramref name="position"/> opens a sentence (or a heading, a list item, a table cell, or
    /// a clause after a colon), so its capital says nothing about whether it is a name.
    /// </summary>
    public bool IsSentenceStart(int position)
    {
        var i = Array.BinarySearch(_sentenceStarts, position);
        return i >= 0;
    }

    /// <summary>True when <paramref name="position"/> is in verbatim text of one of <paramref name="kinds"/>.</summary>
    public bool IsVerbatim(int position, VerbatimKind kinds = VerbatimKind.All)
    {
        foreach (var (kind, set) in _byKind)
        {
            if ((kinds & kind) != 0 && set.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any part of <paramref name="span"/> is verbatim text of one of <paramref name="kinds"/>.</summary>
    public bool OverlapsVerbatim(TextSpan span, VerbatimKind kinds = VerbatimKind.All)
    {
        foreach (var (kind, set) in _byKind)
        {
            if ((kinds & kind) != 0 && set.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verbatim kinds at <paramref name="position"/> (None for the author's own prose).</summary>
    public VerbatimKind KindsAt(int position)
    {
        var kinds = VerbatimKind.None;
        foreach (var (kind, set) in _byKind)
        {
            if (set.Contains(position))
            {
                kinds |= kind;
            }
        }

        return kinds;
    }

    /// <summary>
    /// True when a block reads as running text, not a cover, a byline or site furniture: it opens with a capital and
    /// its first sentence has at least five words, is not in title case, and ends with a full stop, question or exclamation mark.
    /// </summary>
    public static bool IsBodyText(ReadOnlySpan<char> block)
    {
        var t = block.TrimStart();
        if (t.Length == 0 || !char.IsUpper(t[0]))
        {
            return false;
        }

        var words = 1;
        for (var i = 1; i < t.Length && words <= 80; i++)
        {
            if (char.IsWhiteSpace(t[i]) && !char.IsWhiteSpace(t[i - 1]))
            {
                words++;
            }

            if (t[i] is '.' or '!' or '?' && (i + 1 == t.Length || char.IsWhiteSpace(t[i + 1])) && char.IsLetter(t[i - 1]))
            {
                return words >= 5 && !InTitleCase(t[..i]);
            }
        }

        return false;
    }

    /// <summary>Three in four of the longer words (four letters or more) capitalised: a title, even with a full stop.</summary>
    private static bool InTitleCase(ReadOnlySpan<char> sentence)
    {
        var longer = 0;
        var capitalised = 0;
        foreach (var range in sentence.SplitAny(" \t\r\n"))
        {
            var word = sentence[range].Trim("\"'“”‘’()[],;:");
            if (word.Length >= 4 && char.IsLetter(word[0]))
            {
                longer++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return longer >= 3 && capitalised * 4 >= longer * 3;
    }

    private static ImmutableArray<TextSpan> ProseBlocks(EditorialDocument document)
    {
        var blocks = document.Paragraphs.Select(p => p.Span).ToList();
        var paragraphs = new SpanSet(blocks);
        foreach (var d in document.FootnoteDefinitions)
        {
            if (!paragraphs.Contains(d.ContentSpan.Start) && d.ContentSpan.Length > 0)
            {
                blocks.Add(d.ContentSpan);
            }
        }

        return [.. blocks.OrderBy(b => b.Start)];
    }

    private static readonly FrozenSet<string> BibliographyHeadings = new[]
    {
        "references", "bibliography", "works cited", "literature", "sources", "further reading", "selected bibliography", "reference list",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every entry under a bibliography heading (References, Bibliography, Works cited) is a cited title.</summary>
    private static void Bibliography(EditorialDocument document, List<VerbatimSpan> verbatim)
    {
        foreach (var heading in document.Headings)
        {
            var name = heading.Text.Trim().TrimEnd(':').Trim();
            if (!BibliographyHeadings.Contains(name))
            {
                continue;
            }

            var next = document.Headings.FirstOrDefault(h => h.Index > heading.Index && h.Level <= heading.Level);
            var end = next?.Span.Start ?? document.Content.Length;
            if (end > heading.Span.End)
            {
                verbatim.Add(new VerbatimSpan(TextSpan.FromBounds(heading.Span.End, end), VerbatimKind.Title));
            }
        }
    }
}
