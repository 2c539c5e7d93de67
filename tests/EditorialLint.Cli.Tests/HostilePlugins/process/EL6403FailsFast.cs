using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace Hostile;

/// <summary>A hostile plugin that only a worker process can contain (issue 17); it needs --allow-plugin-apis.</summary>
public sealed class EL6403FailsFast : EditorialRule
{
    public static readonly DiagnosticDescriptor D = new("EL6403", "FailsFast", "FailsFast ran to the end", "Custom", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];

    public override void Initialize(RuleContext context) => context.RegisterParagraphAction(c => Environment.FailFast("a plugin gave up"));
}
