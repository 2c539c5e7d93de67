namespace EditorialLint.Core.Rules;

/// <summary>
/// The Markdown a rule's page and <c>explain</c> show for declared options: one table, written the same way
/// everywhere, so that a test can hold the pages to the declarations.
/// </summary>
public static class OptionDocs
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
        var type = option.AllowedValues.IsDefaultOrEmpty ? option.Type : string.Join(" \\| ", option.AllowedValues.Select(v => $"`{v}`"));
        return $"| `{option.Key}` | {type} | `{option.DefaultText}` | {Escape(option.Description)} |";
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
