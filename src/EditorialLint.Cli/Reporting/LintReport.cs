using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli.Reporting;

/// <summary>Everything a reporter needs: the results in path order and the rules that ran.</summary>
internal sealed record LintReport(IReadOnlyList<DocumentResult> Results, RuleRegistry Registry)
{
    /// <summary>Visible diagnostics (silent ones are left out, as the C# compiler does).</summary>
    public IEnumerable<(DocumentResult Result, EditorialDiagnostic Diagnostic)> Visible =>
        Results.SelectMany(r => r.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).Select(d => (r, d)));

    public int Count(DiagnosticSeverity severity) => Visible.Count(v => v.Diagnostic.Severity == severity);

    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}

internal interface IReporter
{
    void Write(LintReport report, TextWriter writer);
}
