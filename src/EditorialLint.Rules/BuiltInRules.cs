using System.Reflection;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules;

/// <summary>The rules compiled from this repository's rules/ folder.</summary>
public static class BuiltInRules
{
    public static Assembly Assembly => typeof(BuiltInRules).Assembly;

    /// <summary>A registry with every built-in rule and its documentation.</summary>
    internal static RuleRegistry CreateRegistry()
    {
        var registry = new RuleRegistry();
        registry.AddFromAssembly(Assembly);
        return registry;
    }
}
