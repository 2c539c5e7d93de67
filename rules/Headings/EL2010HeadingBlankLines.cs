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
        helpLinkUri: "rules/Headings/EL2010HeadingBlankLines.md", customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterHeadingAction(c =>
    {
        var doc = c.Document;
        var heading = c.Heading;
        if (doc.Kind != DocumentKind.Markdown)
        {
            return; // plain-text headings are found by the blank lines around them
        }

        var lines = doc.Text.Lines;
        var first = lines.GetLineFromPosition(heading.Span.Start).LineNumber;
        var last = lines.GetLineFromPosition(Math.Max(heading.Span.Start, heading.Span.End - 1)).LineNumber;
        var (firstLine, lastLine) = Content(doc);
        var above = Required(c.Options.GetString("heading_lines_above"), heading.Level);
        var below = Required(c.Options.GetString("heading_lines_below"), heading.Level);
        var prefix = QuotePrefix(doc.Content, lines[first].Start, heading.Span.Start);
        var newline = LineBreak(doc, first);
        var reported = TextSpan.FromBounds(heading.Span.Start, Math.Max(heading.Span.Start, lines[first].End));

        Check(above, "above", first, -1, lines[first].Start);
        Check(below, "below", last, +1, lines[last].EndIncludingLineBreak);

        // Count the blank lines on one side (up to the number required) and report the shortfall with its fix.
        void Check(int required, string side, int from, int step, int insertAt)
        {
            var found = 0;
            while (found < required && IsBlank(doc, from + step * (found + 1), firstLine, lastLine))
            {
                found++;
            }

            if (found < required)
            {
                var insert = string.Concat(Enumerable.Repeat(prefix + newline, required - found));
                c.Report(Descriptor, reported, CodeFix.Insert($"Insert a blank line {side} the heading", insertAt, insert, FixSafety.Safe),
                    Count(required), required == 1 ? "" : "s", side, Count(found));
            }
        }
    });

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

    /// <summary>The lines of the Markdown body: front matter is not part of it, so a heading right after it is at the top.</summary>
    private static (int First, int Last) Content(EditorialDocument doc)
    {
        var first = 0;
        foreach (var skipped in doc.SkippedSpans)
        {
            if (skipped.Kind == SkippedKind.FrontMatter && skipped.Span.Start == 0 && skipped.Span.Length > 0)
            {
                first = doc.Text.Lines.GetLineFromPosition(skipped.Span.End - 1).LineNumber + 1;
            }
        }

        return (first, doc.Text.Lines.Count - 1);
    }

    /// <summary>
    /// A line before the body or past its end counts as blank, as does a line of only spaces, block-quote markers and
    /// HTML comments (the document's comments, so one that runs over several lines counts on each of them).
    /// </summary>
    private static bool IsBlank(EditorialDocument doc, int line, int first, int last)
    {
        if (line < first || line > last)
        {
            return true;
        }

        var span = doc.Text.Lines[line].Span;
        for (var i = span.Start; i < span.End; i++)
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
    private static string LineBreak(EditorialDocument doc, int line)
    {
        var lines = doc.Text.Lines;
        for (var i = line; i >= 0 && i >= line - 1; i--)
        {
            var l = lines[i];
            if (l.EndIncludingLineBreak > l.End)
            {
                return doc.Content[l.End..l.EndIncludingLineBreak];
            }
        }

        return "\n";
    }
}
