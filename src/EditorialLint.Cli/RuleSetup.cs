using EditorialLint.Core.Rules;
using EditorialLint.Rules;

namespace EditorialLint.Cli;

/// <summary>Builds the rule registry for a run: the built-in rules, then (unless turned off) the editor's plugin rules.</summary>
internal static class RuleSetup
{
    public static RuleRegistry CreateRegistry(string? rulesDir, bool noPlugins, string baseDirectory, out IReadOnlyList<string> problems)
    {
        var registry = BuiltInRules.CreateRegistry();
        var list = new List<string>(registry.Errors);
        if (!noPlugins && rulesDir is not null)
        {
            list.Add($"--rules {rulesDir}: plugin rules are not available in this build");
        }

        problems = list;
        return registry;
    }
}
