using System.Collections.Immutable;

namespace EditorialLint.Core.Rules;

/// <summary>
/// Options the engine and the command line read, not any one rule: where plugin rules live, how long a plugin rule
/// may run, and which dictionaries the spelling rules use.
/// </summary>
public static class EngineOptions
{
    /// <summary>A folder of plugin rules (<c>*.cs</c>) to compile and run; it must be trusted first.</summary>
    public static readonly RuleOption<string?> RulesPath = RuleOption.Path(
        "rules_path", "none",
        "A folder of the editor's own rules (*.cs), compiled and run once the folder is trusted (editorial-lint trust).");

    /// <summary>The time a plugin rule may take on one document.</summary>
    public static readonly RuleOption<int> RuleTimeoutMs = RuleOption.Int(
        "rule_timeout_ms", 2000,
        "Milliseconds a plugin rule may take on one document before it is stopped (EL9006) and disabled for the run.");

    /// <summary>The dictionaries the spelling rules consult, in order.</summary>
    public static readonly RuleOption<ImmutableArray<string>> Dictionaries = RuleOption.List(
        "dictionaries", ["en_US", "house", "en_GB", "en_wide", "names", "software", "misspellings"],
        "The dictionaries the spelling rules use: names (looked up beside the .editorconfig, then among the shipped ones) or paths; none turns spelling off.");

    /// <summary>The rule packs to load (folders, .nupkg files or Id@Version), resolved against the .editorconfig's folder.</summary>
    public static readonly RuleOption<ImmutableArray<string>> Packs = RuleOption.List(
        "packs", [],
        "Rule packs to load: a folder, a .nupkg file or Id@Version (found in pack_sources or the NuGet packages folder); their rules need trust like rules_path.");

    /// <summary>Folders of .nupkg files in which Id@Version packs are looked for.</summary>
    public static readonly RuleOption<ImmutableArray<string>> PackSources = RuleOption.List(
        "pack_sources", [],
        "Folders of .nupkg files searched for the Id@Version packs named by packs, before the NuGet packages folder.");

    /// <summary>Every option in this class.</summary>
    public static ImmutableArray<OptionDeclaration> All { get; } = [RulesPath, RuleTimeoutMs, Dictionaries, Packs, PackSources];
}
