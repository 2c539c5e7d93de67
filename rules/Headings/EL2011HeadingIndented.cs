using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2011: a Markdown heading that does not start where its line's content starts (markdownlint's MD023).</summary>
public sealed class EL2011HeadingIndented : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2011", "Heading indented", "Heading is indented by {0} space{1}",
        RuleCategories.Headings, DiagnosticSeverity.Info, isEnabledByDefault: false,
        description: "Spaces before a heading's '#' (or before a setext heading's text) make it look like a continuation of the text above; many converters other than CommonMark do not read it as a heading.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterHeadingAction(c =>
    {
        var heading = c.Heading;
        if (c.Document.Kind != DocumentKind.Markdown || heading.Indent <= 0)
        {
            return;
        }

        // The indentation is the run of spaces and tabs just before the heading on its line.
        var text = c.Document.Content;
        var start = heading.Span.Start;
        while (start > 0 && text[start - 1] is ' ' or '\t')
        {
            start--;
        }

        // Inside a container only the spaces past its content column go: keep the ones it needs.
        var keep = Math.Max(0, heading.Span.Start - start - heading.Indent);
        var indent = TextSpan.FromBounds(start + keep, heading.Span.Start);
        var line = c.Document.Text.Lines.GetLineFromPosition(heading.Span.Start);
        c.Report(Descriptor, TextSpan.FromBounds(indent.Start, Math.Max(indent.End, line.End)), CodeFix.Delete("Remove the indentation", indent, FixSafety.Safe),
            heading.Indent.ToString(System.Globalization.CultureInfo.InvariantCulture), heading.Indent == 1 ? "" : "s");
    });
}
