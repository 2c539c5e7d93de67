using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.DataRules;

/// <summary>What loading the rule files of a folder gave: rules, and the problems found, each located in its file.</summary>
/// <param name="Rules">The rules that could be built, in file order.</param>
/// <param name="Errors">EL9001 and EL9008 diagnostics at the line and column of each problem.</param>
public sealed record DataRuleLoadResult(ImmutableArray<DataRule> Rules, ImmutableArray<Diagnostic> Errors);

/// <summary>
/// Reads no-code rule files (<c>*.yaml</c>, <c>*.yml</c>): each YAML document in a file is one rule, an instance of
/// one kind (<see cref="DataRuleKind.All"/>). A file with a problem is reported and skipped; the other files load.
/// </summary>
public static partial class DataRuleLoader
{
    /// <summary>The file patterns of rule files.</summary>
    public static IReadOnlyList<string> Patterns { get; } = ["*.yaml", "*.yml"];

    /// <summary>The rule files under <paramref name="folder"/>, in ordinal path order.</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        [.. Patterns.SelectMany(p => Directory.EnumerateFiles(folder, p, SearchOption.AllDirectories)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Load every rule file under <paramref name="folder"/>. An id that another file already uses, or that
    /// <paramref name="isTaken"/> says is taken (a built-in or C# plugin rule), is an error at the later file's id.
    /// </summary>
    public static DataRuleLoadResult LoadFolder(string folder, Func<string, bool>? isTaken = null)
    {
        var rules = new List<DataRule>();
        var errors = new List<Diagnostic>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Files(folder))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var unreadable = new RuleFileErrors(file, string.Empty);
                unreadable.Invalid(Mark.Empty, Mark.Empty, "cannot read the rule file: " + ex.Message);
                errors.AddRange(unreadable.All);
                continue;
            }

            var result = Parse(file, text, id => seen.TryGetValue(id, out var other) ? $"id {id} is already used by {other}" :
                isTaken?.Invoke(id) == true ? $"id {id} is already used by another rule" : null);
            errors.AddRange(result.Errors);
            foreach (var rule in result.Rules)
            {
                seen[rule.Header.Id] = Path.GetFileName(file);
                rules.Add(rule);
            }
        }

        return new DataRuleLoadResult([.. rules], [.. errors]);
    }

    /// <summary>
    /// Parse the text of one rule file. <paramref name="idProblem"/> may refuse an id (returning why); a document with
    /// any problem gives no rule.
    /// </summary>
    public static DataRuleLoadResult Parse(string path, string text, Func<string, string?>? idProblem = null)
    {
        var errors = new RuleFileErrors(path, text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Invalid(ex.Start, ex.End, "not valid YAML: " + Reason(ex));
            return new DataRuleLoadResult([], errors.All);
        }

        var rules = new List<DataRule>();
        var found = new List<Diagnostic>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in stream.Documents)
        {
            var fileErrors = new RuleFileErrors(path, text);
            var rule = document.RootNode is YamlMappingNode map ? ParseRule(path, map, fileErrors, id => ids.Contains(id) ? $"id {id} is used twice in this file" : idProblem?.Invoke(id)) : null;
            if (document.RootNode is not YamlMappingNode)
            {
                fileErrors.Invalid(document.RootNode.Start, document.RootNode.End, "a rule file holds a mapping of fields (id:, kind:, title:, ...)");
            }

            found.AddRange(fileErrors.All);

            if (rule is not null)
            {
                ids.Add(rule.Header.Id);
                rules.Add(rule);
            }
        }

        if (stream.Documents.Count == 0)
        {
            errors.Invalid(Mark.Empty, Mark.Empty, "the rule file is empty");
        }

        return new DataRuleLoadResult([.. rules], [.. errors.All, .. found]);
    }

    private static string Reason(YamlException ex)
    {
        // YamlDotNet prefixes its message with the position, which the diagnostic already carries.
        var message = (ex.InnerException as YamlException ?? ex).Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    private static DataRule? ParseRule(string path, YamlMappingNode map, RuleFileErrors errors, Func<string, string?> idProblem)
    {
        var fields = new RuleFields(map, errors);
        var id = ReadId(fields, idProblem);
        var kindName = fields.Text("kind", required: true)?.Trim();
        var title = fields.Text("title", required: true)?.Trim();
        var (severity, enabled) = ReadSeverity(fields);
        DataRuleKind? kind = null;
        if (kindName is not null && !DataRuleKind.All.TryGetValue(kindName, out kind))
        {
            var node = fields.Get("kind")!;
            errors.Invalid(node.Start, node.End, $"unknown kind '{kindName}'; the kinds are {string.Join(", ", DataRuleKind.All.Keys)}");
        }

        if (kind is null)
        {
            return null;
        }

        var message = ReadMessage(fields, kind);
        var fix = ReadFix(fields, kind);
        var doc = fields.Text("doc");
        var tests = ReadTests(fields);
        if (id is null || title is null || message is null)
        {
            kind.Create(new DataRuleHeader("EL6000", kind.Name, "x", MessageTemplate.Parse("x", [], out _)!, severity, enabled, fix, doc, tests, path), fields);
            fields.RejectUnknown($"a {kind.Name} rule");
            return null;
        }

        var header = new DataRuleHeader(id, kind.Name, title, message, severity, enabled, fix, doc, tests, path);
        var rule = kind.Create(header, fields);
        fields.RejectUnknown($"a {kind.Name} rule");
        return errors.IsEmpty ? rule : null;
    }

    private static string? ReadId(RuleFields fields, Func<string, string?> idProblem)
    {
        var id = fields.Text("id", required: true)?.Trim();
        if (id is null)
        {
            return null;
        }

        var node = fields.Get("id")!;
        if (!IdPattern().IsMatch(id) || !RuleCategories.IsUserId(id))
        {
            fields.Errors.BadId(node.Start, node.End, $"id '{id}' is not a custom rule id: use EL6000-EL8999");
            return null;
        }

        if (idProblem(id) is { } problem)
        {
            fields.Errors.BadId(node.Start, node.End, problem);
            return null;
        }

        return id;
    }

    private static (DiagnosticSeverity, bool) ReadSeverity(RuleFields fields)
    {
        var word = fields.Text("severity")?.Trim().ToLowerInvariant();
        switch (word)
        {
            case null or "warning":
                return (DiagnosticSeverity.Warning, true);
            case "error":
                return (DiagnosticSeverity.Error, true);
            case "suggestion" or "info":
                return (DiagnosticSeverity.Info, true);
            case "silent" or "hidden":
                return (DiagnosticSeverity.Hidden, true);
            case "none":
                return (DiagnosticSeverity.Warning, false);
            default:
                var node = fields.Get("severity")!;
                fields.Errors.Invalid(node.Start, node.End, $"severity '{word}' is not one of error, warning, suggestion, silent, none");
                return (DiagnosticSeverity.Warning, true);
        }
    }

    private static MessageTemplate? ReadMessage(RuleFields fields, DataRuleKind kind)
    {
        var text = fields.Text("message") ?? kind.DefaultMessage;
        var template = MessageTemplate.Parse(text.Trim(), kind.Placeholders, out var problem);
        if (template is null)
        {
            var node = fields.Get("message")!;
            fields.Errors.Invalid(node.Start, node.End, problem!);
        }

        return template;
    }

    private static DataRuleFix ReadFix(RuleFields fields, DataRuleKind kind)
    {
        var word = fields.Text("fix")?.Trim().ToLowerInvariant();
        var fix = word switch
        {
            null => kind.DefaultFix,
            "none" or "no" => DataRuleFix.None,
            "safe" => DataRuleFix.Safe,
            "review" => DataRuleFix.Review,
            _ => (DataRuleFix?)null,
        };
        var node = fields.Get("fix");
        if (fix is null)
        {
            fields.Errors.Invalid(node!.Start, node.End, $"fix '{word}' is not one of none, safe, review");
            return kind.DefaultFix;
        }

        if (fix != DataRuleFix.None && !kind.CanFix)
        {
            fields.Errors.Invalid(node!.Start, node.End, $"a {kind.Name} rule only reports; it has no fix to offer (write 'fix: none' or leave it out)");
        }

        return fix.Value;
    }

    private static ImmutableArray<DataRuleTest> ReadTests(RuleFields fields)
    {
        var tests = new List<DataRuleTest>();
        var entries = fields.List("tests") ?? [];
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var name = $"tests[{i + 1}]";
            var line = (int)entry.Start.Line;
            if (entry is YamlMappingNode map)
            {
                var item = new RuleFields(map, fields.Errors);
                var markup = item.Text("markup", required: true);
                var fixedText = item.Text("fixed");
                var given = item.Text("name");
                var format = item.Text("format")?.Trim().ToLowerInvariant();
                if (format is not (null or "markdown" or "text"))
                {
                    var node = item.Get("format")!;
                    fields.Errors.Invalid(node.Start, node.End, "format must be markdown or text");
                }

                item.RejectUnknown("a test");
                if (markup is not null)
                {
                    tests.Add(new DataRuleTest(given ?? name, markup, fixedText, format == "text" ? DocumentKind.PlainText : DocumentKind.Markdown, line));
                }
            }
            else if (fields.AsText(entry, "tests") is { } markup)
            {
                tests.Add(new DataRuleTest(name, markup, null, DocumentKind.Markdown, line));
            }
        }

        return [.. tests];
    }

    [GeneratedRegex("^EL[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
