using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;
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
    private readonly IReadOnlyList<(PhrasePattern Rejected, string Preferred)> _swaps;
    private readonly IReadOnlyList<PhrasePattern> _exceptions;

    private SubstitutionRule(DataRuleHeader header, IReadOnlyList<(PhrasePattern, string)> swaps, IReadOnlyList<PhrasePattern> exceptions)
        : base(header)
    {
        _swaps = swaps;
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
        foreach (var (rejected, preferred) in _swaps)
        {
            yield return $"| {rejected.Phrase} | {preferred} |";
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
        var doc = context.Document;
        var text = doc.Content;
        var found = _swaps.SelectMany(s => s.Rejected.Matches(text).Select(span => (Item: s.Preferred, Span: span)));
        foreach (var (preferred, span) in ProseText.Outermost(found))
        {
            if (!ProseText.IsAuthorsProse(doc, span) || _exceptions.Any(e => e.Covers(text, span.Start, span.End)))
            {
                continue;
            }

            var form = doc.GetText(span);
            var replacement = ProseText.MatchCase(preferred, form, followInitial: _swaps[0].Rejected.IgnoreCase);
            if (string.Equals(replacement, form, StringComparison.Ordinal))
            {
                continue;
            }

            Report(context, span, new Dictionary<string, string> { ["found"] = form, ["preferred"] = replacement }, replacement);
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

        return fields.Errors.IsEmpty ? new SubstitutionRule(header, swaps, exceptions) : null;
    }
}
