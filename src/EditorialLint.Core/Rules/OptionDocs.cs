namespace EditorialLint.Core.Rules;

/// <summary>
/// The Markdown a rule's page and <c>explain</c> show for declared options: one table, written the same way
/// everywhere, so that a test can hold the pages to the declarations.
/// </summary>
internal static class OptionDocs
{
    /// <summary>The heading of the section that lists a rule's options.</summary>
    public const string SectionHeading = "## Options";

    /// <summary>The table's header and separator lines.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "| Option | Type | Default | Description |",
        "| --- | --- | --- | --- |",
    ];

    /// <summary>The table of <paramref name="options"/>: the header, then one row each, in the order given.</summary>
    public static IReadOnlyList<string> Table(IEnumerable<OptionDeclaration> options) =>
        [.. Header, .. options.Select(Row)];

    /// <summary>One option's row: key, type (with the allowed values of a choice), default and description.</summary>
    public static string Row(OptionDeclaration option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return $"| `{option.Key}` | {TypeCell(option)} | `{option.DefaultText}` | {Escape(option.Description)} |";
    }

    /// <summary>
    /// One option's row in the rule index (rules/README.md): key, type, default and the rules that read it
    /// (<c>engine</c> when no rule does).
    /// </summary>
    public static string IndexRow(OptionDeclaration option, IReadOnlyList<string> ruleIds)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(ruleIds);
        var rules = ruleIds.Count == 0 ? "engine" : string.Join(", ", ruleIds);
        return $"| `{option.Key}` | {TypeCell(option)} | `{option.DefaultText}` | {rules} |";
    }

    /// <summary>The type, or for a choice its values in code spans.</summary>
    private static string TypeCell(OptionDeclaration option) =>
        option.AllowedValues.IsDefaultOrEmpty ? option.Type : string.Join(" \\| ", option.AllowedValues.Select(v => $"`{v}`"));

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
