using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// The structure step of the Markdown reader: Markdig gives the blocks and inlines. Headings, paragraphs, code, HTML,
/// front matter, link destinations and labels are recorded; link text and italics are verbatim.
/// </summary>
internal sealed class MarkdigStructureStep : IDocumentScanner
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .Build();

    public void Scan(DocumentBuilder builder)
    {
        var tm = Analysis.Timings.Start();
        var markdown = Markdown.Parse(MarkdigInput.Tame(builder.Text), Pipeline);
        Analysis.Timings.Stop("parse: markdig", tm);
        foreach (var node in markdown.Descendants())
        {
            Visit(node, builder);
        }

        var sorted = builder.Headings.OrderBy(h => h.Span.Start).ToList();
        builder.Headings.Clear();
        builder.Headings.AddRange(sorted);
    }

    private static void Visit(MarkdownObject node, DocumentBuilder builder)
    {
        var text = builder.Text;
        var skipped = builder.Skipped;
        switch (node)
        {
            case YamlFrontMatterBlock fm:
                skipped.Add(new SkippedSpan(MarkdigSpans.ToSpan(fm.Span, text), SkippedKind.FrontMatter));
                break;
            case CodeBlock code: // fenced and indented
                skipped.Add(new SkippedSpan(MarkdigSpans.ToSpan(code.Span, text), SkippedKind.Code));
                break;
            case HtmlBlock html:
                skipped.Add(new SkippedSpan(MarkdigSpans.ToSpan(html.Span, text), SkippedKind.Html));
                break;
            case HeadingBlock h:
                builder.Headings.Add(MarkdownHeadings.Read(h, text) with { Indent = MarkdownHeadings.IndentOf(h, text) });
                break;
            case ParagraphBlock p:
                builder.Paragraphs.Add(MarkdownParagraphs.Read(p, text));
                break;
            case LinkReferenceDefinition def when !(def.Label?.StartsWith('^') ?? false):
                // "[^1]: a" parses as a link definition, but it is a footnote: its label and text are read later.
                skipped.Add(new SkippedSpan(MarkdigSpans.ToSpan(def.Span, text), SkippedKind.LinkDestination));
                break;
            case CodeInline ci:
                skipped.Add(new SkippedSpan(MarkdigSpans.ToSpan(ci.Span, text), SkippedKind.Code));
                break;
            case AutolinkInline al:
                skipped.Add(new SkippedSpan(MarkdigSpans.ToSpan(al.Span, text), al.IsEmail ? SkippedKind.Email : SkippedKind.Url));
                break;
            case HtmlInline hi:
                skipped.Add(new SkippedSpan(MarkdigSpans.ToSpan(hi.Span, text), SkippedKind.Html));
                break;
            case LinkInline link:
                MarkdownLinks.Read(link, text, skipped, builder.Verbatim);
                break;
            case EmphasisInline em when em.DelimiterCount == 1 && MarkdigSpans.ToSpan(em.Span, text) is { Length: > 2 } es && char.IsLetter(text[es.Start + 1]):
                // *The Economist*, _Insight Turkey_: italics that open with a capital set a title of a work;
                // _gromile_, *aes Cyprium*: lower-case italics set a foreign or technical term.
                builder.Verbatim.Add(new VerbatimSpan(TextSpan.FromBounds(es.Start + 1, es.End - 1), char.IsUpper(text[es.Start + 1]) ? VerbatimKind.Title : VerbatimKind.ForeignTerm));
                break;
        }
    }
}
