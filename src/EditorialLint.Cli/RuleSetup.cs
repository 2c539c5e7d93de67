using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;
using EditorialLint.DataRules;
using EditorialLint.Rules;
using EditorialLint.RuleHost;

namespace EditorialLint.Cli;

/// <summary>
/// Builds the rule registry for a run: the built-in rules, then — unless <c>--no-plugins</c> — the editor's plugin
/// rules from <c>--rules DIR</c> (for every draft) or from the <c>editorial_lint.rules_path</c> of each draft's
/// .editorconfig (resolved against that file's folder, and run only on the drafts it configures): C# rules and no-code
/// rule files (*.yaml, *.yml). Plugin folders are opted into explicitly: rules are code and run with the user's rights,
/// and rule files load under the same trust.
/// </summary>
internal static class RuleSetup
{
    /// <summary>
    /// The registry, the problems of the rule folders as results located at their files (compile errors at the rule
    /// file, a missing folder at the .editorconfig line that names it), the same problems as text for commands that
    /// print them, and which plugin rules apply to which draft.
    /// </summary>
    public sealed record Setup(RuleRegistry Registry, IReadOnlyList<DocumentResult> PluginErrors, IReadOnlyList<string> Problems)
    {
        /// <summary>For <see cref="LintSessionOptions.RuleFilter"/>: null when every loaded rule applies to every draft.</summary>
        public Func<LoadedRule, DocumentConfiguration, bool>? RuleFilter { get; init; }
    }

    /// <summary>The setup for commands about the current folder: its .editorconfig's rule folder, if any.</summary>
    public static Setup Create(string? rulesDir, bool noPlugins, string baseDirectory, bool allowPluginApis = false) =>
        Create(rulesDir, noPlugins, baseDirectory, allowPluginApis, new EditorialConfiguration(new RuleRegistry()), [Path.Combine(baseDirectory, "any.md")]);

    /// <summary>The setup for a lint run over <paramref name="drafts"/>, reading rule folders from <paramref name="configuration"/>.</summary>
    public static Setup Create(string? rulesDir, bool noPlugins, string baseDirectory, bool allowPluginApis, EditorialConfiguration configuration, IEnumerable<string> drafts)
    {
        var registry = BuiltInRules.CreateRegistry();
        var problems = new List<string>(registry.Errors);
        var errors = registry.Errors.Select(e => Problem(string.Empty, EngineDiagnostics.InvalidRuleId, Location.None, e)).ToList();

        // The packs' data (word lists, house terms) is read without trust and under --no-plugins: check it for all.
        PackData.Check(configuration, drafts, baseDirectory, errors, problems);
        if (noPlugins)
        {
            return new Setup(registry, errors, problems);
        }

        var packFolders = new HashSet<string>(StringComparer.Ordinal);
        if (rulesDir is not null)
        {
            if (!Directory.Exists(rulesDir))
            {
                var message = $"rules folder not found: {rulesDir}";
                problems.Add(message);
                errors.Add(Problem(rulesDir, EngineDiagnostics.UnreadablePath, Location.None, message));
            }
            else
            {
                Load(rulesDir, registry, baseDirectory, allowPluginApis, errors);
            }

            AddPacks(registry, baseDirectory, allowPluginApis, errors, problems, packFolders);
            return new Setup(registry, errors, problems);
        }

        // Each rules_path that a draft's .editorconfig names, relative to that file; read once per folder.
        var named = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var options = configuration.GetOptionsForPath(draft);
            if (options.Options.Get(EngineOptions.RulesPath) is { } folder)
            {
                named.TryAdd(Normalise(folder), options.Locate("rules_path"));
            }
        }

        foreach (var (folder, where) in named.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!Directory.Exists(folder))
            {
                var message = $"rules folder not found: {folder} (editorial_lint.rules_path)";
                problems.Add(message);
                errors.Add(Problem(where.GetLineSpan().Path is { Length: > 0 } p ? Path.GetRelativePath(baseDirectory, p) : folder, EngineDiagnostics.BadConfiguration, where, message));
                continue;
            }

