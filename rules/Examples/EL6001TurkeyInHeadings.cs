using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Examples;

/// <summary>Example plugin rule: "Turkey" in a heading, where house style matters most.</summary>
public sealed class EL6001TurkeyInHeadings : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL6001", "Turkey in heading", "Headings use 'Türkiye', not '{0}'",
        "Custom", DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Headings are quoted in tables of contents and search results; they must follow the house style.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterHeadingAction(c =>
    {
        var text = c.Document.Content;
        var span = c.Heading.ContentSpan;
        var i = text.IndexOf("Turkey", span.Start, span.Length, StringComparison.Ordinal);
        while (i >= 0)
        {
            var found = new TextSpan(i, "Turkey".Length);
            c.Report(Descriptor, found, CodeFix.Replace("Write 'Türkiye'", found, "Türkiye"), "Turkey");
            var next = found.End;
            i = next < span.End ? text.IndexOf("Turkey", next, span.End - next, StringComparison.Ordinal) : -1;
        }
    });
}
