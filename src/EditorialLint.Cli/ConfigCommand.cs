using System.CommandLine;
using System.Globalization;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Data;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli;

/// <summary>
/// <c>editorial-lint config DRAFT</c>: the settings that apply to one draft — every rule's severity, the options, the
/// dictionaries and data files found, the rule folder — each with the <c>.editorconfig</c> line that set it (as
/// <c>vale ls-config</c> and <c>eslint --print-config</c> do). The values are the engine's own; the lines are found by
/// asking Roslyn's section matching about each section of each file in the chain.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(TextWriter stdout)
    {
        var draft = new Argument<string>("draft") { Description = "The draft whose settings to show (it need not exist: the settings for that path are shown)." };
        var rulesDir = LintCommand.RulesDirOption();
        var noPlugins = LintCommand.NoPluginsOption();
        var command = new Command("config", "Print the effective settings for a draft: severities, options, dictionaries and rule folders, and which .editorconfig line set each.")
        {
            draft, rulesDir, noPlugins,
        };
        command.SetAction(parse => Run(parse.GetValue(draft)!, parse.GetValue(rulesDir), parse.GetValue(noPlugins), stdout));
        return command;
    }

    /// <summary>A configuration problem as "file(line): message", or the message alone when it has no place.</summary>
    private static string Describe(Microsoft.CodeAnalysis.Diagnostic d)
    {
        var message = d.GetMessage(CultureInfo.InvariantCulture);
        var span = d.Location.GetLineSpan();
        return d.Location.Kind == Microsoft.CodeAnalysis.LocationKind.None ? message : $"{Show(span.Path)}({span.StartLinePosition.Line + 1}): {message}";
    }

    internal static int Run(string draft, string? rulesDir, bool noPlugins, TextWriter w)
    {
        var full = Path.GetFullPath(draft);
        Core.Rules.RuleRegistry? registry = null;
        var configurations = new EditorialConfiguration(() => registry!);
        var setup = RuleSetup.Create(rulesDir, noPlugins, Environment.CurrentDirectory, false, configurations, [full]);
        registry = setup.Registry;
        var configuration = configurations.GetForPath(full);
        var trace = EditorConfigTrace.For(full);
        var inv = CultureInfo.InvariantCulture;

        w.WriteLine($"Settings for {draft}");
        w.WriteLine($"reader: {DocumentParser.KindFor(full)?.ToString().ToLowerInvariant() ?? "plain text (unknown extension)"}");
        w.WriteLine();
        w.WriteLine(".editorconfig files (nearest first):");
        if (trace.Files.Count == 0)
        {
            w.WriteLine("  none: every rule has its default severity");
        }

        foreach (var f in trace.Files)
        {
            w.WriteLine($"  {Show(f.Path)}{(f.IsRoot ? " (root = true)" : string.Empty)}");
        }

        w.WriteLine();
        w.WriteLine("Severities:");
        var descriptors = registry.Descriptors.ToList();
        var idWidth = descriptors.Count == 0 ? 6 : descriptors.Max(d => d.Id.Length);
        var aliasWidth = descriptors.Count == 0 ? 10 : descriptors.Max(d => registry.GetAlias(d.Id).Length);
        foreach (var d in descriptors)
        {
            var severity = configuration.GetSeverity(d) switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "suggestion",
                DiagnosticSeverity.Hidden => "silent",
                _ => "none",
            };
            var line = trace.Winner(key => key.StartsWith("dotnet_diagnostic.", StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase) &&
                                           string.Equals(registry.ResolveId(key["dotnet_diagnostic.".Length..^".severity".Length]), d.Id, StringComparison.Ordinal))
                ?? trace.Winner(key => string.Equals(key, $"dotnet_analyzer_diagnostic.category-{d.Category}.severity", StringComparison.OrdinalIgnoreCase))
                ?? trace.Winner(key => string.Equals(key, "dotnet_analyzer_diagnostic.severity", StringComparison.OrdinalIgnoreCase));
            var source = line is null ? $"default ({(d.IsEnabledByDefault ? Word(d.DefaultSeverity) : "off")})" : line.ToString();
            w.WriteLine($"  {d.Id.PadRight(idWidth)}  {registry.GetAlias(d.Id).PadRight(aliasWidth)}  {severity,-10}  {source}");
        }

        w.WriteLine();
        w.WriteLine("Options:");
        var keys = configuration.Options.Keys.Where(k => k.StartsWith("editorial_lint.", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (keys.Count == 0)
        {
            w.WriteLine("  none set (defaults apply)");
        }

        foreach (var key in keys)
        {
            configuration.Options.TryGetValue(key, out var value);
            var line = trace.Winner(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            w.WriteLine($"  {key} = {value}    [{line?.ToString() ?? "set outside .editorconfig"}]");
        }

        w.WriteLine();
        var (names, origin) = SpellingSetup.NamesFor(configuration);
        var packs = PackData.Resolve(configuration.Options);
        var dictLine = trace.Winner(k => string.Equals(k, "editorial_lint.dictionaries", StringComparison.OrdinalIgnoreCase));
        w.WriteLine($"Dictionaries [{dictLine?.ToString() ?? "default list"}]:");
        if (names.Count == 1 && names[0].Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            w.WriteLine("  none: spelling rules are off");
        }
        else
        {
            var (found, folders) = SpellingSetup.Resolve(names, origin);
            foreach (var (name, path) in found)
            {
                w.WriteLine($"  {name}: {(path is null ? $"NOT FOUND (looked in {string.Join(", ", folders.Select(Show))})" : Show(path))}");
            }

            foreach (var pack in packs)
            {
                foreach (var list in PackData.WordListsIn(Path.Combine(pack.Folder, PackData.FolderName)))
                {
                    w.WriteLine($"  {Path.GetFileName(list)}: {Show(list)}    [pack {pack.Manifest.Name} {pack.Manifest.Version}]");
                }
            }
        }

        w.WriteLine();
        w.WriteLine("Data files:");
        foreach (var (key, file) in new[] { ("house_terms", "house-terms.txt"), ("name_variants", "name-variants.txt"), ("us_uk_variants", "us-uk-variants.txt"), ("singular_names", "singular-names.txt") })
        {
            var path = DataFiles.Locate(configuration.Options, key, file);
            var line = trace.Winner(k => string.Equals(k, "editorial_lint." + key, StringComparison.OrdinalIgnoreCase));
            w.WriteLine($"  {key}: {(path is null ? "NOT FOUND" : Show(path))}    [{line?.ToString() ?? "built-in"}]");
            foreach (var pack in packs.Where(p => File.Exists(Path.Combine(p.Folder, PackData.FolderName, file))))
            {
                w.WriteLine($"  {key}: + {Show(Path.Combine(pack.Folder, PackData.FolderName, file))}    [pack {pack.Manifest.Name} {pack.Manifest.Version}]");
            }
        }

        w.WriteLine();
        if (noPlugins)
        {
            w.WriteLine("Rule folder: none (--no-plugins)");
        }
        else if (rulesDir is not null)
        {
            w.WriteLine($"Rule folder: {Show(Path.GetFullPath(rulesDir))} [--rules]");
        }
        else
        {
            // The draft's rule folder comes from the .editorconfig that applies to it, relative to that file.
            var folder = configuration.Options.Get(EngineOptions.RulesPath);
            var line = trace.Winner(k => string.Equals(k, "editorial_lint.rules_path", StringComparison.OrdinalIgnoreCase));
            w.WriteLine(folder is null
                ? "Rule folder: none (built-in rules only)"
                : $"Rule folder: {Show(folder)}{(Directory.Exists(folder) ? string.Empty : " (NOT FOUND)")} [{line?.ToString() ?? "editorial_lint.rules_path"}]");
        }

        var session = new LintSession(registry, new LintSessionOptions { Configuration = configurations, OptionCatalog = OptionCatalog.For(registry) });
        var configurationProblems = session.ProblemsOf(configuration);
        var problems = configurationProblems.Select(d => Describe(d.Diagnostic)).Concat(setup.Problems).ToList();
        if (problems.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Problems:");
            foreach (var p in problems)
            {
                w.WriteLine($"  {p}");
            }
        }

        // A warning (an option key no rule reads) is shown but does not fail, as in a lint run.
        return setup.Problems.Count > 0 || configurationProblems.Any(d => EngineTags.FailsTheRun(d.Diagnostic)) ? ExitCodes.Usage : ExitCodes.Success;

        static string Word(DiagnosticSeverity s) => s switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "suggestion",
            _ => "silent",
        };
    }

    /// <summary>A path relative to the current folder when it is inside it, else absolute.</summary>
    private static string Show(string path)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return rel.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(rel) ? path : rel;
    }
}

