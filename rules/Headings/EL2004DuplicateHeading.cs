using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Headings;

/// <summary>
/// EL2004: two headings with the same text under the same parent (<c>editorial_lint.duplicate_heading_scope =
/// siblings</c>, the default) or anywhere in the draft (<c>document</c>).
/// </summary>
public sealed class EL2004DuplicateHeading : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2004", "Duplicate heading", "Heading '{0}' repeats the heading on line {1}",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Two sections with the same heading confuse readers and the table of contents.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>Where a repeated heading counts: among siblings or anywhere in the draft.</summary>
    public static readonly RuleOption<string> Scope = RuleOption.Choice(
        "duplicate_heading_scope", "siblings", ["siblings", "document"],
        "siblings reports a heading repeated under the same parent; document reports any heading repeated anywhere.");

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [Scope];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var siblingsOnly = c.Options.Get(Scope) != "document";
        var seen = new Dictionary<string, Heading>(StringComparer.Ordinal);
        var parents = new Stack<Heading>();
        foreach (var h in c.Document.Headings)
        {
            while (parents.Count > 0 && parents.Peek().Level >= h.Level)
            {
                parents.Pop();
            }

            var parent = parents.Count > 0 ? parents.Peek().Index : -1;
            var key = (siblingsOnly ? $"{parent}:{h.Level}:" : string.Empty) + Normalise(h.Text);
            if (h.Text.Length > 0)
            {
                if (seen.TryGetValue(key, out var earlier))
                {
                    c.Report(Descriptor, h.Span, [earlier.Span], null, h.Text, c.LineNumber(earlier.Span.Start));
                }
                else
                {
                    seen[key] = h;
                }
            }

            parents.Push(h);
        }
    });

    /// <summary>The heading as a reader sees it: HTML comments dropped, spaces collapsed, case ignored.</summary>
    private static string Normalise(string text)
    {
        while (text.IndexOf("<!--", StringComparison.Ordinal) is var a and >= 0 && text.IndexOf("-->", a + 4, StringComparison.Ordinal) is var b and >= 0)
        {
            text = text[..a] + " " + text[(b + 3)..];
        }

        return string.Join(' ', text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
    }
}
