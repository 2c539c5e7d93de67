using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Syntax;
using EditorialLint.RuleTesting;
using EditorialLint.Core.Text;

namespace EditorialLint.Rules.Tests;

/// <summary>Lints the seed commentary (samples/) with a chosen family of built-in rules.</summary>
internal static class SeedHelper
{
    public static string Root { get; } = EditorialLint.Testing.RepositoryPaths.Root;

    public static EditorialDocument Read(string name)
    {
        var path = Path.Combine(Root, "samples", name);
        var decoded = StrictDecoder.Decode(File.ReadAllBytes(path));
        return DocumentParser.Parse(path, decoded.Text!, decoded.Encoding!);
    }

    public static AnalysisDriver Driver(string categoryOrIdPrefix, ISpellChecker? speller = null)
    {
        var registry = new RuleRegistry();
        var all = BuiltInRules.CreateRegistry();
        foreach (var r in all.Rules.Where(r => r.Rule.SupportedDiagnostics.All(d => d.Category == categoryOrIdPrefix || d.Id.StartsWith(categoryOrIdPrefix, StringComparison.Ordinal))))
        {
            registry.Add(r.Rule);
        }

        return new AnalysisDriver(registry, null, _ => speller);
    }

    public static IReadOnlyList<EditorialDiagnostic> Lint(string name, string category, ISpellChecker? speller = null) =>
        Driver(category, speller).Analyze(Read(name), DocumentConfiguration.ForTests(RuleOptions.Empty)).Diagnostics;

    public static string Fix(string name, string category, ISpellChecker? speller = null)
    {
        var doc = Read(name);
        return RuleTestRunner.ApplyFixes(Driver(category, speller), DocumentConfiguration.ForTests(RuleOptions.Empty), doc, doc.Content, doc.Kind);
    }

}