/// <summary>
/// Which line of which <c>.editorconfig</c> set a key for one file. The chain is the one the engine reads (walking up
/// to <c>root = true</c>); whether a section applies is asked of Roslyn's own matcher with a one-section probe, so
/// globs behave exactly as in the engine. Precedence as in Roslyn: nearer files win, and later lines in a file win.
/// </summary>
internal sealed class EditorConfigTrace
{
    public sealed record FileInfo(string Path, bool IsRoot);

    public sealed record Line(string File, int Number, string Section, string Key, string Value)
    {
        public override string ToString() =>
            $"{Show(File)}:{Number.ToString(CultureInfo.InvariantCulture)} [{Section}] {Key} = {Value}";

        private static string Show(string path)
        {
            var rel = System.IO.Path.GetRelativePath(Environment.CurrentDirectory, path);
            return rel.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(rel) ? path : rel;
        }
    }

    private readonly List<Line> _lines; // lowest precedence first

    private EditorConfigTrace(List<FileInfo> files, List<Line> lines)
    {
        Files = files;
        _lines = lines;
    }

    public IReadOnlyList<FileInfo> Files { get; }

    /// <summary>The line that decides the first key matching <paramref name="keyMatches"/>, or null.</summary>
    public Line? Winner(Func<string, bool> keyMatches) => _lines.LastOrDefault(l => keyMatches(l.Key));

