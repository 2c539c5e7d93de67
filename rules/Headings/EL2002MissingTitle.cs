using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2002: the draft does not open with a title (a level-1 heading).</summary>
public sealed class EL2002MissingTitle : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2002", "Missing title", "The draft does not start with a title (a level-{0} heading)",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A draft opens with its title.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>Whether text before the first heading may stand above the title.</summary>
    public static readonly RuleOption<bool> AllowPreamble = RuleOption.Bool(
        "title_allow_preamble", false,
        "Accept a draft whose title heading comes after some text (a cover or a standfirst), as markdownlint's MD041 allow_preamble does.");

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [HeadingOptions.TitleLevel, AllowPreamble, FrontMatterTitle.Option];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var doc = c.Document;
        var level = c.Options.Get(HeadingOptions.TitleLevel);
        var text = doc.Content;
        if (FrontMatterTitle.Find(c) is not null)
        {
            return; // the front matter sets the title
        }

        // The first thing that is not blank, a comment or front matter.
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')
            {
                i++;
                continue;
            }

            var skipped = doc.SkippedSpans.FirstOrDefault(s => s.Span.Contains(i) && s.Kind is SkippedKind.FrontMatter or SkippedKind.Html);
            if (skipped.Span.Length > 0 && (skipped.Kind == SkippedKind.FrontMatter || doc.Comments.Any(cm => cm.Span == skipped.Span)))
            {
                i = skipped.Span.End;
                continue;
            }

            // A running header above the title (page furniture) is not the start of the draft.
            var furniture = doc.PageFurniture.FirstOrDefault(f => f.Contains(i));
            if (furniture.Length > 0)
            {
                i = furniture.End;
                continue;
            }

            break;
        }

        if (i >= text.Length)
        {
            return;
        }

        // An HTML heading of the title's level counts: <h1>Title</h1>.
        if (string.CompareOrdinal(text, i, $"<h{level}", 0, 3) == 0 || string.CompareOrdinal(text, i, $"<H{level}", 0, 3) == 0)
        {
            return;
        }

        var first = doc.Headings.FirstOrDefault(h => h.Span.Contains(i));
        if (first is not null && first.Level == level)
        {
            return;
        }

        // Text extracted from a PDF or a web page often opens with a cover (a page number, a site name, an archive
        // stamp, the title and the author on consecutive lines) that layout alone cannot tell apart: only a draft
        // that opens straight into running text has certainly lost its title.
        if (doc.Kind == DocumentKind.PlainText && first is null && doc.Paragraphs.FirstOrDefault(p => p.Span.Contains(i)) is { } opening &&
            !ProseView.IsBodyText(doc.Slice(opening.Span)))
        {
            return;
        }

        // A Markdown draft that opens with a metadata list ("- Feature Name: …", "- Start Date: …", as RFC templates
        // do) has its title set by the template, like front matter.
        if (doc.Kind == DocumentKind.Markdown && IsMetadataList(text, i))
        {
            return;
        }

        // With a preamble allowed (text before the title, as in a newsletter's standfirst), the first heading of the
        // draft must be the title; the finding then sits on that heading. A draft with no heading at all has no title.
        var at = i;
        if (c.Options.Get(AllowPreamble) && FirstHeading(doc, i) is { } heading)
        {
            if (heading.Level == level)
            {
                return;
            }

            at = heading.Start;
        }

        var line = doc.Text.Lines.GetLineFromPosition(at);
        c.Report(Descriptor, TextSpan.FromBounds(at, Math.Max(at, line.End)), null, level);
    });

    /// <summary>The lines from <paramref name="start"/> to the first blank line are all "- Key: value" items.</summary>
    private static bool IsMetadataList(string text, int start)
    {
        var items = 0;
        var i = start;
        while (i < text.Length)
        {
            var end = text.IndexOf('\n', i);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(i, end - i).TrimEnd('\r');
            if (line.IsWhiteSpace())
            {
                break;
            }

            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (line.Length < 4 || line[0] is not ('-' or '*') || line[1] != ' ' || !char.IsUpper(line[2]) || colon < 3 || colon > 32)
            {
                return false;
            }

            items++;
            i = end + 1;
        }

        return items >= 2;
    }

    /// <summary>The first heading at or after <paramref name="from"/>: Markdown, or an HTML block opening with &lt;h1&gt;…&lt;h6&gt;.</summary>
    private static (int Start, int Level)? FirstHeading(EditorialDocument doc, int from)
    {
        (int Start, int Level)? best = doc.Headings.FirstOrDefault(h => h.Span.Start >= from) is { } h ? (h.Span.Start, h.Level) : null;
        var text = doc.Content;
        foreach (var s in doc.SkippedSpans)
        {
            if (s.Span.Start < from || (best is { } b && s.Span.Start >= b.Start))
            {
                continue;
            }

            var k = s.Span.Start;
            if (s.Kind == SkippedKind.Html && k + 3 < text.Length && text[k] == '<' && text[k + 1] is 'h' or 'H' && text[k + 2] is >= '1' and <= '6' &&
                text[k + 3] is '>' or ' ' && (k == 0 || text[k - 1] == '\n'))
            {
                best = (k, text[k + 2] - '0');
            }
        }

        return best;
    }
}
