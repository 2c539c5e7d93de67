using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace Hostile;

/// <summary>A hostile plugin for the engine's limits (issue 17).</summary>
public sealed class EL6208AllocatesTenGigabytes : EditorialRule
{
    public static readonly DiagnosticDescriptor D = new("EL6208", "AllocatesTenGigabytes", "AllocatesTenGigabytes ran to the end", "Custom", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c => { var big = new byte[10L * 1024 * 1024 * 1024]; c.Report(D, new TextSpan(0, 0), null, big.Length); });
}
