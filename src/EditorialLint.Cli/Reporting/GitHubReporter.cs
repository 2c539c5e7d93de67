using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=...,line=...::message</c>. GitHub shows at most
/// <see cref="PerLevel"/> annotations of each level (error, warning, notice) per step and drops the rest silently, so
/// only that many are emitted per level; later findings are printed as plain log lines and the run ends with a line
/// saying how many were not annotated. With a step-summary file (<c>$GITHUB_STEP_SUMMARY</c>) a Markdown table of the
/// counts and the first findings is appended to it.
/// </summary>
internal sealed class GitHubReporter(string? stepSummary = null) : IReporter
{
    /// <summary>Annotations GitHub displays per level per step.</summary>
    public const int PerLevel = 10;

    /// <summary>Findings listed in the step summary.</summary>
    private const int SummaryRows = 20;

    private readonly Dictionary<string, int> _emitted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _over = new(StringComparer.Ordinal);
    private readonly List<string> _rows = [];
    private int _findings;

    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        foreach (var d in report.Shown(result))
        {
            _findings++;
            var s = d.Location.GetLineSpan();
            var command = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var path = NativeFileNames.ForReport(result.Path);
            var line = s.StartLinePosition.Line + 1;
            var col = s.StartLinePosition.Character + 1;
            if (_rows.Count < SummaryRows)
            {
                _rows.Add($"| {LintReport.SeverityWord(d.Severity)} | `{d.Id}` | {Cell(path)}:{line}:{col} | {Cell(d.Message)} |");
            }

            var shown = _emitted.GetValueOrDefault(command);
            if (shown < PerLevel)
            {
                _emitted[command] = shown + 1;
                var title = $"{d.Id} {d.Diagnostic.Descriptor.Title}";
                w.WriteLine($"::{command} file={Property(path)},line={line},col={col},endLine={s.EndLinePosition.Line + 1},endColumn={s.EndLinePosition.Character + 1},title={Property(title)}::{Data(d.Message)}");
            }
            else
            {
                _over[command] = _over.GetValueOrDefault(command) + 1;
                w.WriteLine($"{Sanitizer.Path(path)}:{line}:{col}: {LintReport.SeverityWord(d.Severity)} {d.Id}: {Sanitizer.Text(d.Message)}");
            }
        }
    }

    public void End(LintReport report, TextWriter w)
    {
        if (_over.Count > 0)
        {
            var parts = new[] { "error", "warning", "notice" }.Where(_over.ContainsKey).Select(k => $"{_over[k]} {k}{(_over[k] == 1 ? string.Empty : "s")}");
            w.WriteLine($"editorial-lint: {string.Join(", ", parts)} more not shown as annotations (GitHub shows {PerLevel} per level per step); they are listed in this log above");
        }

        w.WriteLine(PrettyReporter.Summary(report));
        if (stepSummary is not null)
        {
            AppendSummary(report, stepSummary);
        }
    }

    private void AppendSummary(LintReport report, string file)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("### EditorialLint");
        sb.AppendLine();
        sb.AppendLine("| errors | warnings | suggestions | files |");
        sb.AppendLine("| ---: | ---: | ---: | ---: |");
        sb.AppendLine(inv, $"| {report.Errors} | {report.Warnings} | {report.Suggestions} | {report.Files} |");
        sb.AppendLine();
        if (_rows.Count > 0)
        {
            sb.AppendLine("| severity | rule | where | message |");
            sb.AppendLine("| --- | --- | --- | --- |");
            foreach (var row in _rows)
            {
                sb.AppendLine(row);
            }

            if (_over.Count > 0)
            {
                sb.AppendLine();
                sb.AppendLine(inv, $"{_over.Values.Sum()} findings were not shown as annotations (GitHub shows {PerLevel} per level per step).");
            }

            if (_findings > _rows.Count)
            {
                sb.AppendLine();
                sb.AppendLine(inv, $"… and {_findings - _rows.Count} more (see the job log or the SARIF report).");
            }
        }
        else
        {
            sb.AppendLine("No findings.");
        }

        if (report.UsesBaseline && report.Unchanged > 0)
        {
            sb.AppendLine();
            sb.AppendLine(inv, $"{report.Unchanged} older findings are accepted in the baseline and not listed.");
        }

        sb.AppendLine();
        File.AppendAllText(file, sb.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Data(string s) => Sanitizer.Text(s).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
