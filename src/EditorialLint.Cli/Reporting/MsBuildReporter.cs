using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary><c>path(line,col,endLine,endCol): error EL1001: message</c>, as compilers print it.</summary>
internal sealed class MsBuildReporter : IReporter
{
    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        foreach (var d in report.Shown(result))
        {
            var s = d.Location.GetLineSpan();
            var sev = d.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            w.WriteLine($"{Sanitizer.Path(result.Path)}({s.StartLinePosition.Line + 1},{s.StartLinePosition.Character + 1},{s.EndLinePosition.Line + 1},{s.EndLinePosition.Character + 1}): {sev} {d.Id}: {Sanitizer.Text(d.Message)}");
        }
    }
}
