using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.DataRules;

/// <summary>Adds the rule files of a plugin folder to a run's registry, with their pages.</summary>
public static class DataRuleRegistration
{
    /// <summary>
    /// Load the rule files under <paramref name="folder"/> into <paramref name="registry"/> as user rules (ids
    /// EL6000–EL8999), each with its generated page. Returns the rules added and the problems found, located in their files.
    /// </summary>
    internal static DataRuleLoadResult AddTo(RuleRegistry registry, string folder)
    {
        var loaded = DataRuleLoader.LoadFolder(folder, id => registry.GetDescriptor(id) is not null);
        var added = new List<DataRule>();
        foreach (var rule in loaded.Rules)
        {
            if (registry.Add(rule, folder, userRule: true))
            {
                registry.AddDoc(rule.Header.Id, RuleDocPage.For(rule));
                added.Add(rule);
            }
        }

        return new DataRuleLoadResult([.. added], loaded.Errors);
    }
}
