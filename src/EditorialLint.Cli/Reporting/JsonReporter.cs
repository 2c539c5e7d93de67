using System.Text.Json;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// The JSON contract: <c>{"version":1,"files":N,"diagnostics":[{"id","severity","message","path","line","column",
/// "endLine","endColumn","fix"?}]}</c>; lines and columns are 1-based, columns in UTF-16 code units.
/// </summary>
internal sealed class JsonReporter : IReporter
{
    private readonly StreamedJson _out = new();

    public void Begin(LintReport report, TextWriter w)
    {
        var json = _out.Json;
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteNumber("files", report.Files);
        json.WriteStartArray("diagnostics");
        _out.Drain(w);
    }

    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        var json = _out.Json;
        var path = NativeFileNames.ForReport(result.Path);
        foreach (var d in report.Shown(result))
        {
            var s = d.Location.GetLineSpan();
            json.WriteStartObject();
            json.WriteString("id", d.Id);
            json.WriteString("severity", LintReport.SeverityWord(d.Severity));
            json.WriteString("message", d.Message);
            json.WriteString("path", path);
            json.WriteNumber("line", s.StartLinePosition.Line + 1);
            json.WriteNumber("column", s.StartLinePosition.Character + 1);
            json.WriteNumber("endLine", s.EndLinePosition.Line + 1);
            json.WriteNumber("endColumn", s.EndLinePosition.Character + 1);
            if (d.Fix is { } fix && result.Document is { } doc)
            {
                WriteFix(json, fix, doc);
            }

            json.WriteEndObject();
            _out.DrainIfFull(w);
        }

        _out.Drain(w);
    }

    public void End(LintReport report, TextWriter w)
    {
        _out.Json.WriteEndArray();
        _out.Json.WriteEndObject();
        _out.Drain(w);
        w.WriteLine();
        _out.Dispose();
    }

    private static void WriteFix(Utf8JsonWriter json, Core.Rules.CodeFix fix, EditorialDocument doc)
    {
        json.WriteStartObject("fix");
        json.WriteString("title", fix.Title);
        json.WriteString("safety", fix.IsSafe ? "safe" : "review");
        json.WriteStartArray("changes");
        foreach (var c in fix.Changes)
        {
            var s = doc.GetLineSpan(c.Span);
            json.WriteStartObject();
            json.WriteNumber("line", s.Start.Line + 1);
            json.WriteNumber("column", s.Start.Character + 1);
            json.WriteNumber("endLine", s.End.Line + 1);
            json.WriteNumber("endColumn", s.End.Character + 1);
            json.WriteString("newText", c.NewText);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
