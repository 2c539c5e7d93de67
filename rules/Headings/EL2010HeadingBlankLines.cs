using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Headings;

/// <summary>
/// EL2010: a Markdown heading without a blank line above or below it (markdownlint's MD022). The counts are options,
/// one number or one per level: <c>editorial_lint.heading_lines_above = 1</c>, <c>heading_lines_below = 1,1,1,-1</c>;
/// -1 leaves that side unchecked.
/// </summary>
public sealed class EL2010HeadingBlankLines : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2010", "Heading without blank lines", "Heading needs {0} blank line{1} {2} it, found {3}",
        RuleCategories.Headings, DiagnosticSeverity.Info, isEnabledByDefault: false,
        description: "A heading glued to the paragraph above or below it is easy to miss in the source and, in some Markdown converters, is not a heading at all.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>Blank lines needed above a heading.</summary>
    public static readonly RuleOption<string?> LinesAbove = RuleOption.Levels(
        "heading_lines_above", "1",
        "Blank lines needed above a heading: one number, or one per level (1,2,1); -1 leaves the side unchecked.");

    /// <summary>Blank lines needed below a heading.</summary>
    public static readonly RuleOption<string?> LinesBelow = RuleOption.Levels(
        "heading_lines_below", "1",
        "Blank lines needed below a heading: one number, or one per level (1,2,1); -1 leaves the side unchecked.");

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [LinesAbove, LinesBelow];

    public override void Initialize(RuleContext context) => context.RegisterHeadingAction(c =>
    {
        var doc = c.Document;
        var heading = c.Heading;
        if (doc.Kind != DocumentKind.Markdown)
        {
            return; // plain-text headings are found by the blank lines around them
        }

        // Lines as Markdown sees them: broken by LF, CRLF or CR only. SourceText also breaks at U+2028, U+2029 and
        // U+0085, which Markdig keeps inside a line; counting those would make a fix that never satisfies the rule.
        var content = doc.Content;
        var firstStart = LineStart(content, heading.Span.Start);
        var firstEnd = LineEnd(content, heading.Span.Start);
        var lastStart = LineStart(content, Math.Max(heading.Span.Start, heading.Span.End - 1));
        var lastEnd = LineEnd(content, lastStart);
        var bodyStart = BodyStart(doc);
        var above = Required(c.Options.Get(LinesAbove), heading.Level);
        var below = Required(c.Options.Get(LinesBelow), heading.Level);
        var prefix = QuotePrefix(content, firstStart, heading.Span.Start);
        var newline = LineBreak(content, firstStart, firstEnd);
        var reported = TextSpan.FromBounds(heading.Span.Start, Math.Max(heading.Span.Start, firstEnd));

        // Above: the lines before the heading's first line, nearest first.
        var found = 0;
        var lineStart = firstStart;
        while (found < above)
        {
            if (lineStart == 0 || lineStart <= bodyStart)
            {
                found = above; // the text's start (or the end of front matter) counts as blank lines
                break;
            }

            var prevEnd = lineStart - (lineStart >= 2 && content[lineStart - 1] == '\n' && content[lineStart - 2] == '\r' ? 2 : 1);
            var prevStart = LineStart(content, prevEnd);
            if (prevStart < bodyStart || !IsBlank(doc, prevStart, prevEnd))
            {
                if (prevStart < bodyStart)
                {
                    found = above;
                }

                break;
            }

            found++;
            lineStart = prevStart;
        }

        Report(above, found, "above", firstStart);

        // Below: the lines after the heading's last line.
        found = 0;
        var lineEnd = lastEnd;
        while (found < below)
        {
            var breakLength = BreakLength(content, lineEnd);
            if (breakLength == 0)
            {
                found = below; // the text's end counts as blank lines
                break;
            }

            var nextStart = lineEnd + breakLength;
            var nextEnd = LineEnd(content, nextStart);
            if (!IsBlank(doc, nextStart, nextEnd))
            {
                break;
            }

            found++;
            lineEnd = nextEnd;
        }

        Report(below, found, "below", lastEnd + BreakLength(content, lastEnd));

        void Report(int required, int found, string side, int insertAt)
        {
            if (found < required)
            {
                var insert = string.Concat(Enumerable.Repeat(prefix + newline, required - found));
                c.Report(Descriptor, reported, CodeFix.Insert($"Insert a blank line {side} the heading", insertAt, insert, FixSafety.Safe),
                    Count(required), required == 1 ? "" : "s", side, Count(found));
            }
        }
    });

    private static int LineStart(string text, int position)
    {
        var i = Math.Min(position, text.Length);
        while (i > 0 && text[i - 1] is not ('\n' or '\r'))
        {
            i--;
        }

        return i;
    }

    private static int LineEnd(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] is not ('\n' or '\r'))
        {
            i++;
        }

        return i;
    }

    private static int BreakLength(string text, int lineEnd) =>
        lineEnd >= text.Length ? 0 : text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1;

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1" for every level, or "1,2,3,-1" one per level (a level past the list: 1); -1 is unchecked.</summary>
    internal static int Required(string? option, int level)
    {
        if (string.IsNullOrWhiteSpace(option))
        {
            return 1;
        }

        var parts = option.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            return int.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var all) ? all : 1;
        }

        return level - 1 < parts.Length && int.TryParse(parts[level - 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var one) ? one : 1;
    }

    /// <summary>
    /// Where the Markdown body starts: front matter is not part of it, so a heading right after it is at the top. Lines
    /// before it count as blank.
    /// </summary>
    private static int BodyStart(EditorialDocument doc)
    {
        var start = 0;
        foreach (var skipped in doc.SkippedSpans)
        {
            if (skipped.Span.Start > 0)
            {
                break; // sorted by start: only spans at the very top can be front matter (not a scan per heading)
            }

            if (skipped.Kind == SkippedKind.FrontMatter && skipped.Span.Length > 0)
            {
                var lastLineEnd = LineEnd(doc.Content, LineStart(doc.Content, skipped.Span.End - 1));
                start = lastLineEnd + BreakLength(doc.Content, lastLineEnd);
            }
        }

        return start;
    }

    /// <summary>
    /// A line of only spaces, block-quote markers and HTML comments is blank (the document's comments, so one that
    /// runs over several lines counts on each of them).
    /// </summary>
    private static bool IsBlank(EditorialDocument doc, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (doc.Content[i] is not (' ' or '\t' or '>') && !doc.Comments.Any(c => c.Span.Contains(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The block-quote markers in front of the heading (<c>&gt; &gt;</c>), so an inserted line stays in the quote.</summary>
    private static string QuotePrefix(string text, int lineStart, int headingStart)
    {
        var marker = text.LastIndexOf('>', Math.Max(lineStart, headingStart - 1), headingStart - lineStart);
        if (marker < lineStart)
        {
            return "";
        }

        var chars = text.ToCharArray(lineStart, marker + 1 - lineStart);
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] is '>' or '\t' ? chars[i] : ' '; // a list marker on the same line becomes its width in spaces
        }

        return new string(chars);
    }

    /// <summary>The heading line's own line break, else the one before it, else "\n".</summary>
    private static string LineBreak(string text, int lineStart, int lineEnd)
    {
        var own = BreakLength(text, lineEnd);
        if (own > 0)
        {
            return text.Substring(lineEnd, own);
        }

        if (lineStart > 0)
        {
            return lineStart >= 2 && text[lineStart - 1] == '\n' && text[lineStart - 2] == '\r' ? "\r\n" : text[(lineStart - 1)..lineStart];
        }

        return "\n";
    }
}
