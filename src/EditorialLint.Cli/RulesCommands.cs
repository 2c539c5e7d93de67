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
        var command = new Command("rules", "List every rule: id, alias, category, default severity, whether it can fix, and its title.");
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
                FixColumn(registry, d),
                d.Title.ToString(CultureInfo.InvariantCulture),
            }).ToList();
            WriteTable(stdout, ["Id", "Alias", "Category", "Severity", "Fix", "Title"], rows);
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
                    .OrderBy(c => Distance(c.ToLowerInvariant(), name.ToLowerInvariant()))
                    .Take(3);
                stderr.WriteLine($"editorial-lint: no rule '{name}'. Did you mean: {string.Join(", ", close)}? Run 'editorial-lint rules' for the list.");
                return ExitCodes.Usage;
            }

            var doc = registry.GetDoc(descriptor.Id);
            if (doc is null)
            {
                var inv = CultureInfo.InvariantCulture;
                stdout.WriteLine($"# {descriptor.Id}: {descriptor.Title.ToString(inv)}");
                stdout.WriteLine();
                stdout.WriteLine(descriptor.Description.ToString(inv));
                stdout.WriteLine();
                stdout.WriteLine($"Fix: {FixColumn(registry, descriptor)}");
            }
            else
            {
                stdout.WriteLine(doc.TrimEnd());
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// What a rule's fixes are: the safety its descriptor declares (<see cref="RuleTags"/>: "safe", "review"), else
    /// what its own page says ("yes"), else "-".
    /// </summary>
    internal static string FixColumn(RuleRegistry registry, DiagnosticDescriptor descriptor) =>
        RuleTags.DeclaredFix(descriptor) ?? (HasFix(registry.GetDoc(descriptor.Id)) ? "yes" : "-");

    /// <summary>
    /// For a rule that declares nothing in code (an older plugin): its page says whether it fixes in its table,
    /// "| Fix | none |" or "| Fix | ... |".
    /// </summary>
    private static bool HasFix(string? doc)
    {
        if (doc is null)
        {
            return false;
        }

        foreach (var line in doc.Split('\n'))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length >= 2 && cells[0].Equals("Fix", StringComparison.OrdinalIgnoreCase))
            {
                var v = cells[1].ToLowerInvariant();
                return !(v.StartsWith("none", StringComparison.Ordinal) || v.StartsWith("no", StringComparison.Ordinal) || v == "-");
            }
        }

        return false;
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

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
