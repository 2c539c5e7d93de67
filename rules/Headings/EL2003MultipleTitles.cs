using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2003: more than one title (level-1 heading) in a draft that opens with one.</summary>
public sealed class EL2003MultipleTitles : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2003", "Multiple titles", "A second title (level-{0} heading); the draft's title is on line {1}",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A draft has one title; sections are level-2 headings.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [HeadingOptions.TitleLevel, FrontMatterTitle.Option];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var level = c.Options.Get(HeadingOptions.TitleLevel);
        var titles = c.Document.Headings.Where(h => h.Level == level).ToList();

        // A title set in front matter is the draft's title: every heading of the title's level is then an extra.
        if (FrontMatterTitle.Find(c) is { } frontMatter)
        {
            foreach (var extra in titles)
            {
                c.Report(Descriptor, extra.Span, [frontMatter], null, level, c.LineNumber(frontMatter.Start));
            }

            return;
        }

        if (titles.Count < 2)
        {
            return;
        }

        // Only when the draft opens with its title: then every further title is an extra.
        var firstContent = c.Document.Headings[0];
        if (firstContent.Level != level || c.Document.Paragraphs.Any(p => p.Span.Start < firstContent.Span.Start))
        {
            return;
        }

        foreach (var extra in titles.Skip(1))
        {
            c.Report(Descriptor, extra.Span, [titles[0].Span], null, level, c.LineNumber(titles[0].Span.Start));
        }
    });
}
