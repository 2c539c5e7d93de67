using YamlDotNet.RepresentationModel;
using EditorialLint.Core.Matching;
using EditorialLint.Core.Rules;

namespace EditorialLint.DataRules;

/// <summary>
/// <c>kind: substitution</c>: a form the house replaces, and the form it uses instead (Kiev → Kyiv). <c>swap</c> maps
/// each rejected form to its replacement; <c>exceptions</c> lists phrases in which a rejected form is right (Chicken
/// Kiev). By default a form matches as written and in capitals (the bird "turkey" is not "Turkey"); with
/// <c>ignore_case: true</c> in any casing, and the replacement follows the found form's capitals. Verbatim text and
/// non-prose are left alone.
/// </summary>
public sealed class SubstitutionRule : DataRule
{
    private readonly SubstitutionMatcher _matcher;
    private readonly IReadOnlyList<PhrasePattern> _exceptions;

    private SubstitutionRule(DataRuleHeader header, IReadOnlyList<(PhrasePattern Rejected, string Preferred)> swaps, IReadOnlyList<PhrasePattern> exceptions, bool ignoreCase)
        : base(header)
    {
        _matcher = new SubstitutionMatcher(swaps.Select(s => new SubstitutionEntry(s.Rejected, s.Preferred, exceptions)), followInitial: ignoreCase);
        _exceptions = exceptions;
    }

    /// <summary>The kind's name, placeholders ({found}, {preferred}) and defaults.</summary>
    public static DataRuleKind Kind { get; } = new(
        "substitution", ["found", "preferred"], "House style is '{preferred}', not '{found}'", DataRuleFix.Review, CanFix: true, Create);

    /// <inheritdoc/>
    public override IEnumerable<string> DescribeData()
    {
        yield return "| Instead of | Write |";
        yield return "| --- | --- |";
        foreach (var entry in _matcher.Entries)
        {
            yield return $"| {entry.Rejected.Phrase} | {entry.Preferred} |";
        }

        if (_exceptions.Count > 0)
        {
            yield return string.Empty;
            yield return "Left alone inside: " + string.Join(", ", _exceptions.Select(e => e.Phrase)) + ".";
        }
    }

    /// <inheritdoc/>
    protected override void Analyze(DocumentAnalysisContext context)
    {
        foreach (var m in _matcher.Find(context.Document))
        {
            Report(context, m.Span, new Dictionary<string, string> { ["found"] = m.Found, ["preferred"] = m.Replacement }, m.Replacement);
        }
    }

    private static SubstitutionRule? Create(DataRuleHeader header, RuleFields fields)
    {
        var ignoreCase = fields.Flag("ignore_case", false);
        var exceptions = fields.Texts("exceptions").Select(e => new PhrasePattern(e, ignoreCase: true)).ToList();
        var map = fields.Map("swap", required: true);
        if (map is null)
        {
            return null;
        }

        var swaps = new List<(PhrasePattern, string)>();
        foreach (var (key, value) in map.Children)
        {
            var rejected = fields.AsText(key, "swap");
            var preferred = fields.AsText(value, $"swap: {rejected}");
            if (rejected is not null && preferred is not null)
            {
                swaps.Add((new PhrasePattern(rejected, ignoreCase), preferred.Trim()));
            }
        }

        return fields.Errors.IsEmpty ? new SubstitutionRule(header, swaps, exceptions, ignoreCase) : null;
    }
}
