using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EditorialLint.Sdk.Analyzers;

/// <summary>
/// Reports each use of an API a rule may not use (<see cref="BannedApiRules"/>) as an error at its place, with the
/// id (EL9001) and message the linter gives for the same file, so <c>dotnet build</c> of a rules project and editors
/// show what <c>test-rules</c> and <c>lint</c> would refuse. The MSBuild property <c>EditorialLintAllowPluginApis</c>
/// (true) turns the check off, as <c>--allow-plugin-apis</c> does for a run.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BannedApiAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The id, the same as the linter's "rule file does not compile".</summary>
    public const string DiagnosticId = "EL9001";

    /// <summary>The MSBuild property (made visible to the compiler by the package's build/EditorialLint.Sdk.props) that allows the banned APIs.</summary>
    public const string AllowProperty = "EditorialLintAllowPluginApis";

    private static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "API not allowed in a rule",
        "Rule file does not compile: {0}",
        "EditorialLint.Engine",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A rule may not end the process, start processes, touch files, use the network, the console, reflection or native code, goto, or the threading calls that drop the engine's limits. editorial-lint refuses such a rule folder unless --allow-plugin-apis is given.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property." + AllowProperty, out var allow) &&
                string.Equals(allow.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            start.RegisterSemanticModelAction(Analyze);
        });
    }

    private static void Analyze(SemanticModelAnalysisContext context)
    {
        foreach (var (location, message) in BannedApiRules.Find(context.SemanticModel))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, message));
        }
    }
}
