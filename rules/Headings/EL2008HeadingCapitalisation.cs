using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>
/// EL2008: heading capitalisation against the configured style (<c>editorial_lint.heading_case = title|sentence</c>),
/// or, without one, inconsistent within the draft (the majority style wins). The title itself is judged like the other
/// headings. Headings that read the same in both styles ("Introduction", "Türkiye and the EU") never count.
/// </summary>
public sealed class EL2008HeadingCapitalisation : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2008", "Heading capitalisation", "Heading is not in {0} ('{1}'){2}",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Headings follow one capitalisation style: title case (small words lower case) or sentence case (names capitalised).");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>The house style for headings, or auto for the draft's majority.</summary>
    public static readonly RuleOption<string> Case = RuleOption.Choice(
        "heading_case", "auto", ["auto", "title", "sentence"],
        "title or sentence case for every heading; auto takes the draft's majority style and leaves the title out of the vote.");

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [Case, HeadingOptions.TitleLevel];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        // In text extracted from a PDF an all-capitals heading is the layout's typography (caps or small caps), not
        // the author's casing: it is not judged there. In Markdown the author typed it.
        var plainText = c.Document.Kind == Core.Syntax.DocumentKind.PlainText;
        var headings = c.Document.Headings
            .Where(h => h.Text.Length > 0 && h.Text.Any(char.IsLetter))
            .Where(h => !(plainText && h.Text.All(ch => !char.IsLetter(ch) || char.IsUpper(ch))))
            .ToList();
        if (headings.Count == 0)
        {
            return;
        }

        var names = HeadingCase.ProperNames(c.Document);
        var configured = c.Options.Get(Case);
        if (configured is not ("title" or "sentence") && headings.Count > 1 && headings[0].Level == c.Options.Get(HeadingOptions.TitleLevel))
        {
            // Many houses set the title in title case and the sections in sentence case: without a configured style
            // the sections are compared with each other, not with the title.
            headings.RemoveAt(0);
        }

        HeadingCase.Style want;
        var suffix = string.Empty;
        if (configured is "title" or "sentence")
        {
            want = configured == "title" ? HeadingCase.Style.Title : HeadingCase.Style.Sentence;
        }
        else
        {
            var styles = headings.Select(h => HeadingCase.Classify(h.Text, names, c.SpellChecker)).ToList();
            var titles = styles.Count(s => s == HeadingCase.Style.Title);
            var sentences = styles.Count(s => s == HeadingCase.Style.Sentence);
            if (titles == sentences)
            {
                return;
            }

            want = titles > sentences ? HeadingCase.Style.Title : HeadingCase.Style.Sentence;
            suffix = $"; the draft's other headings are in {(want == HeadingCase.Style.Title ? "title" : "sentence")} case";
        }

        foreach (var h in headings)
        {
            string? offending;
            var ok = want == HeadingCase.Style.Title
                ? HeadingCase.IsTitleCase(h.Text, c.SpellChecker, out offending)
                : HeadingCase.IsSentenceCase(h.Text, names, c.SpellChecker, out offending);
            if (!ok)
            {
                c.Report(Descriptor, h.ContentSpan, null, want == HeadingCase.Style.Title ? "title case" : "sentence case", offending, suffix);
            }
        }
    });
}
