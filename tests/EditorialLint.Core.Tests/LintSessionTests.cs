using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Tests;

/// <summary>The run pipeline (issue 15): one session, one fix loop, problems of the run located and reported once.</summary>
public sealed class LintSessionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("el-session-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reports every "x" as EL8001 (default warning), with a safe fix to "y".</summary>
    private sealed class XToY : EditorialRule
    {
        public static readonly DiagnosticDescriptor Rule = new("EL8001", "X found", "An x", "Custom", DiagnosticSeverity.Warning, true);

        // Options the session's catalogue learns from the rule's declaration (the misspelt-key test relies on them).
        public static readonly RuleOption<string> HeadingCase = RuleOption.Choice("heading_case", "auto", ["auto", "title", "sentence"], "Test option.");
        public static readonly RuleOption<int> TitleLevel = RuleOption.Int("title_level", 1, "Test option.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override ImmutableArray<OptionDeclaration> Options => [HeadingCase, TitleLevel];

        public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
        {
            var text = c.Document.Content;
            for (var i = text.IndexOf('x', StringComparison.Ordinal); i >= 0; i = text.IndexOf('x', i + 1))
            {
                c.Report(Rule, new TextSpan(i, 1), CodeFix.Replace("y", new TextSpan(i, 1), "y", FixSafety.Safe));
            }
        });
    }

    /// <summary>Turns every "y" back into "x": with <see cref="XToY"/>, fixes that undo each other.</summary>
    private sealed class YToX : EditorialRule
    {
        public static readonly DiagnosticDescriptor Rule = new("EL8002", "Y found", "A y", "Custom", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
        {
            var text = c.Document.Content;
            for (var i = text.IndexOf('y', StringComparison.Ordinal); i >= 0; i = text.IndexOf('y', i + 1))
            {
                c.Report(Rule, new TextSpan(i, 1), CodeFix.Replace("x", new TextSpan(i, 1), "x", FixSafety.Safe));
            }
        });
    }

    private static RuleRegistry Registry(params EditorialRule[] rules)
    {
        var registry = new RuleRegistry();
        foreach (var r in rules)
        {
            registry.Add(r, "built-in", userRule: true);
        }

        return registry;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private LintSession Session(RuleRegistry registry) =>
        new(registry, new LintSessionOptions { Configuration = new EditorialConfiguration(registry), OptionCatalog = OptionCatalog.For(registry) });

    private static List<DocumentResult> LintAll(LintSession session, params string[] paths)
    {
        var results = new List<DocumentResult>();
        session.LintInOrder([.. paths.Select(p => new DocumentInput(p, () => File.ReadAllBytes(p)))], results.Add, maxDegreeOfParallelism: 2);
        return results;
    }

    [Fact]
    public void A_configuration_problem_is_reported_once_at_its_editorconfig_line_not_on_every_draft()
    {
        var config = Write(".editorconfig", "root = true\n\n[*.md]\ndotnet_diagnostic.EL0999.severity = error\n");
        var drafts = Enumerable.Range(0, 5).Select(i => Write($"d{i}.md", "x\n")).ToArray();

        var results = LintAll(Session(Registry(new XToY())), drafts);

        var problem = Assert.Single(results, r => r.IsRunProblem);
        Assert.Same(problem, results[0]); // before the first draft that meets it
        var d = Assert.Single(problem.Diagnostics);
        Assert.Equal("EL9004", d.Id);
        Assert.Equal(config, problem.Path);
        Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line); // the fourth line, where the key is
        Assert.Contains("dotnet_diagnostic.el0999.severity names no known rule", d.Message, StringComparison.Ordinal);
        Assert.True(EngineTags.FailsTheRun(d.Diagnostic));
        Assert.All(results.Where(r => !r.IsRunProblem), r => Assert.DoesNotContain(r.Diagnostics, x => x.Id == "EL9004"));
        Assert.Equal(drafts, results.Where(r => !r.IsRunProblem).Select(r => r.Path)); // input order
    }

    [Fact]
    public void Misspelt_alias_and_option_key_are_reported_with_the_nearest_known_name()
    {
        Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.x-fond.severity = error\neditorial_lint.heading_cas = title\neditorial_lint.title_level = one\ndotnet_diagnostic.CA1822.severity = none\n");
        var draft = Write("a.md", "x\n");

        var problems = LintAll(Session(Registry(new XToY())), draft).Where(r => r.IsRunProblem).SelectMany(r => r.Diagnostics).ToList();

        Assert.Equal(3, problems.Count); // CA1822 is another tool's id, not ours to judge
        var alias = Assert.Single(problems, p => p.Message.Contains("x-fond", StringComparison.Ordinal));
        Assert.Contains("did you mean x-found?", alias.Message, StringComparison.Ordinal);
        var key = Assert.Single(problems, p => p.Message.Contains("heading_cas ", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, key.Severity); // a plugin may read keys the catalogue does not know
        Assert.Contains("did you mean editorial_lint.heading_case?", key.Message, StringComparison.Ordinal);
        Assert.Equal(3, key.Location.GetLineSpan().StartLinePosition.Line);
        var value = Assert.Single(problems, p => p.Message.Contains("title_level", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, value.Severity);
        Assert.Contains("expected a whole number", value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configured_severity_is_on_the_diagnostic_as_the_rule_reports_it()
    {
        Write(".editorconfig", "root = true\n[*.md]\ndotnet_diagnostic.x-found.severity = error\n[*.txt]\ndotnet_diagnostic.EL8001.severity = none\n");
        var session = Session(Registry(new XToY()));

        var md = LintAll(session, Write("a.md", "x x\n")).Single();
        Assert.Equal([DiagnosticSeverity.Error, DiagnosticSeverity.Error], md.Diagnostics.Select(d => d.Severity));
        Assert.Empty(LintAll(session, Write("a.txt", "x x\n")).Single().Diagnostics);
    }

    [Fact]
    public void Engine_diagnostics_are_not_configurable_and_those_that_fail_the_run_say_so()
    {
        Assert.All(EngineDiagnostics.All, d => Assert.True(EngineTags.IsNotConfigurable(d), d.Id));
        var failing = EngineDiagnostics.All.Where(d => d.CustomTags.Contains(EngineTags.FailsRun)).Select(d => d.Id);
        Assert.Equal(["EL9001", "EL9003", "EL9004", "EL9008", "EL9010", "EL9012"], failing);

        // Suppression comments and .editorconfig do not reach them: an unreadable draft stays an error.
        Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.EL9003.severity = none\n");
        var bad = Path.Combine(_folder, "bad.md");
        File.WriteAllBytes(bad, [.. Encoding.UTF8.GetBytes("<!-- editorial-lint-disable -->\nx "), 0xFF]);
        var d = Assert.Single(LintAll(Session(Registry(new XToY())), bad).Single().Diagnostics);
        Assert.Equal(("EL9003", DiagnosticSeverity.Error), (d.Id, d.Severity));
    }

    [Fact]
    public void Fix_reaches_a_fixed_point_and_settles_fixes_that_undo_each_other_on_the_smallest_text()
    {
        var draft = Write("a.md", "x and x\n");
        var session = Session(Registry(new XToY()));
        var result = LintAll(session, draft).Single();
        var fixedOnce = session.Fix(result);
        Assert.Equal(("y and y\n", 2, true), (fixedOnce.Text, fixedOnce.Applied, fixedOnce.Settled));
        Assert.Empty(fixedOnce.Result.Diagnostics);

        var cycling = Session(Registry(new XToY(), new YToX()));
        var outcome = cycling.Fix(LintAll(cycling, draft).Single());
        Assert.False(outcome.Settled);
        Assert.Equal("x and x\n", outcome.Text); // "x and x" < "y and y", ordinally
    }

    [Fact]
    public void Dictionary_problems_from_the_spell_checker_source_are_located_at_the_key_that_names_them()
    {
        Write(".editorconfig", "root = true\n[*]\neditorial_lint.dictionaries = en_US, missing\n");
        var registry = Registry(new XToY());
        var session = new LintSession(registry, new LintSessionOptions
        {
            Configuration = new EditorialConfiguration(registry),
            SpellCheckers = new MissingDictionary(),
        });

        var results = LintAll(session, Write("a.md", "x\n"), Write("b.md", "x\n"));

        var problem = Assert.Single(results.Where(r => r.IsRunProblem).SelectMany(r => r.Diagnostics));
        Assert.Equal(2, problem.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("dictionary 'missing' not found", problem.Message);
    }

    private sealed class MissingDictionary : ISpellCheckerSource
    {
        public SpellCheckerLookup For(DocumentConfiguration configuration) => new(null, "dictionary 'missing' not found");
    }
}
