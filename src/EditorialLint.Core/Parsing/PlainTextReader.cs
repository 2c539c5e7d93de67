using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Reads plain text such as a PDF extraction: blocks are separated by blank lines (lines of only spaces or NBSP are
/// blank), hard-wrapped lines are one paragraph, headings are found by layout, bracketed [n] are footnote
/// references, a "Notes"/"Endnotes" block holds the notes, and page furniture (page numbers, running headers and
/// footers) is recognised so that a paragraph it splits is read as one.
/// </summary>
public static class PlainTextReader
{
    private sealed record Block(int FirstLine, int LastLine, TextSpan Span);

    public static EditorialDocument Read(string path, SourceText sourceText, TextEncodingInfo encoding)
    {
        var text = sourceText.ToString();
        var lines = sourceText.Lines;
        var blocks = new List<Block>();
        var first = -1;
        for (var li = 0; li <= lines.Count; li++)
        {
            var blank = li == lines.Count || ProseScanner.IsBlank(text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start));
            if (!blank && first < 0)
            {
                first = li;
            }
            else if (blank && first >= 0)
            {
                blocks.Add(new Block(first, li - 1, Trim(text, TextSpan.FromBounds(lines[first].Start, lines[li - 1].End))));
                first = -1;
            }
        }

        var furnitureBlocks = FindFurniture(text, blocks);
        var headings = new List<Heading>();
        var paragraphs = new List<Paragraph>();
        var furniture = new List<TextSpan>();
        NotesSection? notes = null;
        var definitions = new List<FootnoteDefinition>();
        var skipped = new List<SkippedSpan>();
        var comments = new List<Comment>();

        var bodyBlocks = blocks.Where((b, i) => !furnitureBlocks.Contains(i)).ToList();
        foreach (var i in furnitureBlocks.Order())
        {
            furniture.Add(blocks[i].Span);
        }

        // Notes with no heading: the draft ends in blocks that each open with a bracketed or superscript label
        // ("[1] Anadolu Agency, 2024."), as PDF extractions often do. They are the notes, not more references.
        var unheadedNotesFrom = bodyBlocks.Count;
        while (unheadedNotesFrom > 1 && OpensWithNoteLabel(text, bodyBlocks[unheadedNotesFrom - 1].Span))
        {
            unheadedNotesFrom--;
        }

        var noteBlocks = new List<TextSpan>();
        Paragraph? pending = null;
        for (var bi = 0; bi < bodyBlocks.Count; bi++)
        {
            var block = bodyBlocks[bi];
            var blockText = text.AsSpan(block.Span.Start, block.Span.Length);
            if (notes is null && bi == unheadedNotesFrom)
            {
                Flush(ref pending, paragraphs);
                notes = new NotesSection(TextSpan.FromBounds(block.Span.Start, text.Length), new TextSpan(block.Span.Start, 0), string.Empty);
            }

            if (notes is not null)
            {
                ReadNoteLines(text, lines, block, definitions, bareNumbersAfter: notes.HeadingSpan.IsEmpty ? null : notes.Span.Start);
                continue;
            }

            // Footnotes at the foot of a page, inside the body: a block that opens with a label already cited above
            // ("[3] Reuters, 2024."). Read as notes; the paragraph around them may go on after the page break.
            if (bi > 0 && OpensWithNoteLabel(text, block.Span) && CitedBefore(text, block.Span))
            {
                ReadNoteLines(text, lines, block, definitions);
                noteBlocks.Add(block.Span);
                continue;
            }

            if (IsCodeBlock(text, lines, block))
            {
                Flush(ref pending, paragraphs);
                skipped.Add(new SkippedSpan(block.Span, SkippedKind.Code));
                continue;
            }

            var isFirst = bi == 0;
            var nextBlock = bi + 1 < bodyBlocks.Count ? bodyBlocks[bi + 1] : null;
            if (block.FirstLine == block.LastLine && ProseScanner.IsNotesHeading(blockText))
            {
                Flush(ref pending, paragraphs);
                var h = new Heading(block.Span, block.Span, isFirst ? 1 : 2, blockText.ToString(), HeadingStyle.Layout);
                headings.Add(h);
                notes = new NotesSection(TextSpan.FromBounds(block.Span.Start, text.Length), block.Span, blockText.ToString());
                continue;
            }

            if (block.FirstLine == block.LastLine && LooksLikeHeading(blockText, nextBlock is not null) &&
                !(!isFirst && pending is null && paragraphs.Count == 0 && IsByline(blockText)))
            {
                Flush(ref pending, paragraphs);
                headings.Add(new Heading(block.Span, block.Span, isFirst ? 1 : 2, blockText.ToString(), HeadingStyle.Layout));
                continue;
            }

            // A paragraph split by page furniture: the part before does not end a sentence and the part after starts
            // in lower case. Read them as one paragraph.
            if (pending is not null && furniture.Any(f => f.Start >= pending.Span.End && f.End <= block.Span.Start) &&
                !EndsSentence(text.AsSpan(pending.Span.Start, pending.Span.Length)) && blockText.Length > 0 && char.IsLower(blockText[0]))
            {
                pending = pending with { Span = TextSpan.FromBounds(pending.Span.Start, block.Span.End) };
                continue;
            }

            Flush(ref pending, paragraphs);
            pending = new Paragraph(block.Span);
        }

        Flush(ref pending, paragraphs);
        DemoteCoverLines(text, headings, paragraphs, notes);

        ProseScanner.ScanComments(text, _ => false, comments, skipped);
        var commentSpans = new SpanSet(skipped.Select(s => s.Span));
        ProseScanner.ScanUrlsAndEmails(text, commentSpans.Contains, skipped);
        NonProseScanner.Scan(text, new SpanSet(skipped.Select(s => s.Span)).Contains, skipped);
        var blocked = new SpanSet(skipped.Select(s => s.Span).Concat(furniture).Concat(noteBlocks));
        bool IsSkipped(int p) => blocked.Contains(p);

        var references = new List<FootnoteReference>();
        foreach (var p in paragraphs)
        {
            ProseScanner.ScanReferences(text, p.Span, IsSkipped, allowBracketNumbers: true, references);
        }

        // A PDF extraction flattens superscript calls into plain digits ("Central Europe.1", "education2"). Read
        // them as calls only when nothing else in the draft is one and the notes list confirms them.
        if (references.Count == 0 && definitions.Count >= 2)
        {
            var noteNumbers = definitions.Select(d => d.Number).OfType<int>().ToHashSet();
            foreach (var p in paragraphs)
            {
                ProseScanner.ScanFlattenedCalls(text, p.Span, IsSkipped, noteNumbers, references);
            }

            if (!ProseScanner.NotesConfirmFlattenedCalls(references, noteNumbers))
            {
                references.Clear();
            }
        }

        ProseScanner.AddMarkerSpans(skipped, references, definitions);
        references = ProseScanner.ExpandRanges(text, references);

        return new EditorialDocument(
            path,
            sourceText,
            DocumentKind.PlainText,
            encoding,
            [.. headings.Select((h, i) => h with { Index = i })],
            [.. paragraphs],
            [.. references],
            [.. definitions],
            notes,
            [.. comments],
            [.. MarkdownReader.MergeSkipped(skipped)],
            [.. furniture]);
    }

    /// <summary>
    /// The short lines between the title and the first paragraph are a cover, not sections: "Policy Brief No. 7",
    /// "Ayşe Kaya and Marko Petrović", a series line. The last of them, just above the text, is the first section's
    /// heading ("Introduction"); the ones before it are read as (one-line) paragraphs, so they are still
    /// spell-checked but not judged as headings.
    /// </summary>
    private static void DemoteCoverLines(string text, List<Heading> headings, List<Paragraph> paragraphs, NotesSection? notes)
    {
        if (headings.Count < 3 || headings[0].Level != 1)
        {
            return;
        }

        // The body starts with the first paragraph of prose: more than one line, or a sentence. A one-line date or
        // byline before it ("March 2026") is part of the cover.
        var bodyStart = paragraphs
            .Where(p => text.AsSpan(p.Span.Start, p.Span.Length).Contains('\n') || EndsSentence(text.AsSpan(p.Span.Start, p.Span.Length)))
            .Select(p => p.Span.Start).DefaultIfEmpty(int.MaxValue).First();
        var cover = headings.Skip(1).TakeWhile(h => h.Span.Start < bodyStart && (notes is null || h.Span.Start < notes.Span.Start)).ToList();
        if (cover.Count < 2 || bodyStart == int.MaxValue)
        {
            return;
        }

        foreach (var h in cover.SkipLast(1))
        {
            headings.Remove(h);
            paragraphs.Add(new Paragraph(h.Span));
        }

        paragraphs.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private static void Flush(ref Paragraph? pending, List<Paragraph> paragraphs)
    {
        if (pending is not null)
        {
            paragraphs.Add(pending);
            pending = null;
        }
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] == '\uFEFF'))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }

    private static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        while (t.Length > 0 && (t[^1] == ']' || char.IsDigit(t[^1]) || t[^1] is '"' or '\u201D' or '\u2019' or ')'))
        {
            // Skip a trailing footnote marker or closing quote: "...end.[4]" ends a sentence.
            var open = t[^1] == ']' ? t.LastIndexOf('[') : -1;
            t = open >= 0 ? t[..open] : t[..^1];
        }

        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or '\u2026';
    }

    /// <summary>
    /// A heading by layout: one line standing alone, short, no sentence punctuation at its end, starting with a capital
    /// or digit, and followed by more text.
    /// </summary>
    internal static bool LooksLikeHeading(ReadOnlySpan<char> line, bool hasFollowingText)
    {
        var t = line.Trim();
        if (!hasFollowingText || t.Length < 2 || t.Length > 120)
        {
            return false;
        }

        // Note calls after the last word do not hide a sentence end: "Another claim.³", "document this.¹,²", "so.12".
        var end = t.Length;
        while (end > 0 && (t[end - 1] is '¹' or '²' or '³' or ',' || (t[end - 1] >= '\u2070' && t[end - 1] <= '\u2079')))
        {
            end--;
        }

        if (end < t.Length && end > 0)
        {
            t = t[..end];
        }
        else if (t.Length > 2 && char.IsAsciiDigit(t[^1]))
        {
            var k = t.Length;
            while (k > 0 && char.IsAsciiDigit(t[k - 1]))
            {
                k--;
            }

            if (k > 0 && t[k - 1] is '.' or '!' or '?' or '"' or '\u201D' && t.Length - k <= 3)
            {
                t = t[..k];
            }
        }

        if (t[^1] is '.' or ',' or ';' or ']' or '"' or '\u201D' or ':')
        {
            return false;
        }

        if (IsBoilerplate(t))
        {
            return false;
        }

        // Two sentences on one line are prose: "Several studies document this.¹ Another claim".
        for (var k = 1; k + 2 < t.Length; k++)
        {
            if (t[k] is '.' or '!' or '?' && (t[k + 1] == ' ' || (t[k + 1] is '¹' or '²' or '³' || (t[k + 1] >= '\u2070' && t[k + 1] <= '\u2079'))) &&
                char.IsLower(t[k - 1]))
            {
                var j = k + 1;
                while (j < t.Length && (t[j] is ' ' or ',' or '¹' or '²' or '³' || (t[j] >= '\u2070' && t[j] <= '\u2079')))
                {
                    j++;
                }

                if (j < t.Length && j > k + 1 && char.IsUpper(t[j]))
                {
                    return false;
                }
            }
        }

        if (!char.IsUpper(t[0]) && !char.IsDigit(t[0]))
        {
            return false;
        }

        if (IsDateLine(t))
        {
            return false; // "12 February 2026", "Monday, 2 March 2026": a dateline, not a section
        }

        var words = 0;
        var letters = 0;
        foreach (var c in t)
        {
            if (c == ' ')
            {
                words++;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return words <= 16 && letters * 2 >= t.Length;
    }

    /// <summary>
    /// Lines of web and document-site pages that are not headings: a count ("218 views", "0 download"), a breadcrumb
    /// ("Insight Turkey > Commentaries |"), a line with an ellipsis ("Loading.... (View full text)"), a byline.
    /// </summary>
    internal static bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Contains("...", StringComparison.Ordinal) || t.Contains('\u2026') || IsByline(t))
        {
            return true;
        }

        if (t.Contains(" > ", StringComparison.Ordinal) || t.Contains(" \u00BB ", StringComparison.Ordinal) || t.Contains(" \u203A ", StringComparison.Ordinal) ||
            t.EndsWith(" |", StringComparison.Ordinal) || t.StartsWith("| ", StringComparison.Ordinal))
        {
            return true;
        }

        // A number and one lower-case word: a counter of a page, not a numbered section ("1 Introduction").
        var k = 0;
        while (k < t.Length && (char.IsAsciiDigit(t[k]) || (k > 0 && t[k] is ',' or '.')))
        {
            k++;
        }

        if (k > 0 && k < t.Length && t[k] == ' ')
        {
            var rest = t[(k + 1)..];
            return rest.Length > 0 && char.IsLower(rest[0]) && !rest.Contains(' ');
        }

        return false;
    }

    /// <summary>"By Ayşe Demir, Senior Analyst": "By" and a capitalised word (only asked between the title and the first paragraph).</summary>
    internal static bool IsByline(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.Length > 4 && t.StartsWith("By ", StringComparison.Ordinal) && char.IsUpper(t[3]);
    }

    private static readonly string[] DateWords =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "updated", "published", "posted", "on",
    ];

    /// <summary>A line of only month and weekday names, numbers (2, 2nd, 2026) and "published"/"updated"/"on", with a month.</summary>
    internal static bool IsDateLine(ReadOnlySpan<char> line)
    {
        var month = false;
        foreach (var range in line.SplitAny(" ,.\t"))
        {
            var w = line[range];
            if (w.Length == 0)
            {
                continue;
            }

            var digits = 0;
            while (digits < w.Length && char.IsAsciiDigit(w[digits]))
            {
                digits++;
            }

            if (digits > 0 && (digits == w.Length || w[digits..] is "st" or "nd" or "rd" or "th"))
            {
                continue;
            }

            var found = -1;
            for (var i = 0; i < DateWords.Length && found < 0; i++)
            {
                found = w.Equals(DateWords[i], StringComparison.OrdinalIgnoreCase) ? i : -1;
            }

            if (found < 0)
            {
                return false;
            }

            month |= found < 24;
        }

        return month;
    }

    /// <summary>
    /// Page furniture: a block that is only a page number ("12", "Page 3", "- 4 -", "3 / 12"), a block with a running
    /// header/footer shape (short lines with a bullet or pipe separator and digits), or a short block repeated
    /// verbatim elsewhere in the document (a running header). Returns block indexes.
    /// </summary>
    private static HashSet<int> FindFurniture(string text, List<Block> blocks)
    {
        var result = new HashSet<int>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in blocks)
        {
            if (b.LastLine - b.FirstLine <= 2 && b.Span.Length <= 120)
            {
                var key = NormaliseFurniture(text.AsSpan(b.Span.Start, b.Span.Length));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var t = text.AsSpan(b.Span.Start, b.Span.Length);
            var shortBlock = b.LastLine - b.FirstLine <= 2 && t.Length <= 120;
            var repeats = shortBlock ? counts.GetValueOrDefault(NormaliseFurniture(t)) : 0;
            var hasSeparator = t.Contains('\u2022') || t.Contains('|') || t.Contains('\u00B7');
            var digits = 0;
            foreach (var c in t)
            {
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }

            // A running header repeated on later pages: with a number in it, or a separator (• | · — –), or seen
            // three times or more. It may also be the first line of the text, above the title.
            var runningHeader = repeats >= 2 && (digits >= 1 || hasSeparator || t.Contains('\u2014') || t.Contains('\u2013') || repeats >= 3) &&
                                !IsCitationLabels(t);
            if (i == 0)
            {
                if (runningHeader && blocks.Count > 1)
                {
                    result.Add(i);
                }

                continue; // otherwise the first block is the title, never furniture
            }

            if (IsPageNumber(t) || runningHeader)
            {
                result.Add(i);
                continue;
            }

            // Seen once: a header or footer shape (a separator and a number) that interrupts a sentence. Between
            // whole paragraphs such a line is the draft's own (a cover line such as "Policy Brief | April 2026").
            if (shortBlock && hasSeparator && digits >= 2 && (SplitsSentence(text, blocks, i) || BesidePageNumber(text, blocks, i)))
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>
    /// Bibliography labels standing alone ("[Cop13]", "[Qui93] [RKB04]"): the keys of a reference list, which its
    /// citations repeat; not a running header.
    /// </summary>
    private static bool IsCitationLabels(ReadOnlySpan<char> block)
    {
        var t = block.Trim();
        if (t.Length < 3 || t[0] != '[')
        {
            return false;
        }

        foreach (var range in t.SplitAny(" \n\r\t"))
        {
            var part = t[range];
            if (part.Length > 0 && (part.Length < 3 || part[0] != '[' || part[^1] != ']' || part.Count('[') != 1 || !char.IsLetter(part[1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A block of program text printed in a paper: most of its lines end with ';', '{' or '}', open with a
    /// preprocessor directive or a comment, or call a function with no space before the bracket.
    /// </summary>
    private static bool IsCodeBlock(string text, TextLineCollection lines, Block block)
    {
        var codeLike = 0;
        var total = 0;
        for (var li = block.FirstLine; li <= block.LastLine; li++)
        {
            var line = text.AsSpan(lines[li].Start, lines[li].End - lines[li].Start).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            total++;
            var call = line.IndexOf('(');
            if (line[^1] is ';' or '{' or '}' || line.StartsWith("#define", StringComparison.Ordinal) || line.StartsWith("#include", StringComparison.Ordinal) ||
                line.StartsWith("//", StringComparison.Ordinal) || line.Contains("->", StringComparison.Ordinal) || line.Contains("==", StringComparison.Ordinal) ||
                line.Contains("&&", StringComparison.Ordinal) || line.Contains("__", StringComparison.Ordinal) || line.Contains("();", StringComparison.Ordinal) ||
                (call > 0 && line[call - 1] == '_') || (call > 0 && line[^1] == ')' && line[..call].Contains('_') && !line[..call].Contains(' ')))
            {
                codeLike++;
            }
        }

        return total >= 2 && codeLike * 3 >= total * 2;
    }

    /// <summary>A header or footer line printed right above or below a page number ("Page 2 of 6").</summary>
    private static bool BesidePageNumber(string text, List<Block> blocks, int i)
    {
        bool PageNumberAt(int k) => k >= 0 && k < blocks.Count && IsPageNumber(text.AsSpan(blocks[k].Span.Start, blocks[k].Span.Length));
        return PageNumberAt(i - 1) || PageNumberAt(i + 1);
    }

    /// <summary>The block before does not end a sentence and the block after goes on in lower case.</summary>
    private static bool SplitsSentence(string text, List<Block> blocks, int i)
    {
        if (i == 0 || i + 1 >= blocks.Count)
        {
            return false;
        }

        var before = text.AsSpan(blocks[i - 1].Span.Start, blocks[i - 1].Span.Length).TrimEnd();
        var after = text.AsSpan(blocks[i + 1].Span.Start, blocks[i + 1].Span.Length).TrimStart();
        return before.Length > 0 && after.Length > 0 && before[^1] is not ('.' or '!' or '?' or ':' or '”' or '"' or ')') &&
               (char.IsLower(after[0]) || IsPageNumber(after) || after[0] is ',' or ';');
    }

    private static string NormaliseFurniture(ReadOnlySpan<char> t)
    {
        var sb = new System.Text.StringBuilder(t.Length);
        foreach (var c in t)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.IsAsciiDigit(c) ? '#' : c);
            }
        }

        return sb.ToString();
    }

    private static bool IsPageNumber(ReadOnlySpan<char> t)
    {
        t = t.Trim();
        if (t.Length > 24)
        {
            return false; // a paragraph, decided before any search: the longest shape, "Page 1234 of 5678", has 17
        }

        if (t.StartsWith("Page ", StringComparison.OrdinalIgnoreCase))
        {
            t = t[5..].TrimStart().TrimStart('|');
        }
        else if (t.EndsWith(" Page", StringComparison.OrdinalIgnoreCase))
        {
            t = t[..^5].TrimEnd().TrimEnd('|'); // "3 | Page"
        }

        // "2 of 6" reads as "2 / 6".
        var of = t.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        if (of > 0 && t.LastIndexOf(" of ", StringComparison.OrdinalIgnoreCase) == of)
        {
            return IsPageNumber(t[..of]) && IsPageNumber(t[(of + 4)..]);
        }

        t = t.Trim().Trim('-').Trim();
        if (t.Length == 0 || t.Length > 12)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in t)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ' ' and not '/' and not '-')
            {
                return false;
            }
        }

        return digits is > 0 and <= 8;
    }

    /// <summary>
    /// The block opens with a bracketed or superscript label followed by a note's text, which starts with a source
    /// ("Reuters", "“Title”", "See") rather than a lower-case word ("[1] argues that…" is a citation in prose).
    /// </summary>
    private static bool OpensWithNoteLabel(string text, TextSpan block)
    {
        if (block.Length == 0 || (text[block.Start] != '[' && !ProseScanner.IsSuperscriptDigit(text[block.Start])))
        {
            return false;
        }

        var nl = text.IndexOf('\n', block.Start);
        var lineEnd = nl >= 0 && nl < block.End ? nl : block.End;
        return ProseScanner.TryParseNoteLine(text, TextSpan.FromBounds(block.Start, lineEnd), out _, out _, out var content) &&
               !(content < lineEnd && char.IsLower(text[content]));
    }

    /// <summary>Whether the label that opens the block ("[3]", "³") occurs earlier in the draft.</summary>
    private static bool CitedBefore(string text, TextSpan block)
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
            while (end < block.End && ProseScanner.IsSuperscriptDigit(text[end]))
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
    private static void ReadNoteLines(string text, TextLineCollection lines, Block block, List<FootnoteDefinition> definitions, int? bareNumbersAfter = null)
    {
        FootnoteDefinition? current = null;
        for (var li = block.FirstLine; li <= block.LastLine; li++)
        {
            var line = lines[li];
            if (ProseScanner.TryParseNoteLine(text, line.Span, out var labelSpan, out var label, out var contentStart, allowBareNumber: bareNumbersAfter is not null) &&
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
