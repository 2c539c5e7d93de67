using System.Text.Json;
using Xunit.Abstractions;

namespace EditorialLint.Conformance.Tests;

/// <summary>
/// markdownlint's heading fixtures (tests/Conformance/markdownlint). For each fixture and each mapped rule that is
/// enabled there, our findings' lines must equal the expected lines. Rule options from the fixture map to ours.
/// </summary>
public class MarkdownlintTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["MD001"] = "EL2001",
        ["MD022"] = "EL2010",
        ["MD023"] = "EL2011",
        ["MD024"] = "EL2004",
        ["MD025"] = "EL2003",
        ["MD026"] = "EL2005",
        ["MD036"] = "EL2009",
        ["MD041"] = "EL2002",
    };

    [Fact]
    public void Markdownlint_heading_rules()
    {
        var root = ConformancePaths.Suite("markdownlint");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected.json")));
        var perRule = Map.Keys.ToDictionary(k => k, _ => (Pass: 0, Total: 0));
        var failures = new List<string>();
        foreach (var fixture in json.RootElement.GetProperty("fixtures").EnumerateObject())
        {
            var path = Path.Combine(root, "fixtures", fixture.Name);
            var rules = fixture.Value.GetProperty("rules");
            foreach (var (md, el) in Map)
            {
                var rule = rules.GetProperty(md);
                if (!rule.GetProperty("enabled").GetBoolean())
                {
                    continue;
                }

                var options = Options(md, rule.GetProperty("options"));
                var expected = fixture.Value.GetProperty("expectations").EnumerateArray()
                    .Where(e => e.GetProperty("rule").GetString() == md).Select(e => e.GetProperty("line").GetInt32()).ToHashSet();
                var actual = SuiteRunner.LintText(path, TranslateComments(File.ReadAllText(path)), [el], options).Select(f => f.Line).ToHashSet();
                var (p, t) = perRule[md];
                if (expected.SetEquals(actual))
                {
                    perRule[md] = (p + 1, t + 1);
                }
                else
                {
                    perRule[md] = (p, t + 1);
                    failures.Add($"{fixture.Name} {md}/{el}: expected lines [{string.Join(", ", expected.Order())}] got [{string.Join(", ", actual.Order())}]");
                }
            }
        }

        foreach (var (md, (p, t)) in perRule)
        {
            output.WriteLine($"{md} -> {Map[md]}: {p}/{t} fixtures ({100.0 * p / t:F1}%)");
        }

        var all = perRule.Values.Sum(v => v.Pass);
        var total = perRule.Values.Sum(v => v.Total);
        output.WriteLine($"markdownlint: {all}/{total} fixture-rule pairs ({100.0 * all / total:F1}%)");
        failures.ForEach(output.WriteLine);
        Assert.True(total > 500, "the suite was not found");
        var unexpected = failures.Where(f => !KnownDifferences.Any(k => f.StartsWith(k + "/", StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, $"{unexpected.Count} fixture-rule pairs differ that are not documented in tests/Conformance/README.md:\n" + string.Join('\n', unexpected));
    }

    /// <summary>Fixture-rule pairs where our rule means something different on purpose (tests/Conformance/README.md).</summary>
    private static readonly string[] KnownDifferences =
    [
        "headings-with-html-entities.md MD024", // &#x000A9; and &#X000A9; are one heading to a reader
        "emphasis_instead_of_headings.md MD036", // a line opening with <!-- is an HTML block in CommonMark
    ];

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MD001"] = "EL2001", ["heading-increment"] = "EL2001",
        ["MD022"] = "EL2010", ["blanks-around-headings"] = "EL2010",
        ["MD023"] = "EL2011", ["heading-start-left"] = "EL2011",
        ["MD024"] = "EL2004", ["no-duplicate-heading"] = "EL2004",
        ["MD025"] = "EL2003", ["single-title"] = "EL2003", ["single-h1"] = "EL2003",
        ["MD026"] = "EL2005", ["no-trailing-punctuation"] = "EL2005",
        ["MD036"] = "EL2009", ["no-emphasis-as-heading"] = "EL2009",
        ["MD041"] = "EL2002", ["first-line-heading"] = "EL2002", ["first-line-h1"] = "EL2002",
    };

    /// <summary>
    /// markdownlint's inline comments (<c>&lt;!-- markdownlint-disable single-title --&gt;</c>) become ours, with rule
    /// names mapped to our ids; a comment that names only unmapped rules is blanked (it must not turn ours off).
    /// Only single-line comments are translated; line numbers stay the same.
    /// </summary>
    internal static string TranslateComments(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var start = line.IndexOf("<!-- markdownlint-", StringComparison.Ordinal);
            var end = start < 0 ? -1 : line.IndexOf("-->", start, StringComparison.Ordinal);
            if (start < 0 || end < 0)
            {
                continue;
            }

            var body = line[(start + "<!-- markdownlint-".Length)..end].Trim();
            var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var verb = parts[0];
            if (verb.StartsWith("configure", StringComparison.Ordinal) || verb.StartsWith("capture", StringComparison.Ordinal) || verb.StartsWith("restore", StringComparison.Ordinal))
            {
                continue;
            }

            var ids = parts.Skip(1).Select(n => Names.GetValueOrDefault(n)).OfType<string>().Distinct().ToList();
            var replacement = parts.Length > 1 && ids.Count == 0 ? "<!-- -->" : $"<!-- editorial-lint-{verb.Replace("enable-file", "enable", StringComparison.Ordinal)} {string.Join(' ', ids)} -->";
            lines[i] = line[..start] + replacement + line[(end + 3)..];
        }

        return string.Join('\n', lines);
    }

    /// <summary>markdownlint's <c>lines_above</c>/<c>lines_below</c>: a number, or an array with one per level.</summary>
    private static string Lines(JsonElement value) => value.ValueKind == JsonValueKind.Array
        ? string.Join(',', value.EnumerateArray().Select(v => v.GetRawText()))
        : value.GetRawText();

    private static Dictionary<string, string> Options(string md, JsonElement options)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Left at markdownlint's default, the pattern is ours (the same as markdownlint's code, `^\s*"?title"?\s*[:=]`,
        // which also takes JSON's "title": the suite's recorded default drops the optional quotes).
        if (options.ValueKind == JsonValueKind.Object && options.TryGetProperty("front_matter_title", out var fmt) &&
            fmt.GetString() != @"^\s*title\s*[:=]")
        {
            var pattern = fmt.GetString()!;
            result["editorial_lint.front_matter_title"] = pattern.Length == 0 ? "none" : pattern;
        }

        switch (md)
        {
            case "MD022":
                result["editorial_lint.heading_lines_above"] = Lines(options.GetProperty("lines_above"));
                result["editorial_lint.heading_lines_below"] = Lines(options.GetProperty("lines_below"));
                break;
            case "MD024":
                var siblings = options.TryGetProperty("siblings_only", out var s) && s.ValueKind == JsonValueKind.True;
                result["editorial_lint.duplicate_heading_scope"] = siblings ? "siblings" : "document";
                break;
            case "MD025" or "MD041":
                if (options.TryGetProperty("level", out var level))
                {
                    result["editorial_lint.title_level"] = level.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                if (options.TryGetProperty("allow_preamble", out var preamble) && preamble.ValueKind == JsonValueKind.True)
                {
                    result["editorial_lint.title_allow_preamble"] = "true";
                }

                break;
            case "MD026":
                result["editorial_lint.heading_punctuation"] = options.GetProperty("punctuation").GetString()!;
                break;
            case "MD036":
                result["editorial_lint.emphasis_heading_punctuation"] = options.GetProperty("punctuation").GetString()!;
                break;
        }

        return result;
    }
}
