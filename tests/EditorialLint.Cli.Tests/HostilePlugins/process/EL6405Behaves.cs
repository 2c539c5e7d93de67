using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace Hostile;

/// <summary>A hostile plugin that only a worker process can contain (issue 17); it needs --allow-plugin-apis.</summary>
public sealed class EL6405Behaves : EditorialRule
{
    public static readonly DiagnosticDescriptor D = new("EL6405", "Behaves", "Behaves ran to the end", "Custom", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];

    public override void Initialize(RuleContext context) => context.RegisterHeadingAction(c => c.Report(D, c.Heading.Span));
}
