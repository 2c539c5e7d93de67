using Microsoft.CodeAnalysis;

namespace EditorialLint.Cli.Reporting;

/// <summary><c>path(line,col,endLine,endCol): error EL1001: message</c>, as compilers print it.</summary>
internal sealed class MsBuildReporter : IReporter
{
    public void Write(LintReport report, TextWriter w)
    {
        foreach (var (result, d) in report.Visible)
        {
            var s = d.Location.GetLineSpan();
            var sev = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            w.WriteLine($"{result.Path}({s.StartLinePosition.Line + 1},{s.StartLinePosition.Character + 1},{s.EndLinePosition.Line + 1},{s.EndLinePosition.Character + 1}): {sev} {d.Id}: {d.Message}");
        }
    }
}
