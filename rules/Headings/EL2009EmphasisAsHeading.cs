using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2009: a line of bold or italic text standing alone where a heading belongs.</summary>
public sealed class EL2009EmphasisAsHeading : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2009", "Emphasis used as heading", "'{0}' is emphasis standing in for a heading",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A paragraph that is only bold or italic text, without closing punctuation, is a heading in disguise: it is missing from the outline.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>Endings that make an emphasised line a sentence, not a heading.</summary>
    public static readonly RuleOption<string> Punctuation = RuleOption.Text(
        "emphasis_heading_punctuation", ".,;:!?。，；：！？",
        "An emphasised line ending in one of these characters is a sentence, not a heading (markdownlint's MD036 punctuation).");

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [Punctuation, HeadingOptions.TitleLevel];

    public override void Initialize(RuleContext context) => context.RegisterParagraphAction(c =>
    {
        var p = c.Paragraph;
        if (!p.IsEmphasisOnly || p.IsQuote || p.IsListItem || p.EmphasisContentSpan.IsEmpty)
        {
            return;
        }

        var punctuation = c.Options.Get(Punctuation);
        var inner = c.Document.GetText(p.EmphasisContentSpan).Trim();
        if (inner.Length == 0 || punctuation.Contains(inner[^1], StringComparison.Ordinal))
        {
            return;
        }

        // An italic line straight under the title is a byline or standfirst ("*Milica Jovanović and Kerem Aydın*"),
        // not a disguised heading.
        if (IsUnderTitle(c) && IsItalic(c.Document.Content, p.Span.Start) && IsBylineOrStandfirst(inner))
        {
            return;
        }

        c.Report(Descriptor, p.Span, null, inner);
    });

    private static bool IsItalic(string text, int start) =>
        start < text.Length && text[start] is '*' or '_' && (start + 1 >= text.Length || text[start + 1] != text[start]);

    /// <summary>The paragraph follows the draft's title with nothing but blank lines (or other such lines) between.</summary>
    private static bool IsUnderTitle(ParagraphAnalysisContext c)
    {
        var doc = c.Document;
        var level = c.Options.Get(HeadingOptions.TitleLevel);
        var title = doc.Headings.FirstOrDefault();
        if (title is null || title.Level != level || title.Span.End > c.Paragraph.Span.Start)
        {
            return false;
        }

        foreach (var other in doc.Paragraphs)
        {
            if (other.Span.Start >= c.Paragraph.Span.Start)
            {
                break;
            }

            if (other.Span.Start > title.Span.End && !(other.IsEmphasisOnly && IsItalic(doc.Content, other.Span.Start)))
            {
                return false;
            }
        }

        return !doc.Headings.Any(h => h.Span.Start > title.Span.End && h.Span.Start < c.Paragraph.Span.Start);
    }

    /// <summary>
    /// "By Aylin Demir", "Milica Jovanović and Kerem Aydın", "25 November 2026", or a standfirst of eight words or more;
    /// not "Introduction" or "Section 4: Outlook".
    /// </summary>
    private static bool IsBylineOrStandfirst(string inner)
    {
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (inner.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || words.Length >= 8 || (inner.Any(char.IsDigit) && !inner.Contains(':', StringComparison.Ordinal)))
        {
            return true;
        }

        // Names joined by "and", "&" or commas: every other word capitalised, at least two names.
        var joiners = words.Count(w => w is "and" or "&" or "i" or "ve" or "und");
        var commas = inner.Count(ch => ch == ',');
        return (joiners + commas) > 0 && words.All(w => w is "and" or "&" or "i" or "ve" or "und" || char.IsUpper(w.TrimStart('(')[0]));
    }
}
