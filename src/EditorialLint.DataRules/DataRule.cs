using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.DataRules;

/// <summary>
/// A rule built from a rule file: the engine code of one kind (a subclass) run with one file's data. Like every rule it
/// is stateless once built (its lists are read-only), and it reports through the same context, so the engine's fix
/// guard and suppressions apply to it as to any rule.
/// </summary>
public abstract class DataRule : EditorialRule
{
    /// <summary>Build the rule's descriptor from <paramref name="header"/>.</summary>
    protected DataRule(DataRuleHeader header)
    {
        Header = header;
        string[] tags = header.Fix switch
        {
            DataRuleFix.Safe => [RuleTags.SafeFix],
            DataRuleFix.Review => [RuleTags.ReviewFix],
            _ => [],
        };

        // The message is rendered by the rule (placeholders have names), so the descriptor's format is the message itself.
        Descriptor = new DiagnosticDescriptor(
            header.Id, header.Title, "{0}", RuleCategories.Custom, header.Severity, header.EnabledByDefault,
            description: Summary(header), helpLinkUri: header.SourcePath, customTags: tags);
    }

    /// <summary>The fields common to every rule file.</summary>
    public DataRuleHeader Header { get; }

    /// <summary>The rule's one diagnostic.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    /// <summary>Markdown lines describing what this instance looks for (its list), for the rule's page.</summary>
    public abstract IEnumerable<string> DescribeData();

    /// <summary>Look at one document and report.</summary>
    protected abstract void Analyze(DocumentAnalysisContext context);

    /// <summary>
    /// Report a finding at <paramref name="span"/> with the message filled from <paramref name="values"/>, and, when the
    /// rule fixes and <paramref name="replacement"/> is given, a fix of the rule's declared safety.
    /// </summary>
    protected void Report(DocumentAnalysisContext context, TextSpan span, IReadOnlyDictionary<string, string> values, string? replacement = null, IEnumerable<TextSpan>? related = null, MessageTemplate? message = null)
    {
        CodeFix? fix = null;
        if (replacement is not null && Header.Fix != DataRuleFix.None)
        {
            var safety = Header.Fix == DataRuleFix.Safe ? FixSafety.Safe : FixSafety.NeedsReview;
            fix = CodeFix.Replace($"Write '{replacement}'", span, replacement, safety);
        }

        context.Report(Descriptor, span, related ?? [], fix, (message ?? Header.Message).Render(values));
    }

    private static string Summary(DataRuleHeader header)
    {
        // The first paragraph of the doc text, else the title: what `rules` and SARIF show as the description.
        var doc = header.Doc?.Trim();
        if (string.IsNullOrEmpty(doc))
        {
            return header.Title;
        }

        var blank = doc.IndexOf("\n\n", StringComparison.Ordinal);
        return (blank < 0 ? doc : doc[..blank]).ReplaceLineEndings(" ");
    }
}
