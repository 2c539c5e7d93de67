using System.Text.Json;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0: one run, every known rule in <c>tool.driver.rules</c> with its help text, results with fixes. Problems
/// of the run itself (configuration, rule folders, command-line paths) are not results about a draft: they are
/// notifications of the run's invocation (<c>toolConfigurationNotifications</c> for settings and rules,
/// <c>toolExecutionNotifications</c> for inputs), at their real location.
/// </summary>
internal sealed class SarifReporter : IReporter
{
    private readonly StreamedJson _out = new();
    private Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<(DocumentResult Result, EditorialDiagnostic Diagnostic)> _configurationNotifications = [];
    private readonly List<(DocumentResult Result, EditorialDiagnostic Diagnostic)> _executionNotifications = [];
    private bool _failed;

    public void Begin(LintReport report, TextWriter w)
    {
        _index = report.Registry.Descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var json = _out.Json;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "EditorialLint");
        json.WriteString("semanticVersion", CliApp.Version);
        json.WriteString("informationUri", "https://github.com/editoriallint/editoriallint");
        json.WritePropertyName("rules");
        json.WriteRawValue(RulesArray(report.Registry), skipInputValidation: true);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        _out.Drain(w);
    }

    /// <summary>The key of our fingerprint in <c>partialFingerprints</c> (versioned, as SARIF recommends).</summary>
    public const string FingerprintKey = "editorialLint/v1";

    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        _failed |= result.Diagnostics.Any(d => EngineTags.FailsTheRun(d.Diagnostic));
        if (result.IsRunProblem)
        {
            foreach (var d in LintReport.Visible(result))
            {
                (IsConfiguration(d) ? _configurationNotifications : _executionNotifications).Add((result, d));
            }

            return;
        }

        foreach (var e in report.Entries(result))
        {
            WriteResult(_out.Json, result, e, _index, report.UsesBaseline ? "new" : null, null);
            _out.DrainIfFull(w);
        }

        _out.Drain(w);
    }

    /// <summary>Accepted findings stay in the log, marked unchanged and suppressed externally, so viewers hide them.</summary>
    public void WriteUnchanged(LintReport report, DocumentResult result, IReadOnlyList<Fingerprints.Entry> unchanged, TextWriter w)
    {
        foreach (var e in unchanged)
        {
            WriteResult(_out.Json, result, e, _index, "unchanged", report.BaselineFile);
            _out.DrainIfFull(w);
        }

        _out.Drain(w);
    }

    public void End(LintReport report, TextWriter w)
    {
        var json = _out.Json;
        json.WriteEndArray();
        WriteInvocation(json);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        _out.Drain(w);
        w.WriteLine();
        _out.Dispose();
    }

    /// <summary>Settings and rule folders are the tool's configuration; a path that names nothing is a problem of the execution.</summary>
    private static bool IsConfiguration(EditorialDiagnostic d) => d.Id != EngineDiagnostics.UnreadablePath.Id;

    private void WriteInvocation(Utf8JsonWriter json)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !_failed);
        WriteNotifications(json, "toolConfigurationNotifications", _configurationNotifications);
        WriteNotifications(json, "toolExecutionNotifications", _executionNotifications);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private void WriteNotifications(Utf8JsonWriter json, string name, List<(DocumentResult Result, EditorialDiagnostic Diagnostic)> notifications)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var (result, d) in notifications)
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", d.Id);
            json.WriteEndObject();
            if (_index.TryGetValue(d.Id, out var i))
            {
                json.WriteStartObject("associatedRule");
                json.WriteString("id", d.Id);
                json.WriteNumber("index", i);
                json.WriteEndObject();
            }

            json.WriteString("level", Level(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            if (result.Path.Length > 0)
            {
                json.WriteStartArray("locations");
                WriteLocation(json, result.Path, d.Location.GetLineSpan(), null);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Level(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RuleRegistry, Tuple<int, byte[]>> RulesArrays = [];

    /// <summary>
    /// <c>tool.driver.rules</c> as UTF-8 JSON, indented as it sits in the log: every rule with its help page is about
    /// 150 KB, the same for every log of one registry, so it is rendered once per registry revision (the language
    /// server, the fuzz run and a long-running host render many logs).
    /// </summary>
    private static byte[] RulesArray(RuleRegistry registry)
    {
        lock (RulesArrays)
        {
            if (RulesArrays.TryGetValue(registry, out var cached) && cached.Item1 == registry.Revision)
            {
                return cached.Item2;
            }

            using var scratch = new StreamedJson();
            var json = scratch.Json;
            // the same nesting as in the log (root, runs, run, tool, driver), so that the indentation matches
            json.WriteStartObject();
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WritePropertyName("rules");
            json.Flush();
            var start = scratch.Written.Length;
            json.WriteStartArray();
            foreach (var d in registry.Descriptors)
            {
                WriteRule(json, d, registry);
            }

            json.WriteEndArray();
            json.Flush();
            var bytes = scratch.Written[start..].ToArray();
            RulesArrays.AddOrUpdate(registry, Tuple.Create(registry.Revision, bytes));
            return bytes;
        }
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor d, RuleRegistry registry)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("name", Humanizer.InflectorExtensions.Pascalize(registry.GetAlias(d.Id).Replace('-', ' ')));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", d.Title.ToString(inv));
        json.WriteEndObject();
        var description = d.Description.ToString(inv);
        if (description.Length > 0)
        {
            json.WriteStartObject("fullDescription");
            json.WriteString("text", description);
            json.WriteEndObject();
        }

        var doc = registry.GetDoc(d.Id);
        json.WriteStartObject("help");
        json.WriteString("text", description.Length > 0 ? description : d.Title.ToString(inv));
        if (doc is not null)
        {
            json.WriteString("markdown", doc);
        }

        json.WriteEndObject();
        if (registry.GetHelpLink(d.Id) is { } help && Uri.TryCreate(help, UriKind.Absolute, out _))
        {
            json.WriteString("helpUri", help);
        }

        json.WriteStartObject("defaultConfiguration");
        json.WriteBoolean("enabled", d.IsEnabledByDefault);
        json.WriteString("level", Level(d.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", d.Category);
        json.WriteString("alias", registry.GetAlias(d.Id));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, FileLinePositionSpan s)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", s.StartLinePosition.Line + 1);
        json.WriteNumber("startColumn", s.StartLinePosition.Character + 1);
        json.WriteNumber("endLine", s.EndLinePosition.Line + 1);
        json.WriteNumber("endColumn", s.EndLinePosition.Character + 1);
        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(path));
        json.WriteEndObject();
    }

    internal static string ToUri(string path)
    {
        if (NativeFileNames.IsEscaped(path))
        {
            return NativeFileNames.ToUri(path); // the raw bytes, percent-encoded
        }

        var p = path.Replace('\\', '/');
        return Path.IsPathRooted(path) ? new Uri(path).AbsoluteUri : Uri.EscapeDataString(p).Replace("%2F", "/", StringComparison.Ordinal);
    }

    private static void WriteResult(Utf8JsonWriter json, DocumentResult result, Fingerprints.Entry entry, Dictionary<string, int> index, string? baselineState, string? baselineFile)
    {
        var d = entry.Diagnostic;
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        if (index.TryGetValue(d.Id, out var i))
        {
            json.WriteNumber("ruleIndex", i);
        }

        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        WriteLocation(json, result.Path, d.Location.GetLineSpan(), null);
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, entry.Unique);
        json.WriteEndObject();
        if (baselineState is not null)
        {
            json.WriteString("baselineState", baselineState);
        }

        if (baselineFile is not null)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("justification", $"accepted in the baseline {baselineFile.Replace('\\', '/')}");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (d.Diagnostic.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            var id = 0;
            foreach (var loc in d.Diagnostic.AdditionalLocations)
            {
                WriteLocation(json, result.Path, loc.GetLineSpan(), id++);
            }

            json.WriteEndArray();
        }

        if (d.Fix is { } fix && result.Document is { } doc)
        {
            json.WriteStartArray("fixes");
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Title);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("safety", fix.IsSafe ? "safe" : "review");
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, result.Path);
            json.WriteStartArray("replacements");
            foreach (var c in fix.Changes)
            {
                var ls = doc.GetLineSpan(c.Span);
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", new FileLinePositionSpan(result.Path, ls));
                json.WriteStartObject("insertedContent");
                json.WriteString("text", c.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, FileLinePositionSpan span, int? id)
    {
        json.WriteStartObject();
        if (id is not null)
        {
            json.WriteNumber("id", id.Value);
        }

        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, path);
        WriteRegion(json, "region", span);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
