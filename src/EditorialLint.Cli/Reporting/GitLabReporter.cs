using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// GitLab Code Quality report: a JSON array of issues, each with <c>description</c>, <c>check_name</c>,
/// <c>fingerprint</c>, <c>severity</c> (info, minor, major, critical, blocker) and <c>location</c> (path and lines).
/// GitLab compares fingerprints between the merge request and its target branch to show what is new or fixed, so the
/// fingerprint is built from <see cref="Fingerprints"/> (text and context, not line numbers) and the file path.
/// </summary>
internal sealed class GitLabReporter : IReporter
{
    private readonly StreamedJson _out = new();

    public void Begin(LintReport report, TextWriter w)
    {
        _out.Json.WriteStartArray();
        _out.Drain(w);
    }

    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        var json = _out.Json;
        var path = NativeFileNames.ForReport(result.Path);
        foreach (var e in report.Entries(result))
        {
            var d = e.Diagnostic;
            var s = d.Location.GetLineSpan();
            json.WriteStartObject();
            json.WriteString("type", "issue");
            json.WriteString("engine_name", "editorial-lint");
            json.WriteString("check_name", d.Id);
            json.WriteString("description", $"{d.Id}: {d.Message}");
            json.WriteStartArray("categories");
            json.WriteStringValue("Style");
            json.WriteEndArray();
            json.WriteString("fingerprint", Fingerprint(path, e));
            json.WriteString("severity", Severity(d.Severity));
            json.WriteStartObject("location");
            json.WriteString("path", path);
            json.WriteStartObject("lines");
            json.WriteNumber("begin", s.StartLinePosition.Line + 1);
            json.WriteNumber("end", s.EndLinePosition.Line + 1);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            _out.DrainIfFull(w);
        }

        _out.Drain(w);
    }

    public void End(LintReport report, TextWriter w)
    {
        _out.Json.WriteEndArray();
        _out.Drain(w);
        w.WriteLine();
        _out.Dispose();
    }

    internal static string Fingerprint(string path, Fingerprints.Entry e) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path + "\u001f" + e.Unique)).AsSpan(0, 16));

    private static string Severity(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "major",
        DiagnosticSeverity.Warning => "minor",
        _ => "info",
    };
}
