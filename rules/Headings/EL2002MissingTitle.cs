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
        description: "A draft opens with its title.", helpLinkUri: "rules/Headings/EL2002MissingTitle.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var doc = c.Document;
        var level = c.Options.GetInt("title_level", 1);
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
        if (first is null || first.Level != level)
        {
            var line = doc.Text.Lines.GetLineFromPosition(i);
            c.Report(Descriptor, TextSpan.FromBounds(i, Math.Max(i, line.End)), null, level);
        }
    });
}
