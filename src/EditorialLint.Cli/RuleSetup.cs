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
/// rules from <c>--rules DIR</c> or from <c>editorial_lint.rules_path</c> in the .editorconfig that applies to the
/// current folder: C# rules and no-code rule files (*.yaml, *.yml). Plugin folders are opted into explicitly: rules
/// are code and run with the user's rights, and rule files load under the same trust.
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

        if (folder is null)
        {
            return new Setup(registry, errors, problems);
        }

        if (!Directory.Exists(folder))
        {
            problems.Add($"rules folder not found: {folder}");
            return new Setup(registry, errors, problems);
        }

        // A folder named only by an .editorconfig (which came with the drafts, perhaps from a cloned repository) is
        // code the user never chose to run: it is compiled only once trusted as it is now, or named with --rules.
        if (fromEditorConfig && TrustStore.Check(folder) is var state and not TrustStore.State.Trusted)
        {
            var shown = Path.GetRelativePath(baseDirectory, folder);
            var why = state == TrustStore.State.Changed ? "has changed since you trusted it" : "is not trusted";
            var message = $"The rules folder '{shown}' named by .editorconfig (editorial_lint.rules_path) {why}, so its rules (C# and rule files) were not loaded; " +
                $"read it, then run 'editorial-lint trust {shown}' to trust it as it is now, or pass --rules {shown}. Linting goes on with the built-in rules.";
            var d = Diagnostic.Create(EngineDiagnostics.UntrustedRules, Location.None, message);
            errors.Add(new DocumentResult(shown, null, [new EditorialDiagnostic(d, null)]));
            return new Setup(registry, errors, problems);
        }

        // No-code rule files (*.yaml, *.yml) beside the C#, under the same trust: a file with a problem is reported
        // at its line and column and skipped; the others load even when the C# does not compile.
        var loaded = RuleCompiler.Load(folder, allowBannedApis: allowPluginApis);
        foreach (var group in DataRuleRegistration.AddTo(registry, folder).Errors.Concat(loaded.Errors).GroupBy(d => d.Location.GetLineSpan().Path is { Length: > 0 } p ? p : folder))
        {
            errors.Add(new DocumentResult(Path.GetRelativePath(baseDirectory, group.Key), null, [.. group.Select(d => new EditorialDiagnostic(d, null))]));
        }

        if (!loaded.Success)
        {

            return new Setup(registry, errors, problems);
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

        // Doc pages beside plugin rules: ELnnnnTitle.md (not their fixtures, ELnnnnTitle.test.md and .fixed.md).
        foreach (var md in Directory.EnumerateFiles(loaded.Folder, "EL*.md", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(md);
            if (name.Length > 6 && !name.EndsWith(".test.md", StringComparison.Ordinal) && !name.EndsWith(".fixed.md", StringComparison.Ordinal))
            {
                registry.AddDoc(name[..6], File.ReadAllText(md));
            }
        }

        return new Setup(registry, errors, problems);
    }

    /// <summary>The rules folder that the .editorconfig applying to <paramref name="directory"/> names, if any.</summary>
    internal static string? RulesPathFromEditorConfig(RuleRegistry registry, string directory) =>
        new EditorialConfiguration(registry).GetForPath(Path.Combine(directory, "any.md")).Options.GetPath("rules_path");
}
