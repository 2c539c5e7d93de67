using YamlDotNet.RepresentationModel;
using EditorialLint.Core.Matching;
using EditorialLint.Core.Rules;

namespace EditorialLint.DataRules;

/// <summary>
/// <c>kind: existence</c>: phrases the house forbids or discourages ("at the end of the day", "needless to say"). Each
/// entry of <c>phrases</c> is a phrase, or a mapping with <c>phrase</c> and its own <c>message</c> (advice for that
/// phrase). Any casing matches unless <c>ignore_case: false</c>. Reports only: what to write instead is the editor's call.
/// </summary>
public sealed class ExistenceRule : DataRule
{
    private readonly IReadOnlyList<(PhrasePattern Pattern, MessageTemplate? Message)> _phrases;
    private readonly IReadOnlyList<PhrasePattern> _exceptions;

    private ExistenceRule(DataRuleHeader header, IReadOnlyList<(PhrasePattern, MessageTemplate?)> phrases, IReadOnlyList<PhrasePattern> exceptions)
        : base(header)
    {
        _phrases = phrases;
        _exceptions = exceptions;
    }

    /// <summary>The kind's name, placeholder ({found}) and defaults.</summary>
    public static DataRuleKind Kind { get; } = new("existence", ["found"], "Avoid '{found}'", DataRuleFix.None, CanFix: false, Create);

    /// <inheritdoc/>
    public override IEnumerable<string> DescribeData()
    {
        yield return "| Phrase | Message |";
        yield return "| --- | --- |";
        foreach (var (pattern, message) in _phrases)
        {
            yield return $"| {pattern.Phrase} | {(message ?? Header.Message).Source} |";
        }
    }

    /// <inheritdoc/>
    protected override void Analyze(DocumentAnalysisContext context)
    {
        var doc = context.Document;
        var text = doc.Content;
        var found = _phrases.SelectMany(p => p.Pattern.Matches(text).Select(span => (Item: p.Message, Span: span)));
        foreach (var (message, span) in ProseText.Outermost(found))
        {
            if (ProseText.IsAuthorsProse(doc, span) && !_exceptions.Any(e => e.Covers(text, span.Start, span.End)))
            {
                Report(context, span, new Dictionary<string, string> { ["found"] = doc.GetText(span) }, message: message);
            }
        }
    }

    private static ExistenceRule? Create(DataRuleHeader header, RuleFields fields)
    {
        var ignoreCase = fields.Flag("ignore_case", true);
        var exceptions = fields.Texts("exceptions").Select(e => new PhrasePattern(e, ignoreCase: true)).ToList();
        var phrases = new List<(PhrasePattern, MessageTemplate?)>();
        foreach (var entry in fields.List("phrases", required: true) ?? [])
        {
            if (entry is YamlMappingNode map)
            {
                var item = new RuleFields(map, fields.Errors);
                var phrase = item.Text("phrase", required: true);
                var message = item.Text("message");
                item.RejectUnknown("a phrase entry");
                MessageTemplate? template = null;
                if (message is not null)
                {
                    template = MessageTemplate.Parse(message, Kind.Placeholders, out var problem);
                    if (template is null)
                    {
                        fields.Errors.Invalid(item.Get("message")!.Start, item.Get("message")!.End, problem!);
                    }
                }

                if (phrase is not null)
                {
                    phrases.Add((new PhrasePattern(phrase, ignoreCase), template));
                }
            }
            else if (fields.AsText(entry, "phrases") is { } phrase)
            {
                phrases.Add((new PhrasePattern(phrase, ignoreCase), null));
            }
        }

        return fields.Errors.IsEmpty ? new ExistenceRule(header, phrases, exceptions) : null;
    }
}
