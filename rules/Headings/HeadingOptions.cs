using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>Options that several heading rules read, declared once.</summary>
internal static class HeadingOptions
{
    /// <summary>The level of a draft's title (EL2002, EL2003, EL2008, EL2009).</summary>
    public static readonly RuleOption<int> TitleLevel = RuleOption.Int(
        "title_level", 1,
        "The heading level a draft's title has (markdownlint's MD025/MD041 level).");
}
