using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;
using EditorialLint.Core.Matching;
using EditorialLint.Core.Rules;

namespace EditorialLint.DataRules;

/// <summary>
/// <c>kind: word-pairs</c>: forms that must not be mixed in one draft (toward and towards, per cent and percent).
/// Each entry of <c>pairs</c> is a list of two or more forms. The form the draft uses first wins; every later use of
/// another form of the same entry is reported, with a fix to the first form (cased like the word it replaces) and
/// the first use as related location. Any casing matches unless <c>ignore_case: false</c>. Verbatim text and non-prose
/// neither vote nor are reported.
/// </summary>
public sealed class WordPairsRule : DataRule
{
    private readonly IReadOnlyList<IReadOnlyList<PhrasePattern>> _groups;
    private readonly IReadOnlyList<PhrasePattern> _exceptions;

    private WordPairsRule(DataRuleHeader header, IReadOnlyList<IReadOnlyList<PhrasePattern>> groups, IReadOnlyList<PhrasePattern> exceptions)
        : base(header)
    {
        _groups = groups;
        _exceptions = exceptions;
    }

    /// <summary>The kind's name, placeholders ({found}, {first}, {line}) and defaults.</summary>
    public static DataRuleKind Kind { get; } = new(
        "word-pairs", ["found", "first", "line"], "'{found}' and '{first}' (line {line}) are mixed in this draft; use one form",
        DataRuleFix.Review, CanFix: true, Create);

    /// <inheritdoc/>
    public override IEnumerable<string> DescribeData()
    {
        yield return "Forms that must not be mixed in one draft (the first used wins):";
        yield return string.Empty;
        foreach (var group in _groups)
        {
            yield return "- " + string.Join(" / ", group.Select(p => p.Phrase));
        }
    }

    /// <inheritdoc/>
    protected override void Analyze(DocumentAnalysisContext context)
    {
        var doc = context.Document;
        var text = doc.Content;
        foreach (var group in _groups)
        {
            var found = group.SelectMany((pattern, form) => pattern.Matches(text).Select(span => (Item: form, Span: span)));
            var uses = ProseText.Outermost(found)
                .Where(u => ProseText.IsAuthorsProse(doc, u.Span) && !_exceptions.Any(e => e.Covers(text, u.Span.Start, u.Span.End)))
                .ToList();
            if (uses.Count == 0)
            {
                continue;
            }

            var (firstForm, firstSpan) = uses[0];
            var first = doc.GetText(firstSpan);
            var line = context.LineNumber(firstSpan.Start).ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var (form, span) in uses.Where(u => u.Item != firstForm))
            {
                var word = doc.GetText(span);
                var replacement = ProseText.MatchCase(group[firstForm].Phrase, word, followInitial: true);
                Report(context, span, new Dictionary<string, string> { ["found"] = word, ["first"] = first, ["line"] = line }, replacement, [firstSpan]);
            }
        }
    }

    private static WordPairsRule? Create(DataRuleHeader header, RuleFields fields)
    {
        var ignoreCase = fields.Flag("ignore_case", true);
        var exceptions = fields.Texts("exceptions").Select(e => new PhrasePattern(e, ignoreCase: true)).ToList();
        var groups = new List<IReadOnlyList<PhrasePattern>>();
        foreach (var entry in fields.List("pairs", required: true) ?? [])
        {
            var forms = entry is YamlSequenceNode seq ? seq.Children.Select(n => fields.AsText(n, "pairs")).OfType<string>().Select(f => f.Trim()).ToList() : null;
            if (forms is null || forms.Count < 2)
            {
                fields.Errors.Invalid(entry.Start, entry.End, "each entry of 'pairs' must be a list of two or more forms, such as [toward, towards]");
                continue;
            }

            var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            if (forms.Distinct(comparer).Count() < forms.Count)
            {
                fields.Errors.Invalid(entry.Start, entry.End, ignoreCase
                    ? "two forms of this entry differ only in case; set 'ignore_case: false' to tell them apart"
                    : "this entry lists a form twice");
                continue;
            }

            groups.Add([.. forms.Select(f => new PhrasePattern(f, ignoreCase))]);
        }

        return fields.Errors.IsEmpty ? new WordPairsRule(header, groups, exceptions) : null;
    }
}
