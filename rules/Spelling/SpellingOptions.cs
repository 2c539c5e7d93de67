using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Spelling;

/// <summary>Options that the spelling rules read, declared once (the dictionaries are <see cref="EngineOptions.Dictionaries"/>).</summary>
internal static class SpellingOptions
{
    /// <summary>How many suggestions a finding offers (EL4001, EL4004).</summary>
    public static readonly RuleOption<int> MaxSuggestions = RuleOption.Int(
        "spelling_max_suggestions", 5,
        "How many suggestions a finding offers, 0 to 10 (values outside count as the nearest end); 0 offers none.");

    /// <summary>Whether words in capitals are left alone (EL4001).</summary>
    public static readonly RuleOption<bool> IgnoreAcronyms = RuleOption.Bool(
        "spelling_ignore_acronyms", true,
        "Leave words in capitals, with their plural or possessive (NATO, NGOs, OSCE’s), unchecked.");
}
