namespace EditorialLint.Core.Rules;

/// <summary>
/// Where a rule's documentation lives, derived in one place instead of typed into every descriptor: a built-in rule's
/// page sits beside its code as <c>rules/&lt;Category&gt;/&lt;RuleClass&gt;.md</c>, the engine's diagnostics are
/// described in <c>docs/engine-diagnostics.md</c>. A plugin rule may still give its own <c>helpLinkUri</c>.
/// </summary>
internal static class RuleHelp
{
    /// <summary>The page of the engine's diagnostics, or the rule index for a built-in id; null for an editor's own ids.</summary>
    public static string? LinkFor(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return RuleCategories.ForId(id) switch
        {
            RuleCategories.Engine => $"docs/engine-diagnostics.md#{id.ToLowerInvariant()}",
            null or RuleCategories.Custom => null,
            _ => "rules/README.md",
        };
    }

    /// <summary>The page of the built-in rule class <paramref name="ruleClass"/> that reports <paramref name="id"/>.</summary>
    public static string? LinkFor(string id, string ruleClass)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(ruleClass);
        return RuleCategories.ForId(id) switch
        {
            null or RuleCategories.Custom => null,
            RuleCategories.Engine => LinkFor(id),
            var category => $"rules/{category}/{ruleClass}.md",
        };
    }
}
