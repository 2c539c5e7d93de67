using EditorialLint.Core.Analysis;
using System.CommandLine;
using System.Globalization;
using Microsoft.CodeAnalysis;
using EditorialLint.Cli.Reporting;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli;

/// <summary><c>rules</c> (the table of every rule) and <c>explain ID</c> (a rule's documentation).</summary>
internal static class RulesCommands
{
    public static Command CreateRules(TextWriter stdout)
    {
        var command = new Command("rules", "List every rule (id, alias, category, default severity, the fixes it declares, title), then every option (type, default, the rules that read it).");
        var noPlugins = LintCommand.NoPluginsOption();
        var rulesDir = LintCommand.RulesDirOption();
        command.Add(noPlugins);
        command.Add(rulesDir);
        command.SetAction(parse =>
        {
            var setup = RuleSetup.Create(parse.GetValue(rulesDir), parse.GetValue(noPlugins), Environment.CurrentDirectory);
            var registry = setup.Registry;
            foreach (var p in setup.Problems)
            {
                Console.Error.WriteLine($"editorial-lint: {p}");
            }

            var rows = registry.Descriptors.Select(d => new[]
            {
                d.Id,
                registry.GetAlias(d.Id),
                d.Category,
                d.IsEnabledByDefault ? LintReport.SeverityWord(d.DefaultSeverity) : "none",
                RuleTags.DeclaredFix(d) ?? "-",
                d.Title.ToString(CultureInfo.InvariantCulture),
            }).ToList();
            WriteTable(stdout, ["Id", "Alias", "Category", "Severity", "Fix", "Title"], rows);
            stdout.WriteLine();
            WriteOptions(stdout, registry);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateExplain(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<string>("id") { Description = "A rule id (EL1001) or alias (footnote-number-gap)." };
        var command = new Command("explain", "Show a rule's documentation: what it finds, why, how to fix it, how to configure it.") { id };
        var noPlugins = LintCommand.NoPluginsOption();
        var rulesDir = LintCommand.RulesDirOption();
        command.Add(noPlugins);
        command.Add(rulesDir);
        command.SetAction(parse =>
        {
            var registry = RuleSetup.Create(parse.GetValue(rulesDir), parse.GetValue(noPlugins), Environment.CurrentDirectory).Registry;
            var name = parse.GetValue(id)!;
            var descriptor = registry.GetDescriptor(name);
            if (descriptor is null)
            {
                var close = registry.Descriptors
                    .SelectMany(d => new[] { d.Id, registry.GetAlias(d.Id) })
                    .OrderBy(c => OptionCatalog.Distance(c.ToLowerInvariant(), name.ToLowerInvariant()))
                    .Take(3);
                stderr.WriteLine($"editorial-lint: no rule '{name}'. Did you mean: {string.Join(", ", close)}? Run 'editorial-lint rules' for the list.");
                return ExitCodes.Usage;
            }

            var options = registry.GetRule(descriptor.Id)?.Options ?? [];
            stdout.WriteLine(Explain(descriptor, registry.GetDoc(descriptor.Id), options));

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The options table after the rules table: every declared option (engine options included), its type, default,
    /// the rules that read it and what it does.
    /// </summary>
    private static void WriteOptions(TextWriter w, RuleRegistry registry)
    {
        var rows = OptionCatalogue.AllOptions(registry).Select(o => new[]
        {
            o.Key,
            o.AllowedValues.IsDefaultOrEmpty ? o.Type : string.Join("|", o.AllowedValues),
            o.DefaultText,
            OptionCatalogue.RulesUsing(registry, o.Name) is { IsEmpty: false } ids ? string.Join(",", ids) : "(engine)",
            o.Description,
        }).ToList();
        WriteTable(w, ["Option", "Type", "Default", "Rules", "Description"], rows);
    }

    /// <summary>
    /// A rule's page with its options section written from the declarations (appended when the page has none), or,
    /// without a page, the descriptor's title and description and the options.
    /// </summary>
    internal static string Explain(DiagnosticDescriptor descriptor, string? doc, IReadOnlyList<OptionDeclaration> options)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = doc is null
            ? [$"# {descriptor.Id}: {descriptor.Title.ToString(inv)}", string.Empty, descriptor.Description.ToString(inv), string.Empty, $"Fix: {RuleTags.DeclaredFix(descriptor) ?? "none"}"]
            : doc.TrimEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == OptionDocs.SectionHeading);
        if (start >= 0)
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            end = end < 0 ? lines.Count : end;
            var keep = lines.Skip(start + 1).Take(end - start - 1).Where(l => !l.StartsWith('|')).ToList();
            List<string> section = [.. OptionDocs.Table(options), .. keep];
            lines = [.. lines.Take(start + 1), .. section, .. lines.Skip(end)];
        }
        else if (options.Count > 0)
        {
            lines = [.. lines, string.Empty, OptionDocs.SectionHeading, .. OptionDocs.Table(options)];
        }

        return string.Join('\n', lines);
    }

    private static void WriteTable(TextWriter w, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        void Row(string[] cells) => w.WriteLine(string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
        Row(header);
        Row(widths.Select(n => new string('-', n)).ToArray());
        foreach (var r in rows)
        {
            Row(r);
        }
    }
}