    public static EditorConfigTrace For(string fullPath)
    {
        var files = new List<FileInfo>();
        var perFile = new List<List<Line>>();
        for (var d = new DirectoryInfo(System.IO.Path.GetDirectoryName(fullPath)!); d is not null; d = d.Parent)
        {
            var file = System.IO.Path.Combine(d.FullName, ".editorconfig");
            if (!File.Exists(file))
            {
                continue;
            }

            var (isRoot, lines) = Read(file, fullPath);
            files.Add(new FileInfo(file, isRoot));
            perFile.Add(lines);
            if (isRoot)
            {
                break;
            }
        }

        // Farthest file first, so that the last matching line in the list is the one that wins.
        var ordered = Enumerable.Range(0, perFile.Count).Reverse().SelectMany(i => perFile[i]).ToList();
        return new EditorConfigTrace(files, ordered);
    }

    private static (bool IsRoot, List<Line> Lines) Read(string file, string target)
    {
        var lines = new List<Line>();
        var isRoot = false;
        string? section = null;
        bool applies = false;
        var number = 0;
        foreach (var raw in File.ReadAllLines(file))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[' && line.EndsWith(']'))
            {
                section = line[1..^1];
                applies = SectionApplies(file, section, target);
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var key = line[..eq].Trim();
            var value = StripComment(line[(eq + 1)..]).Trim();
            if (section is null)
            {
                isRoot |= key.Equals("root", StringComparison.OrdinalIgnoreCase) && value.Equals("true", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (applies)
            {
                lines.Add(new Line(file, number, section, key, value));
            }
        }

        return (isRoot, lines);
    }

    /// <summary>Values may carry a trailing comment after white space (as Roslyn reads them).</summary>
    private static string StripComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] is '#' or ';' && char.IsWhiteSpace(value[i - 1]))
            {
                return value[..i];
            }
        }

        return value;
    }

    private static bool SectionApplies(string file, string section, string target)
    {
        const string probe = "editorial_lint_config_probe";
        var config = AnalyzerConfig.Parse($"[{section}]\n{probe} = 1\n", file);
        var set = AnalyzerConfigSet.Create(System.Collections.Immutable.ImmutableArray.Create(config));
        return set.GetOptionsForSourcePath(target).AnalyzerOptions.ContainsKey(probe);
    }
}
