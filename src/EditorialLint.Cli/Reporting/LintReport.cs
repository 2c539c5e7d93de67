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


    /// <summary>True when a baseline filters the findings (SARIF then says each result's <c>baselineState</c>).</summary>
    public bool UsesBaseline { get; init; }

    /// <summary>The baseline file, as named on the command line.</summary>
    public string? BaselineFile { get; init; }

    /// <summary>Findings the baseline accepted (not counted above, not reported except in SARIF).</summary>
    public int Unchanged { get; private set; }

    /// <summary>With <c>--fix --dry-run</c>: how many findings the fixes would remove; null otherwise.</summary>
    public int? WouldRemove { get; private set; }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DocumentResult, IReadOnlyList<Fingerprints.Entry>> _entries = new();

    public void AddUnchanged(int count) => Unchanged += count;

    /// <summary>
    /// Fingerprints of a result's visible findings. Occurrence numbers count every finding of the file, so a result the
    /// baseline filtered keeps the numbers its findings had before filtering (<see cref="SetEntries"/>).
    /// </summary>
    public IReadOnlyList<Fingerprints.Entry> Entries(DocumentResult result) =>
        _entries.GetValue(result, r => Fingerprints.For(r, Visible(r)));

    public void SetEntries(DocumentResult result, IReadOnlyList<Fingerprints.Entry> entries) => _entries.AddOrUpdate(result, entries);

    public void AddWouldRemove(int count) => WouldRemove = (WouldRemove ?? 0) + count;

    /// <summary>
    /// Findings listed per rule and file before the rest are summed up in one closing finding
    /// (<c>--max-findings-per-rule</c>; 0 or less lists all). See <see cref="FindingCap"/>.
    /// </summary>
    public int MaxFindingsPerRule { get; init; } = FindingCap.DefaultLimit;

    /// <summary>
    /// The visible findings a listing report shows: at most <see cref="MaxFindingsPerRule"/> per rule, then a closing
    /// finding per capped rule. Formats with fingerprints (SARIF, GitLab) list every finding instead.
    /// </summary>
    public IEnumerable<EditorialDiagnostic> Shown(DocumentResult result) =>
        FindingCap.Apply(Visible(result).ToList(), MaxFindingsPerRule);

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

    /// <summary>Findings of <paramref name="result"/> that the baseline accepted; only SARIF shows them (as unchanged).</summary>
    void WriteUnchanged(LintReport report, DocumentResult result, IReadOnlyList<Fingerprints.Entry> unchanged, TextWriter writer)
    {
    }
}
