using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Tests;

public class DocumentStartActionTests
{
    private static readonly DiagnosticDescriptor Summary = new("EL6901", "Summary", "{0}", "Custom", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>Per-document state in the start action's locals; the end action reports what the walk gathered.</summary>
    private sealed class CountingRule(bool failAtEnd = false) : EditorialRule
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Summary];

        public override void Initialize(RuleContext context)
        {
            var headingsSeenStatically = 0;
            context.RegisterHeadingAction(_ => Interlocked.Increment(ref headingsSeenStatically));
            context.RegisterDocumentStartAction(start =>
            {
                var words = 0;
                var headings = 0;
                var paragraphs = 0;
                var footnoteCalls = 0;
                start.RegisterWordAction(_ => words++);
                start.RegisterHeadingAction(_ => headings++);
                start.RegisterParagraphAction(_ => paragraphs++);
                start.RegisterFootnoteAction(_ => footnoteCalls++);
                start.RegisterDocumentEndAction(end =>
                {
                    if (failAtEnd)
                    {
                        throw new InvalidOperationException("end failed");
                    }

                    end.Report(Summary, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), null, $"words={words} of {end.Document.Words.Length} headings={headings} paragraphs={paragraphs} footnotes={footnoteCalls}");
                });
            });
        }
    }

    private static AnalysisDriver Driver(EditorialRule rule)
    {
        var registry = new RuleRegistry();
        Assert.True(registry.Add(rule));
        return new AnalysisDriver(registry);
    }

    [Fact]
    public void Each_document_gets_its_own_state_and_an_end_report()
    {
        var driver = Driver(new CountingRule());
        string[] texts =
        [
            "# One\n\nTwo words.\n",
            "# Title\n\nFive words in this one.[^1]\n\n## Part\n\nAnd three more.\n\n[^1]: A note.\n",
            "Only prose here, seven words long.\n",
        ];
        var inputs = Enumerable.Range(0, 30).Select(i => new DocumentInput($"d{i}.md", () => Encoding.UTF8.GetBytes(texts[i % 3]))).ToList();

        var results = driver.AnalyzeMany(inputs, maxDegreeOfParallelism: 4);

        for (var i = 0; i < results.Count; i++)
        {
            var doc = results[i].Document!;
            var summary = Assert.Single(results[i].Diagnostics);
            Assert.Equal("EL6901", summary.Id);
            var w = doc.Words.Length;
            Assert.Equal($"words={w} of {w} headings={doc.Headings.Length} paragraphs={doc.Paragraphs.Length} footnotes=1", summary.Message);
        }
    }

    [Fact]
    public void A_start_action_keeps_the_rule_s_static_actions()
    {
        var doc = DocumentParser.Parse("x.md", "# A\n\nText.\n\n## B\n\nMore.\n");
        var rule = new CountingRule();
        var context = new RuleContext();
        rule.Initialize(context);
        var scoped = context.ForDocument(new DocumentAnalysisContext(doc, Configuration.DocumentConfiguration.Default.Options, null, _ => { }, CancellationToken.None));

        Assert.NotSame(context, scoped);
        Assert.Equal(2, scoped.HeadingActions.Count); // the static one and the document's own
        Assert.Single(scoped.WordActions);
        Assert.Single(scoped.DocumentEndActions);
        Assert.Empty(context.WordActions); // the rule's own registrations are not changed by a document
    }

    [Fact]
    public void A_rule_without_start_actions_is_dispatched_as_before()
    {
        var context = new RuleContext();
        context.RegisterWordAction(_ => { });
        var doc = DocumentParser.Parse("x.md", "Text.\n");
        Assert.Same(context, context.ForDocument(new DocumentAnalysisContext(doc, Configuration.DocumentConfiguration.Default.Options, null, _ => { }, CancellationToken.None)));
    }

    [Fact]
    public void An_end_action_that_throws_is_EL9002_and_the_run_goes_on()
    {
        var result = Driver(new CountingRule(failAtEnd: true)).AnalyzeBytes("x.md", Encoding.UTF8.GetBytes("# T\n\nSome words.\n"));

        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal(EngineDiagnostics.RuleFailure.Id, failure.Id);
        Assert.Contains("end failed", failure.Message, StringComparison.Ordinal);
    }
}
