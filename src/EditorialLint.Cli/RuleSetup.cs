using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;
using EditorialLint.Rules;
using EditorialLint.RuleHost;

namespace EditorialLint.Cli;

/// <summary>
/// Builds the rule registry for a run: the built-in rules, then — unless <c>--no-plugins</c> — the editor's plugin
/// rules from <c>--rules DIR</c> or from <c>editorial_lint.rules_path</c> in the .editorconfig that applies to the
/// current folder. Plugin folders are opted into explicitly: rules are code and run with the user's rights.
/// </summary>
internal static class RuleSetup
{
    public sealed record Setup(RuleRegistry Registry, IReadOnlyList<DocumentResult> PluginErrors, IReadOnlyList<string> Problems);

    public static Setup Create(string? rulesDir, bool noPlugins, string baseDirectory, bool allowPluginApis = false)
    {
        var registry = BuiltInRules.CreateRegistry();
        var problems = new List<string>(registry.Errors);
        var errors = new List<DocumentResult>();
        if (noPlugins)
        {
            return new Setup(registry, errors, problems);
        }

        var folder = rulesDir;
        var fromEditorConfig = false;
        if (folder is null)
        {
            // rules_path from the .editorconfig that applies to this folder, relative to that file.
            folder = RulesPathFromEditorConfig(registry, baseDirectory);
            fromEditorConfig = folder is not null;
        }

        if (folder is not null)
        {
            AddFolder(registry, new RuleFolder(folder, fromEditorConfig, "named by .editorconfig (editorial_lint.rules_path)", $"pass --rules {Path.GetRelativePath(baseDirectory, folder)}"), baseDirectory, allowPluginApis, errors, problems);
        }

        // Rule packs named by .editorconfig (editorial_lint.packs): each pack's rule folder loads like the one above.
        foreach (var pack in Packs.RuleFolders(registry, baseDirectory, problems))
        {
            AddFolder(registry, pack, baseDirectory, allowPluginApis, errors, problems);
        }

        return new Setup(registry, errors, problems);
    }

    /// <summary>
    /// A folder of plugin rules to load: whether it needs the user's trust (it was named by an .editorconfig, not on
    /// the command line), what named it (for messages), and the other way to consent besides <c>trust</c>.
    /// </summary>
    internal sealed record RuleFolder(string Path, bool NeedsTrust, string NamedBy, string OtherConsent);

    private static void AddFolder(RuleRegistry registry, RuleFolder rules, string baseDirectory, bool allowPluginApis, List<DocumentResult> errors, List<string> problems)
    {
        var folder = rules.Path;
        if (!Directory.Exists(folder))
        {
            problems.Add($"rules folder not found: {folder}");
            return;
        }

        // A folder named only by an .editorconfig (which came with the drafts, perhaps from a cloned repository) is
        // code the user never chose to run: it is compiled only once trusted as it is now, or named with --rules.
        if (rules.NeedsTrust && TrustStore.Check(folder) is var state and not TrustStore.State.Trusted)
        {
            var shown = Path.GetRelativePath(baseDirectory, folder);
            var why = state == TrustStore.State.Changed ? "has changed since you trusted it" : "is not trusted";
            var message = $"The rules folder '{shown}' {rules.NamedBy} {why}, so its C# was not compiled or run; " +
                $"read it, then run 'editorial-lint trust {shown}' to trust it as it is now, or {rules.OtherConsent}. Linting goes on without it.";
            var d = Diagnostic.Create(EngineDiagnostics.UntrustedRules, Location.None, message);
            errors.Add(new DocumentResult(shown, null, [new EditorialDiagnostic(d, null)]));
            return;
        }

        var loaded = RuleCompiler.Load(folder, allowBannedApis: allowPluginApis);
        if (!loaded.Success)
        {
            foreach (var group in loaded.Errors.GroupBy(d => d.Location.GetLineSpan().Path is { Length: > 0 } p ? p : folder))
            {
                errors.Add(new DocumentResult(Path.GetRelativePath(baseDirectory, group.Key), null, [.. group.Select(d => new EditorialDiagnostic(d, null))]));
            }

            return;
        }

        var before = registry.Errors.Count;
        foreach (var rule in loaded.Rules)
        {
            // Initialize is plugin code: held to the same limits as the rule's actions.
            using var guard = PluginGuard.Enter(RuleCompiler.ConstructionTimeLimit, RuleCompiler.PluginMemoryLimitBytes);
            registry.Add(rule, loaded.Folder, userRule: true);
        }

        foreach (var e in registry.Errors.Skip(before))
        {
            var d = Diagnostic.Create(EngineDiagnostics.InvalidRuleId, Location.None, e);
            errors.Add(new DocumentResult(Path.GetRelativePath(baseDirectory, loaded.Folder), null, [new EditorialDiagnostic(d, null)]));
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
        new EditorialConfiguration(registry).GetForPath(Path.Combine(directory, "any.md")).Options.GetPath("rules_path");
}
