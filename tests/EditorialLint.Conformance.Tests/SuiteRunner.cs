using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;
using EditorialLint.Rules;

namespace EditorialLint.Conformance.Tests;

/// <summary>Lints a fixture with a chosen set of built-in rules and options; returns (id, 1-based line) pairs.</summary>
internal static class SuiteRunner
{
    private static readonly RuleRegistry All = BuiltInRules.CreateRegistry();

    /// <summary>en_US and the house dictionary from this repository.</summary>
    public static Core.Spelling.ISpellChecker Speller { get; } = Spelling.SpellCheckerStack.Create(
        [Path.Combine(ConformancePaths.Root, "dictionaries", "en_US.dic"), Path.Combine(ConformancePaths.Root, "dictionaries", "house.dic")]);

    public static List<(string Id, int Line)> Lint(string path, IEnumerable<string> ids, IReadOnlyDictionary<string, string>? options = null, DocumentKind? kind = null, Core.Spelling.ISpellChecker? speller = null) =>
        LintText(path, File.ReadAllText(path), ids, options, kind, speller);

    public static List<(string Id, int Line)> LintText(string path, string text, IEnumerable<string> ids, IReadOnlyDictionary<string, string>? options = null, DocumentKind? kind = null, Core.Spelling.ISpellChecker? speller = null)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var registry = new RuleRegistry();
        foreach (var r in All.Rules.Where(r => r.Rule.SupportedDiagnostics.Any(d => wanted.Contains(d.Id))))
        {
            registry.Add(r.Rule);
        }

        var doc = DocumentParser.Parse(path, text, kind);
        var config = DocumentConfiguration.ForTests(RuleOptions.From(options ?? ImmutableDictionary<string, string>.Empty));
        return new AnalysisDriver(registry, null, _ => speller).Analyze(doc, config).Diagnostics
            .Where(d => wanted.Contains(d.Id))
            .Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1))
            .ToList();
    }
}
