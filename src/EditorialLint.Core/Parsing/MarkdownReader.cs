using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Reads Markdown: Markdig gives the block structure (headings, paragraphs, code, HTML, links); footnotes are
/// scanned from the source in order, because Markdig's footnote tree drops unreferenced notes and reorders them.
/// </summary>
public static class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .Build();

    public static EditorialDocument Read(string path, SourceText sourceText, TextEncodingInfo encoding)
    {
        var text = sourceText.ToString();
        var tm = Analysis.Timings.Start();
        var markdown = Markdown.Parse(text, Pipeline);
        Analysis.Timings.Stop("parse: markdig", tm);

        var headings = new List<Heading>();
        var paragraphs = new List<Paragraph>();
        var skipped = new List<SkippedSpan>();
        var comments = new List<Comment>();
        var verbatim = new List<VerbatimSpan>();

        foreach (var node in markdown.Descendants())
        {
            switch (node)
            {
                case YamlFrontMatterBlock fm:
                    skipped.Add(new SkippedSpan(ToSpan(fm.Span, text), SkippedKind.FrontMatter));
                    break;
                case CodeBlock code: // fenced and indented
                    skipped.Add(new SkippedSpan(ToSpan(code.Span, text), SkippedKind.Code));
                    break;
                case HtmlBlock html:
                    skipped.Add(new SkippedSpan(ToSpan(html.Span, text), SkippedKind.Html));
                    break;
                case HeadingBlock h:
                    headings.Add(ReadHeading(h, text) with { Indent = IndentOf(h, text) });
                    break;
                case ParagraphBlock p:
                    paragraphs.Add(ReadParagraph(p, text));
                    break;
                case LinkReferenceDefinition def when !(def.Label?.StartsWith('^') ?? false):
                    // "[^1]: a" parses as a link definition, but it is a footnote: its label and text are read below.
                    skipped.Add(new SkippedSpan(ToSpan(def.Span, text), SkippedKind.LinkDestination));
                    break;
                case CodeInline ci:
                    skipped.Add(new SkippedSpan(ToSpan(ci.Span, text), SkippedKind.Code));
                    break;
                case AutolinkInline al:
                    skipped.Add(new SkippedSpan(ToSpan(al.Span, text), al.IsEmail ? SkippedKind.Email : SkippedKind.Url));
                    break;
                case HtmlInline hi:
                    skipped.Add(new SkippedSpan(ToSpan(hi.Span, text), SkippedKind.Html));
                    break;
                case LinkInline link:
                    ReadLink(link, text, skipped, verbatim);
                    break;
                case EmphasisInline em when em.DelimiterCount == 1 && ToSpan(em.Span, text) is { Length: > 2 } es && char.IsLetter(text[es.Start + 1]):
                    // *The Economist*, _Insight Turkey_: italics that open with a capital set a title of a work;
                    // _gromile_, *aes Cyprium*: lower-case italics set a foreign or technical term.
                    verbatim.Add(new VerbatimSpan(TextSpan.FromBounds(es.Start + 1, es.End - 1), char.IsUpper(text[es.Start + 1]) ? VerbatimKind.Title : VerbatimKind.ForeignTerm));
                    break;
            }
        }

        // TOML (+++) and JSON ({ … }) front matter, and YAML that Markdig did not take (an empty block): one
        // skipped span; nothing inside it is a heading or a paragraph.
        if (FindFrontMatter(text) is { } frontMatter && !skipped.Any(s => s.Kind == SkippedKind.FrontMatter && s.Span.Start <= frontMatter.Start))
        {
            skipped.RemoveAll(s => frontMatter.Contains(s.Span));
            headings.RemoveAll(h => frontMatter.Contains(h.Span.Start));
            paragraphs.RemoveAll(p => frontMatter.Contains(p.Span.Start));
            skipped.Add(new SkippedSpan(frontMatter, SkippedKind.FrontMatter));
        }

        var codeSpans = new SpanSet(skipped.Where(s => s.Kind is SkippedKind.Code or SkippedKind.FrontMatter).Select(s => s.Span));
        bool InCode(int position) => codeSpans.Contains(position);
        ProseScanner.ScanComments(text, InCode, comments, skipped);
        var beforeUrls = new SpanSet(skipped.Select(s => s.Span));
        ProseScanner.ScanUrlsAndEmails(text, beforeUrls.Contains, skipped);
        NonProseScanner.Scan(text, new SpanSet(skipped.Select(s => s.Span)).Contains, skipped);
        var all = new SpanSet(skipped.Select(s => s.Span));
        bool IsSkipped(int position) => all.Contains(position);
        var commentSet = new SpanSet(comments.Select(c => c.Span));

        headings = headings.OrderBy(h => h.Span.Start).Select((h, i) => h with { Index = i }).ToList();

        var definitions = ScanCaretDefinitions(sourceText, text, p => InCode(p) || commentSet.Contains(p));

        // A "Notes" heading opens a notes section; its numbered lines are the notes of bracketed references.
        NotesSection? notes = null;
        var noteHeading = headings.FirstOrDefault(h => ProseScanner.IsNotesHeading(h.Text));
        if (noteHeading is not null)
        {
            var next = headings.FirstOrDefault(h => h.Span.Start > noteHeading.Span.Start && h.Level <= noteHeading.Level);
            var end = next?.Span.Start ?? text.Length;
            notes = new NotesSection(TextSpan.FromBounds(noteHeading.Span.Start, end), noteHeading.Span, noteHeading.Text);
            var caretDefinitions = new SpanSet(definitions.Select(d => d.Span)); // a lookup, not a scan per line
            foreach (var line in sourceText.Lines)
            {
                if (line.Start < noteHeading.Span.End || line.Start >= end || InCode(line.Start))
                {
                    continue;
                }

                var lineSpan = line.Span;
                var probe = lineSpan.Start;
                while (probe < lineSpan.End && text[probe] is '-' or '*' or '+' or ' ')
                {
                    probe++; // "- [1] note" in a list
                }

                if (ProseScanner.TryParseNoteLine(text, TextSpan.FromBounds(probe, lineSpan.End), out var labelSpan, out var label, out var contentStart) &&
                    !caretDefinitions.Contains(line.Start) && !IsLinkDefinitionLine(text, labelSpan.End, lineSpan.End))
                {
                    definitions.Add(new FootnoteDefinition(TextSpan.FromBounds(labelSpan.Start, lineSpan.End), labelSpan, label, TextSpan.FromBounds(contentStart, lineSpan.End), FootnoteMarkerStyle.Bracket));
                }
            }

            definitions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        // Bracketed notes with no heading: a paragraph outside the notes section whose first line opens with a label
        // already cited above ("[1] Source, 2024."). Its numbered lines are notes, not more references.
        var noteParagraphs = new HashSet<TextSpan>();
        foreach (var p in paragraphs)
        {
            if ((notes is not null && notes.Span.Contains(p.Span.Start)) || p.Span.Length < 4 || text[p.Span.Start] != '[')
            {
                continue;
            }

            var firstLine = sourceText.Lines.GetLineFromPosition(p.Span.Start);
            // A note opens with a source ("Reuters", "“Title”", "See"); "[1] argues that…" is a citation in prose.
            if (!ProseScanner.TryParseNoteLine(text, TextSpan.FromBounds(p.Span.Start, firstLine.End), out var firstLabel, out _, out var firstContent) ||
                (firstContent < firstLine.End && char.IsLower(text[firstContent])) ||
                text.AsSpan(0, p.Span.Start).IndexOf(text.AsSpan(firstLabel.Start, firstLabel.Length), StringComparison.Ordinal) < 0)
            {
                continue;
            }

            noteParagraphs.Add(p.Span);
            FootnoteDefinition? current = null;
            for (var li = firstLine.LineNumber; li < sourceText.Lines.Count && sourceText.Lines[li].Start < p.Span.End; li++)
            {
                var line = sourceText.Lines[li];
                var lineEnd = Math.Min(line.End, p.Span.End);
                if (ProseScanner.TryParseNoteLine(text, TextSpan.FromBounds(line.Start, lineEnd), out var labelSpan, out var label, out var contentStart) && text[labelSpan.Start] == '[')
                {
                    if (current is not null)
                    {
                        definitions.Add(current);
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
                definitions.Add(current);
            }
        }

        definitions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        var references = new List<FootnoteReference>();
        var defLabelSpans = definitions.Select(d => d.LabelSpan).OrderBy(l => l.Start).ToArray();
        var defLabelEnds = new int[defLabelSpans.Length]; // the furthest end among the labels up to each one
        for (var i = 0; i < defLabelSpans.Length; i++)
        {
            defLabelEnds[i] = Math.Max(defLabelSpans[i].End, i > 0 ? defLabelEnds[i - 1] : 0);
        }

        foreach (var block in paragraphs.Select(p => p.Span).Where(s => !noteParagraphs.Contains(s)).Concat(headings.Select(h => h.ContentSpan)).OrderBy(s => s.Start))
        {
            ProseScanner.ScanReferences(text, block, IsSkipped, allowBracketNumbers: true, references);
        }

        references.RemoveAll(r => OverlapsAny(defLabelSpans, defLabelEnds, r.Span) ||
                                  (notes is not null && r.Style != FootnoteMarkerStyle.Caret && notes.Span.Contains(r.Span.Start)));
        // A draft whose notes are all Markdown footnotes ([^1]: ...) cites them with [^1]; a bare [1] in it is a
        // citation of some other list (a reference list, a source's own numbering), not a call of note 1.
        if (definitions.Count > 0 && definitions.All(d => d.Style == FootnoteMarkerStyle.Caret))
        {
            references.RemoveAll(r => r.Style == FootnoteMarkerStyle.Bracket);
        }

        references = references.GroupBy(r => r.Span.Start).Select(g => g.First()).OrderBy(r => r.Span.Start).ToList();
        foreach (var r in references)
        {
            skipped.Add(new SkippedSpan(r.Span, SkippedKind.FootnoteMarker));
        }

        references = ProseScanner.ExpandRanges(text, references);

        foreach (var d in definitions)
        {
            skipped.Add(new SkippedSpan(d.LabelSpan, SkippedKind.FootnoteMarker));
        }

        return new EditorialDocument(
            path,
            sourceText,
            DocumentKind.Markdown,
            encoding,
            [.. headings],
            [.. paragraphs.OrderBy(p => p.Span.Start)],
            [.. references],
            [.. definitions],
            notes,
            [.. comments.OrderBy(c => c.Span.Start)],
            [.. MergeSkipped(skipped)],
            [],
            [.. verbatim]);
    }

    /// <summary>
    /// A link: its destination (and title) is not prose; the label of a full reference link (<c>[text][label]</c>) is
    /// not prose either; its text is prose that no fix may rewrite (it often repeats a name or a title).
    /// </summary>
    private static void ReadLink(LinkInline link, string text, List<SkippedSpan> skipped, List<VerbatimSpan> verbatim)
    {
        var own = ToSpan(link.Span, text);
        if (own.Length > 2 && text[own.Start] == '[' && text[own.Start + 1] == '^')
        {
            return; // [^1] resolved against "[^1]: a" as if it were a link: it is a footnote call
        }

        if (!link.UrlSpan.IsEmpty)
        {
            // An inline link's destination and title run to its closing parenthesis. A reference link's
            // UrlSpan points into its definition elsewhere (already skipped): only that URL is skipped.
            var url = ToSpan(link.UrlSpan, text);
            var inline = own.Contains(url.Start) && own.End > url.End && text[own.End - 1] == ')';
            skipped.Add(new SkippedSpan(inline ? TextSpan.FromBounds(url.Start, own.End - 1) : url, SkippedKind.LinkDestination));
        }

        if (!link.LabelSpan.IsEmpty && !link.IsShortcut)
        {
            var label = ToSpan(link.LabelSpan, text);
            if (own.Contains(label.Start) && label.Start > own.Start + 1)
            {
                skipped.Add(new SkippedSpan(label, SkippedKind.LinkLabel));
            }
        }

        if (link.FirstChild is not null && link.LastChild is not null)
        {
            var first = ToSpan(link.FirstChild.Span, text);
            var last = ToSpan(link.LastChild.Span, text);
            if (first.Start >= own.Start && last.End <= own.End && last.End > first.Start)
            {
                verbatim.Add(new VerbatimSpan(TextSpan.FromBounds(first.Start, last.End), VerbatimKind.LinkText));
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="span"/> overlaps one of <paramref name="sorted"/> (sorted by start): a binary search,
    /// then a walk back while a label that far back can still reach the span (100,000 references × 100,000 notes was
    /// quadratic).
    /// </summary>
    private static bool OverlapsAny(TextSpan[] sorted, int[] furthestEnds, TextSpan span)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var j = lo - 1; j >= 0 && furthestEnds[j] > span.Start; j--)
        {
            if (sorted[j].OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Front matter at the very start of the draft, as static site generators read it: YAML between <c>---</c> lines,
    /// TOML between <c>+++</c> lines (or closed by <c>...</c>), JSON from a line <c>{</c> to a line <c>}</c>. Trailing
    /// spaces on the fence lines are allowed. The span runs to the end of the closing line.
    /// </summary>
    internal static TextSpan? FindFrontMatter(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var firstEnd = LineEnd(text, start);
        var first = text.AsSpan(start, firstEnd - start).TrimEnd(" \t\r");
        string[] closers = first switch
        {
            "---" => ["---"], // only empty YAML gets here: Markdig reads the rest (a lone rule is not front matter)
            "+++" => ["+++", "..."],
            "{" => ["}"],
            _ => [],
        };
        if (closers.Length == 0)
        {
            return null;
        }

        var pos = firstEnd < text.Length ? firstEnd + 1 : text.Length;
        while (pos < text.Length)
        {
            var end = LineEnd(text, pos);
            var line = text.AsSpan(pos, end - pos).TrimEnd(" \t\r");
            foreach (var closer in closers)
            {
                if (line.SequenceEqual(closer))
                {
                    return TextSpan.FromBounds(start, end);
                }
            }

            if (closers[0] == "---")
            {
                return null;
            }

            pos = end + 1;
        }

        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var nl = text.IndexOf('\n', start);
        return nl < 0 ? text.Length : nl;
    }

    internal static IEnumerable<SkippedSpan> MergeSkipped(List<SkippedSpan> skipped)
    {
        // Nested spans (a URL inside a link destination) are dropped; order by start.
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

    private static TextSpan ToSpan(SourceSpan span, string text)
    {
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End + 1, start, text.Length); // Markdig's End is inclusive
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>
    /// How far a heading starts to the right of where its innermost container's content starts on that line:
    /// <c> # H</c> is 1, <c>&gt;  ## H</c> is 1, <c>  # H</c> under a list item whose content is at column 2 is 0.
    /// </summary>
    private static int IndentOf(HeadingBlock h, string text)
    {
        var lineStart = h.Span.Start;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) // a lone CR ends a line too (CR-only files)
        {
            lineStart--;
        }

        int contentColumn;
        switch (h.Parent)
        {
            case MarkdownDocument:
                contentColumn = 0;
                break;
            case QuoteBlock:
                var marker = text.LastIndexOf('>', Math.Max(lineStart, h.Span.Start - 1), h.Span.Start - lineStart);
                if (marker < lineStart)
                {
                    return 0; // a lazy continuation line: no marker to measure from
                }

                contentColumn = ColumnOf(text, lineStart, marker) + 1 + (marker + 1 < h.Span.Start && text[marker + 1] is ' ' or '\t' ? 1 : 0);
                break;
            case ListItemBlock item:
                contentColumn = item.Column + item.ColumnWidth;
                break;
            default:
                return 0;
        }

        return Math.Max(0, ColumnOf(text, lineStart, h.Span.Start) - contentColumn);
    }

    /// <summary>The column of <paramref name="position"/> in its line, tabs to the next multiple of 4 (CommonMark).</summary>
    private static int ColumnOf(string text, int lineStart, int position)
    {
        var column = 0;
        for (var i = lineStart; i < position; i++)
        {
            column = text[i] == '\t' ? (column / 4 + 1) * 4 : column + 1;
        }

        return column;
    }

    private static Heading ReadHeading(HeadingBlock h, string text)
    {
        var span = ToSpan(h.Span, text);
        int cs;
        int ce;
        if (h.IsSetext)
        {
            var firstLineEnd = text.IndexOf('\n', span.Start);
            var lastContentEnd = text.LastIndexOf('\n', Math.Max(span.Start, span.End - 1));
            cs = span.Start;
            ce = lastContentEnd > span.Start ? lastContentEnd : (firstLineEnd < 0 ? span.End : firstLineEnd);
        }
        else
        {
            cs = span.Start;
            while (cs < span.End && text[cs] == ' ')
            {
                cs++;
            }

            while (cs < span.End && text[cs] == '#')
            {
                cs++;
            }

            ce = span.End;
            while (ce > cs && char.IsWhiteSpace(text[ce - 1]))
            {
                ce--;
            }

            // Optional closing sequence: " ##".
            var k = ce;
            while (k > cs && text[k - 1] == '#')
            {
                k--;
            }

            if (k < ce && (k == cs || text[k - 1] is ' ' or '\t'))
            {
                ce = k;
            }
        }

        while (cs < ce && char.IsWhiteSpace(text[cs]))
        {
            cs++;
        }

        while (ce > cs && char.IsWhiteSpace(text[ce - 1]))
        {
            ce--;
        }

        var content = TextSpan.FromBounds(cs, ce);
        return new Heading(span, content, h.Level, text.Substring(cs, ce - cs), h.IsSetext ? HeadingStyle.Setext : HeadingStyle.Atx);
    }

    private static Paragraph ReadParagraph(ParagraphBlock p, string text)
    {
        var span = ToSpan(p.Span, text);
        while (span.Length > 0 && char.IsWhiteSpace(text[span.End - 1]))
        {
            span = TextSpan.FromBounds(span.Start, span.End - 1);
        }

        var isQuote = p.Parent is QuoteBlock || (p.Parent?.Parent is QuoteBlock);
        var isListItem = false;
        for (var b = p.Parent; b is not null; b = b.Parent)
        {
            isListItem |= b is ListItemBlock;
        }

        var paragraph = new Paragraph(span) { IsQuote = isQuote, IsListItem = isListItem };
        if (p.Inline is { } inline && !text.AsSpan(span.Start, span.Length).Contains('\n') && SoleEmphasis(inline) is { } em)
        {
            var es = ToSpan(em.Span, text);
            var d = em.DelimiterCount;
            var inner = TextSpan.FromBounds(Math.Min(es.Start + d, es.End), Math.Max(es.Start + d, es.End - d));
            paragraph = paragraph with { IsEmphasisOnly = true, EmphasisContentSpan = inner };
        }

        return paragraph;
    }

    /// <summary>
    /// The paragraph's only inline when it is emphasis around plain text (nested emphasis allowed), with HTML comments
    /// and spaces beside it ignored; null otherwise.
    /// </summary>
    private static EmphasisInline? SoleEmphasis(ContainerInline inline)
    {
        EmphasisInline? found = null;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case EmphasisInline em when found is null && em.DelimiterCount >= 1 && IsPlainText(em):
                    found = em;
                    break;
                case HtmlInline html when html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    break;
                case LiteralInline lit when lit.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }

        return found;
    }

    private static bool IsPlainText(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not LiteralInline && !(child is EmphasisInline nested && IsPlainText(nested)))
            {
                return false;
            }
        }

        return true;
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

    private static List<FootnoteDefinition> ScanCaretDefinitions(SourceText sourceText, string text, Func<int, bool> inCode)
    {
        var result = new List<FootnoteDefinition>();
        var lines = sourceText.Lines;
        for (var li = 0; li < lines.Count; li++)
        {
            var line = lines[li];
            var s = line.Start;
            while (s < line.End && s - line.Start < 4 && text[s] == ' ')
            {
                s++;
            }

            // Definitions inside block quotes and list items: "> [^1]: text", "* [^1]: text".
            var quoted = false;
            while (s + 1 < line.End && (text[s] == '>' || (text[s] is '*' or '-' or '+' && text[s + 1] == ' ')))
            {
                quoted = true;
                s++;
                while (s < line.End && text[s] == ' ')
                {
                    s++;
                }
            }

            if ((!quoted && s - line.Start > 3) || s + 4 > line.End || text[s] != '[' || text[s + 1] != '^' || inCode(s))
            {
                continue;
            }

            var close = text.IndexOf(']', s + 2, line.End - s - 2);
            if (close < 0 || close == s + 2 || close + 1 >= line.End || text[close + 1] != ':')
            {
                continue;
            }

            var label = text[(s + 2)..close];
            if (label.Any(char.IsWhiteSpace))
            {
                continue;
            }

            // A definition may open with another one, as GFM reads it: "[^3]: [^4]: text" defines 3 (empty) and 4.
            var chain = new List<(int Start, int Close, string Label)> { (s, close, label) };
            while (true)
            {
                var k = chain[^1].Close + 2;
                while (k < line.End && text[k] is ' ' or '\t')
                {
                    k++;
                }

                var kc = k + 3 < line.End && text[k] == '[' && text[k + 1] == '^' ? text.IndexOf(']', k + 2, line.End - k - 2) : -1;
                if (kc <= k + 2 || kc + 1 >= line.End || text[kc + 1] != ':' || text.AsSpan(k + 2, kc - k - 2).ContainsAny(" \t["))
                {
                    break;
                }

                chain.Add((k, kc, text[(k + 2)..kc]));
            }

            for (var ci = 0; ci + 1 < chain.Count; ci++)
            {
                var (os, oc, ol) = chain[ci];
                var next = chain[ci + 1].Start;
                result.Add(new FootnoteDefinition(TextSpan.FromBounds(os, oc + 2), TextSpan.FromBounds(os, oc + 2), ol, TextSpan.FromBounds(next, next), FootnoteMarkerStyle.Caret));
            }

            (s, close, label) = chain[^1];

            // The note runs to the first blank line after which the text is not indented.
            var end = line.End;
            var lj = li + 1;
            while (lj < lines.Count)
            {
                var l = lines[lj];
                var lineText = text.AsSpan(l.Start, l.End - l.Start);
                if (ProseScanner.IsBlank(lineText))
                {
                    if (lj + 1 < lines.Count && lines[lj + 1].End > lines[lj + 1].Start && text[lines[lj + 1].Start] is ' ' or '\t' && !ProseScanner.IsBlank(text.AsSpan(lines[lj + 1].Start, lines[lj + 1].End - lines[lj + 1].Start)))
                    {
                        lj++;
                        continue;
                    }

                    break;
                }

                var trimmed = lineText.TrimStart(" \t>*-+");
                if (trimmed.StartsWith("[^") && trimmed.IndexOf("]:") > 0)
                {
                    break;
                }

                if (trimmed.StartsWith("#"))
                {
                    break;
                }

                end = l.End;
                lj++;
            }

            var contentStart = close + 2;
            while (contentStart < end && text[contentStart] is ' ' or '\t')
            {
                contentStart++;
            }

            result.Add(new FootnoteDefinition(TextSpan.FromBounds(s, end), TextSpan.FromBounds(s, close + 2), label, TextSpan.FromBounds(contentStart, end), FootnoteMarkerStyle.Caret));
            li = lj - 1;
        }

        return result;
    }
}
