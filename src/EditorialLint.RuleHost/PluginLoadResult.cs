using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.RuleHost;

/// <summary>What loading a folder of rule files gave: rules, or compile errors (EL9001) located in the files.</summary>
public sealed record PluginLoadResult(
    string Folder,
    ImmutableArray<EditorialRule> Rules,
    ImmutableArray<Diagnostic> Errors,
    bool FromCache,
    System.Reflection.Assembly? Assembly)
{
    public bool Success => Errors.IsEmpty;
}
