using System.Text.Json;
using System.Text.Json.Serialization;
using EditorialLint.Cli.Reporting;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli;

/// <summary>
/// The findings a team has accepted for now (<c>--baseline FILE</c>): a run reports only findings not in the file,
/// so CI blocks new problems while an archive is cleaned up. A finding is matched by rule, file and
/// <see cref="Fingerprints"/> (its text and context, never its line), counted: a file with the same accepted problem
/// twice has a count of 2, and a third copy is new. <c>--update-baseline</c> rewrites the file from the run, so fixed
/// findings drop out; entries for files this run did not lint are kept. Engine findings (EL9xxx) are never baselined.
/// </summary>
internal sealed class Baseline
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Dictionary<(string Path, string Rule, string Hash), int> _remaining = new();
    private readonly List<Item> _loaded = [];
    private readonly List<Item> _current = [];
    private readonly HashSet<string> _linted = new(StringComparer.Ordinal);

    private Baseline(string file)
    {
        File = Path.GetFullPath(file);
        Folder = Path.GetDirectoryName(File)!;
    }

    public string File { get; }

    private string Folder { get; }

    public int Loaded => _loaded.Sum(i => i.Count);

    /// <summary>Read FILE; a missing file is an empty baseline only when it is about to be written.</summary>
    public static Baseline Load(string file, bool forUpdate)
    {
        var baseline = new Baseline(file);
        if (!System.IO.File.Exists(baseline.File))
        {
            if (forUpdate)
            {
                return baseline;
            }

            throw new CliUsageException($"baseline file not found: {file} (write one with --update-baseline)");
        }

        BaselineFile? data;
        try
        {
            data = JsonSerializer.Deserialize<BaselineFile>(System.IO.File.ReadAllText(baseline.File), JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"baseline file {file} is not valid: {ex.Message}");
        }

        if (data is null || data.Version != 1 || data.Findings is null)
        {
            throw new CliUsageException($"baseline file {file} is not an editorial-lint baseline (version 1)");
        }

        foreach (var item in data.Findings)
        {
            if (item.Path is null || item.Rule is null || item.Fingerprint is null || item.Count < 1)
            {
                throw new CliUsageException($"baseline file {file} has an entry without path, rule, fingerprint or count");
            }

            baseline._loaded.Add(item);
            var key = (item.Path, item.Rule, item.Fingerprint);
            baseline._remaining[key] = baseline._remaining.GetValueOrDefault(key) + item.Count;
        }

        return baseline;
    }

    /// <summary>
    /// Split a result's visible findings into new ones (kept in the result) and those the baseline accepts; records
    /// every finding for <see cref="Write"/>.
    /// </summary>
    public (DocumentResult New, IReadOnlyList<Fingerprints.Entry> NewEntries, IReadOnlyList<Fingerprints.Entry> Unchanged) Filter(DocumentResult result) =>
        Filter(result, record: true);

    /// <summary>The findings of <paramref name="result"/> the baseline does not accept, leaving the baseline as it was.</summary>
    public DocumentResult Peek(DocumentResult result) => Filter(result, record: false).New;

    private (DocumentResult New, IReadOnlyList<Fingerprints.Entry> NewEntries, IReadOnlyList<Fingerprints.Entry> Unchanged) Filter(DocumentResult result, bool record)
    {
        var path = Relative(result.Path);
        var remaining = record ? _remaining : new Dictionary<(string Path, string Rule, string Hash), int>(_remaining.Where(kv => kv.Key.Path == path));
        if (record)
        {
            _linted.Add(path);
        }

        var kept = new List<Fingerprints.Entry>();
        var unchanged = new List<Fingerprints.Entry>();
        var visible = LintReport.Visible(result).ToList();
        foreach (var e in Fingerprints.For(result, visible))
        {
            if (IsEngine(e.Diagnostic))
            {
                kept.Add(e);
                continue;
            }

            if (record)
            {
                var (flagged, _, _) = Fingerprints.Material(result, e.Diagnostic);
                _current.Add(new Item { Path = path, Rule = e.Diagnostic.Id, Fingerprint = e.Hash, Count = 1, Text = Shorten(flagged), Message = e.Diagnostic.Message });
            }

            var key = (path, e.Diagnostic.Id, e.Hash);
            if (remaining.TryGetValue(key, out var n) && n > 0)
            {
                remaining[key] = n - 1;
                unchanged.Add(e);
            }
            else
            {
                kept.Add(e);
            }
        }

        var hidden = result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden);
        return (result with { Diagnostics = [.. kept.Select(e => e.Diagnostic), .. hidden] }, kept, unchanged);
    }

    /// <summary>Write the baseline: this run's findings plus the entries for files it did not lint. Returns (written, dropped).</summary>
    public (int Written, int Dropped) Write()
    {
        var merged = new Dictionary<(string, string, string), Item>();
        foreach (var item in _current.Concat(_loaded.Where(i => !_linted.Contains(i.Path!))))
        {
            var key = (item.Path!, item.Rule!, item.Fingerprint!);
            if (merged.TryGetValue(key, out var existing))
            {
                existing.Count += item.Count;
            }
            else
            {
                merged[key] = new Item { Path = item.Path, Rule = item.Rule, Fingerprint = item.Fingerprint, Count = item.Count, Text = item.Text, Message = item.Message };
            }
        }

        var items = merged.Values
            .OrderBy(i => i.Path, StringComparer.Ordinal).ThenBy(i => i.Rule, StringComparer.Ordinal).ThenBy(i => i.Fingerprint, StringComparer.Ordinal)
            .ToList();
        var data = new BaselineFile { Version = 1, Tool = "editorial-lint", Findings = items };
        var json = JsonSerializer.Serialize(data, JsonOptions) + "\n";
        Directory.CreateDirectory(Folder);
        AtomicFile.Write(File, System.Text.Encoding.UTF8.GetBytes(json));
        return (items.Sum(i => i.Count), Absent);
    }

    /// <summary>How many findings the baseline accepted but this run no longer has (fixed or gone), in linted files.</summary>
    public int Absent => _remaining.Where(kv => _linted.Contains(kv.Key.Path)).Sum(kv => kv.Value);

    /// <summary>The engine's own diagnostics (not configurable: problems of the run or of reading) never go into a baseline.</summary>
    internal static bool IsEngine(EditorialDiagnostic d) => EngineTags.IsNotConfigurable(d.Diagnostic.Descriptor);

    // a backslash is part of a Linux file name (and of the escaped form of a name that is not UTF-8): only Windows's is a separator
    private string Relative(string path) => NativeFileNames.ForReport(Path.GetRelativePath(Folder, Path.GetFullPath(path)));

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";

    internal sealed class BaselineFile
    {
        [JsonPropertyName("version")]
        public int Version { get; set; }

        [JsonPropertyName("tool")]
        public string? Tool { get; set; }

        [JsonPropertyName("findings")]
        public List<Item>? Findings { get; set; }
    }

    internal sealed class Item
    {
        [JsonPropertyName("path")]
        public string? Path { get; set; }

        [JsonPropertyName("rule")]
        public string? Rule { get; set; }

        [JsonPropertyName("fingerprint")]
        public string? Fingerprint { get; set; }

        [JsonPropertyName("count")]
        public int Count { get; set; }

        /// <summary>For people reading the file: the flagged text and the message. Not used for matching.</summary>
        [JsonPropertyName("text")]
        public string? Text { get; set; }

        [JsonPropertyName("message")]
        public string? Message { get; set; }
    }
}
