using System.Text.Json;

namespace EditorialLint.Cli;

/// <summary>
/// A rule pack's <c>pack.json</c>: <c>name</c>, <c>version</c>, <c>description</c> and the oldest tool it runs on,
/// <c>minToolVersion</c> (docs/rule-packs.md).
/// </summary>
internal sealed record PackManifest(string Name, string Version, string Description, string? MinToolVersion)
{
    /// <summary>The manifest's file name, at the root of the pack.</summary>
    public const string FileName = "pack.json";

    /// <summary>The manifest in <paramref name="folder"/>, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static PackManifest? Read(string folder, out string error)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            error = $"{path} is missing (a pack needs a {FileName} manifest)";
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            string? Get(string key) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var name = Get("name");
            var version = Get("version");
            var minTool = Get("minToolVersion");
            error = name is null or "" ? $"{path}: \"name\" is missing"
                : version is null or "" ? $"{path}: \"version\" is missing"
                : minTool is not null && !System.Version.TryParse(minTool, out _) ? $"{path}: \"minToolVersion\" '{minTool}' is not a version such as 0.1.0"
                : string.Empty;
            return error.Length == 0 ? new PackManifest(name!, version!, Get("description") ?? string.Empty, minTool) : null;
        }
        catch (JsonException ex)
        {
            error = $"{path}(line {ex.LineNumber + 1}): not valid JSON: {ex.Message}";
            return null;
        }
    }

    /// <summary>Whether the pack declares a minimum tool version above <paramref name="tool"/>.</summary>
    public bool RequiresNewerTool(Version tool) =>
        MinToolVersion is not null && System.Version.TryParse(MinToolVersion, out var min) && Normalise(min) > Normalise(tool);

    private static Version Normalise(Version v) => new(v.Major, v.Minor, Math.Max(0, v.Build));

    /// <summary>The manifest's text, as <c>new-pack</c> writes it.</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new Dictionary<string, string?> { ["name"] = Name, ["version"] = Version, ["description"] = Description, ["minToolVersion"] = MinToolVersion },
        new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
