using System.Collections.Immutable;

namespace EditorialLint.Core.Rules;

/// <summary>
/// The path options that point the consistency and spelling rules at an editor's own data files (see
/// <see cref="Data.DataFiles"/>); without them the files shipped in the tool's <c>dictionaries/</c> folder are used.
/// </summary>
public static class DataFileOptions
{
    /// <summary>House terms: the preferred form, the forms it replaces, and exceptions.</summary>
    public static readonly RuleOption<string?> HouseTerms = RuleOption.Path(
        "house_terms", "dictionaries/house-terms.txt",
        "The house-terms file (preferred | rejected forms | exceptions, one term a line).");

    /// <summary>Groups of accepted forms of one name.</summary>
    public static readonly RuleOption<string?> NameVariants = RuleOption.Path(
        "name_variants", "dictionaries/name-variants.txt",
        "The name-variants file (the accepted forms of one name separated by |, one name a line).");

    /// <summary>Names of single institutions whose capitalised plural is a lost possessive.</summary>
    public static readonly RuleOption<string?> SingularNames = RuleOption.Path(
        "singular_names", "dictionaries/singular-names.txt",
        "The singular-names file (names of single institutions, one a line).");

    /// <summary>American and British spellings of one word.</summary>
    public static readonly RuleOption<string?> UsUkVariants = RuleOption.Path(
        "us_uk_variants", "dictionaries/us-uk-variants.txt",
        "The US/UK spelling pairs file (American form, a tab, British form, one pair a line).");

    /// <summary>Every option in this class.</summary>
    public static ImmutableArray<OptionDeclaration> All { get; } = [HouseTerms, NameVariants, SingularNames, UsUkVariants];
}
