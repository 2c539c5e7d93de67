using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace Hostile;

/// <summary>A hostile plugin for the engine's limits (issue 17).</summary>
public sealed class EL6206LoopsInWordAction : EditorialRule
{
    public static readonly DiagnosticDescriptor D = new("EL6206", "LoopsInWordAction", "LoopsInWordAction ran to the end", "Custom", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];

    public override void Initialize(RuleContext context) => context.RegisterWordAction(c => { while (true) { } });
}
