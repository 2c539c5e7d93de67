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
    public void Write(LintReport report, TextWriter w)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteNumber("files", report.Results.Count);
            json.WriteStartArray("diagnostics");
            foreach (var (result, d) in report.Visible)
            {
                var s = d.Location.GetLineSpan();
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", LintReport.SeverityWord(d.Severity));
                json.WriteString("message", d.Message);
                json.WriteString("path", result.Path.Replace('\\', '/'));
                json.WriteNumber("line", s.StartLinePosition.Line + 1);
                json.WriteNumber("column", s.StartLinePosition.Character + 1);
                json.WriteNumber("endLine", s.EndLinePosition.Line + 1);
                json.WriteNumber("endColumn", s.EndLinePosition.Character + 1);
                if (d.Fix is { } fix && result.Document is { } doc)
                {
                    WriteFix(json, fix, doc);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        w.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteFix(Utf8JsonWriter json, Core.Rules.CodeFix fix, EditorialDocument doc)
    {
        json.WriteStartObject("fix");
        json.WriteString("title", fix.Title);
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
