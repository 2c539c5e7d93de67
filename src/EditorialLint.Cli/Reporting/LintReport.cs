using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// What reporters share while a run streams past them: the rules that ran, how many files the report covers (known
/// before the first result) and running counts of the visible findings, complete when <see cref="IReporter.End"/> runs.
/// </summary>
internal sealed class LintReport(RuleRegistry registry, int files)
{
    public RuleRegistry Registry { get; } = registry;

    /// <summary>Results in the report: plugin-build failures plus one per input.</summary>
    public int Files { get; } = files;

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public int Suggestions { get; private set; }

    /// <summary>Visible findings with a safe fix (<c>--fix</c> removes them).</summary>
    public int SafelyFixable { get; private set; }

    /// <summary>Visible findings whose fix needs review (<c>--unsafe-fixes</c> removes them too).</summary>
    public int FixableWithReview { get; private set; }

    /// <summary>Visible diagnostics (silent ones are left out, as the C# compiler does).</summary>
    public static IEnumerable<EditorialDiagnostic> Visible(DocumentResult result) =>
        result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden);

    public int Count(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Errors,
        DiagnosticSeverity.Warning => Warnings,
        DiagnosticSeverity.Info => Suggestions,
        _ => 0,
    };

    public void Add(DocumentResult result)
    {
        foreach (var d in result.Diagnostics)
        {
            if (d.Severity != DiagnosticSeverity.Hidden && d.Fix is { } fix)
            {
                if (fix.IsSafe)
                {
                    SafelyFixable++;
                }
                else
                {
                    FixableWithReview++;
                }
            }

            switch (d.Severity)
            {
                case DiagnosticSeverity.Error: Errors++; break;
                case DiagnosticSeverity.Warning: Warnings++; break;
                case DiagnosticSeverity.Info: Suggestions++; break;
            }
        }
    }

    public static string SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}

/// <summary>
/// A report format, written as results arrive in path order: <see cref="Begin"/> once, <see cref="Write"/> per result
/// (while its document is still alive), <see cref="End"/> once with the totals complete.
/// </summary>
internal interface IReporter
{
    void Begin(LintReport report, TextWriter writer)
    {
    }

    void Write(LintReport report, DocumentResult result, TextWriter writer);

    void End(LintReport report, TextWriter writer)
    {
    }
}