            var shown = Path.GetRelativePath(baseDirectory, folder);
            LoadTrusted(registry, new RuleFolder(folder, NeedsTrust: true, "named by .editorconfig (editorial_lint.rules_path)", $"pass --rules {shown}"), baseDirectory, allowPluginApis, errors);
        }

        AddPacks(registry, baseDirectory, allowPluginApis, errors, problems, packFolders);

        // A plugin rule from an .editorconfig's folder runs only on the drafts whose configuration names that folder;
        // a pack's rules run on every draft of the run.
        return new Setup(registry, errors, problems)
        {
            RuleFilter = named.Count == 0 ? null : (rule, c) => rule.Origin == "built-in" || packFolders.Contains(rule.Origin) ||
                (c.Options.Get(EngineOptions.RulesPath) is { } p && string.Equals(Normalise(p), rule.Origin, StringComparison.Ordinal)),
        };
    }

    /// <summary>
    /// A folder of plugin rules to load: whether it needs the user's trust (it was named by an .editorconfig, not on
    /// the command line), what named it (for messages), and the other way to consent besides <c>trust</c>.
    /// </summary>
    internal sealed record RuleFolder(string Path, bool NeedsTrust, string NamedBy, string OtherConsent);

    /// <summary>Rule packs named by .editorconfig (editorial_lint.packs): each pack's rule folder loads under the same trust.</summary>
    private static void AddPacks(RuleRegistry registry, string baseDirectory, bool allowPluginApis, List<DocumentResult> errors, List<string> problems, HashSet<string> packFolders)
    {
        // A pack that cannot be used is a configuration problem at the .editorconfig line that names it.
        var packProblems = new List<string>();
        var folders = Packs.RuleFolders(registry, baseDirectory, packProblems);
        packProblems.RemoveAll(problems.Contains); // already reported by PackData.Check
        if (packProblems.Count > 0)
        {
            var where = new EditorialConfiguration(registry).GetOptionsForPath(Path.Combine(baseDirectory, "any.md")).Locate(EngineOptions.Packs.Name);
            var path = where.GetLineSpan().Path is { Length: > 0 } p ? Path.GetRelativePath(baseDirectory, p) : ".editorconfig";
            problems.AddRange(packProblems);
            errors.AddRange(packProblems.Select(m => Problem(path, EngineDiagnostics.BadConfiguration, where, m)));
        }

        foreach (var pack in folders)
        {
            if (LoadTrusted(registry, pack, baseDirectory, allowPluginApis, errors))
            {
                packFolders.Add(Normalise(pack.Path));
            }
        }
    }

    /// <summary>
    /// Load a folder once it is trusted: a folder named only by an .editorconfig (which came with the drafts, perhaps
    /// from a cloned repository) is code the user never chose to run, so it is compiled only once trusted as it is now.
    /// </summary>
    private static bool LoadTrusted(RuleRegistry registry, RuleFolder rules, string baseDirectory, bool allowPluginApis, List<DocumentResult> errors)
    {
        var folder = rules.Path;
        if (rules.NeedsTrust && TrustStore.Check(folder) is var state and not TrustStore.State.Trusted)
        {
            var shown = Path.GetRelativePath(baseDirectory, folder);
            var why = state == TrustStore.State.Changed ? "has changed since you trusted it" : "is not trusted";
            var message = $"The rules folder '{shown}' {rules.NamedBy} {why}, so its rules (C# and rule files) were not loaded; " +
                $"read it, then run 'editorial-lint trust {shown}' to trust it as it is now, or {rules.OtherConsent}. Linting goes on without it.";
            errors.Add(Problem(shown, EngineDiagnostics.UntrustedRules, Location.None, message));
            return false;
        }

        Load(folder, registry, baseDirectory, allowPluginApis, errors);
        return true;
    }

    private static string Normalise(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    private static DocumentResult Problem(string path, DiagnosticDescriptor descriptor, Location location, string message) =>
        new(path, null, [new EditorialDiagnostic(Diagnostic.Create(descriptor, location, message), null)]);

    /// <summary>Compile a rule folder and add its rules (and their pages) to the registry; compile errors go to <paramref name="errors"/>.</summary>
    private static void Load(string folder, RuleRegistry registry, string baseDirectory, bool allowPluginApis, List<DocumentResult> errors)
    {
        // No-code rule files (*.yaml, *.yml) beside the C#, under the same trust: a file with a problem is reported
        // at its line and column and skipped; the others load even when the C# does not compile.
        var (loaded, initializeErrors) = PluginWorkerCommand.Load(folder, allowPluginApis);
        var dataErrors = DataRuleRegistration.AddTo(registry, Normalise(folder)).Errors;
        foreach (var group in dataErrors.Concat(loaded.Errors).GroupBy(d => d.Location.GetLineSpan().Path is { Length: > 0 } p ? p : folder))
        {
            errors.Add(new DocumentResult(Path.GetRelativePath(baseDirectory, group.Key), null, [.. group.Select(d => new EditorialDiagnostic(d, null))]));
        }

        if (!loaded.Success)
        {
            return;
        }

        var before = registry.Errors.Count;
        foreach (var rule in loaded.Rules)
        {
            // Initialize is plugin code: held to the same limits as the rule's actions.
            using var guard = PluginGuard.Enter(RuleCompiler.ConstructionTimeLimit, RuleCompiler.PluginMemoryLimitBytes);
            registry.Add(rule, Normalise(loaded.Folder), userRule: true);
        }

        foreach (var e in initializeErrors.Concat(registry.Errors.Skip(before)))
        {
            errors.Add(Problem(Path.GetRelativePath(baseDirectory, loaded.Folder), EngineDiagnostics.InvalidRuleId, Location.None, e));
        }

        AddDocPages(registry, loaded.Folder);
    }

    /// <summary>
    /// Doc pages beside plugin rules: <c>ELnnnnTitle.md</c>. Fixtures (<c>*.test.md</c>) and expected fixed drafts
    /// (<c>*.fixed.md</c>) beside them are not pages.
    /// </summary>
    internal static void AddDocPages(RuleRegistry registry, string folder)
    {
        foreach (var md in RuleCompiler.RuleFiles(folder, "EL*.md"))
        {
            var name = Path.GetFileName(md);
            if (IsDocPage(name))
            {
                registry.AddDoc(name[..6], File.ReadAllText(md));
            }
        }
    }

    /// <summary>ELnnnn, then a name without dots, then .md: <c>EL6001Placeholder.md</c>, not <c>EL6001Placeholder.test.md</c>.</summary>
    internal static bool IsDocPage(string fileName) =>
        fileName.Length > 9 && fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) &&
        fileName[2..6].All(char.IsAsciiDigit) && !fileName[..^3].Contains('.', StringComparison.Ordinal);

    /// <summary>The rules folder that the .editorconfig applying to <paramref name="directory"/> names, if any.</summary>
    internal static string? RulesPathFromEditorConfig(RuleRegistry registry, string directory) =>
        new EditorialConfiguration(registry).GetOptionsForPath(Path.Combine(directory, "any.md")).Options.Get(EngineOptions.RulesPath);
}
