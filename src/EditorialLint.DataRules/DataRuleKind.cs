namespace EditorialLint.DataRules;

/// <summary>One kind of rule file: its name, the placeholders its messages may use, its defaults, and how to build it.</summary>
/// <param name="Name">The value of <c>kind:</c>.</param>
/// <param name="Placeholders">The names a message may use.</param>
/// <param name="DefaultMessage">The message when the file gives none.</param>
/// <param name="DefaultFix">The fix safety when the file says nothing.</param>
/// <param name="CanFix">False for kinds that only report (a missing section has no text to replace).</param>
/// <param name="Create">Read the kind's own fields and build the rule, or null after reporting what is wrong.</param>
public sealed record DataRuleKind(
    string Name,
    IReadOnlyCollection<string> Placeholders,
    string DefaultMessage,
    DataRuleFix DefaultFix,
    bool CanFix,
    Func<DataRuleHeader, RuleFields, DataRule?> Create)
{
    /// <summary>Every kind, by name.</summary>
    public static IReadOnlyDictionary<string, DataRuleKind> All { get; } = new[]
    {
        SubstitutionRule.Kind,
        ExistenceRule.Kind,
        RequiredSectionsRule.Kind,
        WordPairsRule.Kind,
        CapitalizationRule.Kind,
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);
}
