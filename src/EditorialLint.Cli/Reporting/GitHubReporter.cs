using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>GitHub Actions workflow commands: <c>::error file=...,line=...::message</c>.</summary>
internal sealed class GitHubReporter : IReporter
{
    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        foreach (var d in LintReport.Visible(result))
        {
            var s = d.Location.GetLineSpan();
            var command = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var title = $"{d.Id} {d.Diagnostic.Descriptor.Title}";
            w.WriteLine($"::{command} file={Property(result.Path.Replace('\\', '/'))},line={s.StartLinePosition.Line + 1},col={s.StartLinePosition.Character + 1},endLine={s.EndLinePosition.Line + 1},endColumn={s.EndLinePosition.Character + 1},title={Property(title)}::{Data(d.Message)}");
        }
    }

    public void End(LintReport report, TextWriter w) => w.WriteLine(PrettyReporter.Summary(report));

    private static string Data(string s) => Sanitizer.Text(s).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
