using YamlDotNet.RepresentationModel;
using EditorialLint.Core.Matching;
using EditorialLint.Core.Rules;

namespace EditorialLint.DataRules;

/// <summary>
/// <c>kind: capitalization</c>: names with one right casing (NATO, OSCE, al-Qaeda, WhatsApp). Each entry of
/// <c>names</c> is a name as it must be written; the same letters in another casing are reported, with a fix. At the
/// start of a sentence or heading a capital first letter is right (Al-Qaeda), and text all in capitals (a running
/// header) is left alone. Verbatim text and non-prose are left alone; <c>exceptions</c> lists phrases to leave too.
/// </summary>
public sealed class CapitalizationRule : DataRule
{
    private readonly IReadOnlyList<PhrasePattern> _names;
    private readonly IReadOnlyList<PhrasePattern> _exceptions;

    private CapitalizationRule(DataRuleHeader header, IReadOnlyList<PhrasePattern> names, IReadOnlyList<PhrasePattern> exceptions)
        : base(header)
    {
        _names = names;
        _exceptions = exceptions;
    }

    /// <summary>The kind's name, placeholders ({found}, {name}) and defaults.</summary>
    public static DataRuleKind Kind { get; } = new("capitalization", ["found", "name"], "Write '{name}', not '{found}'", DataRuleFix.Review, CanFix: true, Create);

    /// <inheritdoc/>
    public override IEnumerable<string> DescribeData()
    {
        yield return "Names and their only casing: " + string.Join(", ", _names.Select(n => n.Phrase)) + ".";
    }

    /// <inheritdoc/>
    protected override void Analyze(DocumentAnalysisContext context)
    {
        var doc = context.Document;
        var text = doc.Content;
        var found = _names.SelectMany(n => n.Matches(text).Select(span => (Item: n.Phrase, Span: span)));
        foreach (var (name, span) in ProseText.Outermost(found))
        {
            var written = doc.GetText(span);
            var expected = doc.Prose.IsSentenceStart(span.Start) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
            if (Same(written, name) || Same(written, expected) || (ProseText.IsAllCapitals(written) && !ProseText.IsAllCapitals(name)))
            {
                continue;
            }

            if (ProseText.IsAuthorsProse(doc, span) && !_exceptions.Any(e => e.Covers(text, span.Start, span.End)))
            {
                Report(context, span, new Dictionary<string, string> { ["found"] = written, ["name"] = expected }, expected);
            }
        }
    }

    /// <summary>Equal letter for letter, any run of white space counting as one space (a name may wrap).</summary>
    private static bool Same(string written, string name) =>
        string.Equals(string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), name, StringComparison.Ordinal);

    private static CapitalizationRule? Create(DataRuleHeader header, RuleFields fields)
    {
        var exceptions = fields.Texts("exceptions").Select(e => new PhrasePattern(e, ignoreCase: true)).ToList();
        var names = fields.Texts("names", required: true).Select(n => new PhrasePattern(n, ignoreCase: true)).ToList();
        return fields.Errors.IsEmpty ? new CapitalizationRule(header, names, exceptions) : null;
    }
}
