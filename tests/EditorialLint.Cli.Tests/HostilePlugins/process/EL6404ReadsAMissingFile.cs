using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace Hostile;

/// <summary>A hostile plugin that only a worker process can contain (issue 17); it needs --allow-plugin-apis.</summary>
public sealed class EL6404ReadsAMissingFile : EditorialRule
{
    public static readonly DiagnosticDescriptor D = new("EL6404", "ReadsAMissingFile", "ReadsAMissingFile ran to the end", "Custom", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c => c.Report(D, new TextSpan(0, 0), null, System.IO.File.ReadAllText("/nonexistent/editorial-lint/secret")));
}
