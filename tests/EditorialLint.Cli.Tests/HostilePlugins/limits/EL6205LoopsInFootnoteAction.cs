using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace Hostile;

/// <summary>A hostile plugin for the engine's limits (issue 17).</summary>
public sealed class EL6205LoopsInFootnoteAction : EditorialRule
{
    public static readonly DiagnosticDescriptor D = new("EL6205", "LoopsInFootnoteAction", "LoopsInFootnoteAction ran to the end", "Custom", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c => { while (true) { } });
}
