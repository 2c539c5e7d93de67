using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Humanizer;
using EditorialLint.Core.Rules;
using EditorialLint.RuleTesting;
using EditorialLint.DataRules;
using EditorialLint.RuleHost;

namespace EditorialLint.Cli;

/// <summary><c>new-rule</c> (scaffold a plugin rule) and <c>test-rules</c> (run *.test.md fixtures and rule files' tests against plugin rules).</summary>
internal static class AuthoringCommands
{
    private static readonly string[] Categories = ["Footnotes", "Headings", "Characters", "Spelling", "Consistency", "Custom"];

    public static Command CreateNewRule(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "The rule's name in PascalCase or words, e.g. TurkeyInHeadings." };
        var category = new Option<string>("--category") { Description = "Category shown in reports: Footnotes, Headings, Characters, Spelling, Consistency or Custom.", DefaultValueFactory = _ => "Custom" };
        category.AcceptOnlyFromAmong(Categories);
        var dir = new Option<string>("--dir") { Description = "Folder to write into.", DefaultValueFactory = _ => "rules", HelpName = "DIR" };
        var command = new Command("new-rule", "Write a new plugin rule (next free id in EL6000-EL8999), its doc page and a test fixture.") { name, category, dir };
        command.SetAction(parse => ScaffoldRule(parse.GetValue(dir)!, parse.GetValue(name)!, parse.GetValue(category)!, stdout, stderr));
        return command;
    }

    /// <summary>Write a rule, its page and fixture into <paramref name="folder"/> with the next free id, and the folder's rules project.</summary>
    internal static int ScaffoldRule(string folder, string name, string cat, TextWriter stdout, TextWriter stderr)
    {
        Directory.CreateDirectory(folder);
        var pascal = Pascal(name);
        if (pascal.Length == 0)
        {
            stderr.WriteLine("editorial-lint: the rule name needs letters");
            return ExitCodes.Usage;
        }

        var used = RuleCompiler.RuleFiles(folder, "EL*.*")
            .Select(f => Regex.Match(Path.GetFileName(f), "^EL([6-8][0-9]{3})").Groups[1].Value)
            .Where(v => v.Length == 4).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToHashSet();
        var number = Enumerable.Range(6001, 2999).First(n => !used.Contains(n));
        var id = $"EL{number}";
        var title = pascal.Humanize(LetterCasing.Sentence);
        var alias = RuleAliases.FromTitle(title);
        var basePath = Path.Combine(folder, id + pascal);
        if (File.Exists(basePath + ".cs"))
        {
            stderr.WriteLine($"editorial-lint: {basePath}.cs exists");
            return ExitCodes.Usage;
        }

        File.WriteAllText(basePath + ".cs", Templates.Rule(id, pascal, title, cat));
        File.WriteAllText(basePath + ".md", Templates.Doc(id, title, alias, cat));
        File.WriteAllText(basePath + ".test.md", Templates.Fixture(id));
        stdout.WriteLine($"Created {basePath}.cs, {basePath}.md and {basePath}.test.md ({id}, alias {alias}).");
        ReportProject(folder, stdout, stderr);
        stdout.WriteLine($"Edit the rule, then run: editorial-lint test-rules {folder}");
        return ExitCodes.Success;
    }

    public static Command CreateTestRules(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("dir") { Description = "Folder with rule files (*.cs, *.yaml) and fixtures (*.test.md, optional *.fixed.md).", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "rules" };
        var command = new Command("test-rules", "Load the rules in DIR (C# and rule files) and run their tests: each *.test.md and each case under a rule file's tests: marks expected findings as {|ID:text|}; a *.fixed.md beside a fixture (fixed: in a case) is the expected text after fixes.") { dir };
        var allowPluginApis = LintCommand.AllowPluginApisOption();
        command.Options.Add(allowPluginApis);
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
            {
                stderr.WriteLine($"editorial-lint: rules folder not found: {folder}");
                return ExitCodes.Usage;
            }

            var loaded = RuleCompiler.Load(folder, allowBannedApis: parse.GetValue(allowPluginApis));
            if (!loaded.Success)
            {
                foreach (var e in loaded.Errors)
                {
                    var s = e.Location.GetLineSpan();
                    stderr.WriteLine($"{s.Path}({s.StartLinePosition.Line + 1},{s.StartLinePosition.Character + 1}): error EL9001: {e.GetMessage(CultureInfo.InvariantCulture)}");
                }

                return ExitCodes.Usage;
            }

            // No-code rule files run beside the C# rules, and their own tests (a tests: list in the file) run too.
            var data = DataRuleLoader.LoadFolder(folder, id => loaded.Rules.Any(r => r.SupportedDiagnostics.Any(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase))));
            foreach (var e in data.Errors)
            {
                var s = e.Location.GetLineSpan();
                stderr.WriteLine($"{s.Path}({s.StartLinePosition.Line + 1},{s.StartLinePosition.Character + 1}): error {e.Id}: {e.GetMessage(CultureInfo.InvariantCulture)}");
            }

            var allRules = loaded.Rules.Concat<EditorialRule>(data.Rules).ToList();
            var fixtures = RuleCompiler.RuleFiles(folder, "*.test.md").ToList();
            var cases = data.Rules.Sum(r => r.Header.Tests.Length);
            if (fixtures.Count + cases == 0)
            {
                stderr.WriteLine($"editorial-lint: no *.test.md fixtures and no rule-file tests in {folder}");
                return ExitCodes.Usage;
            }

            var failed = 0;
            foreach (var fixture in fixtures)
            {
                var fixedPath = fixture[..^".test.md".Length] + ".fixed.md";
                var expectedFixed = File.Exists(fixedPath) ? File.ReadAllText(fixedPath) : null;
                var markup = File.ReadAllText(fixture);
                var ids = Regex.Matches(markup, @"\{\|(EL[0-9]{4}):").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
                var prefix = Path.GetFileName(fixture)[..Math.Min(6, Path.GetFileName(fixture).Length)];

                // A fixture tests the rule its name starts with (EL6001...), or the rules its markup names.
                var rules = allRules.Where(r => r.SupportedDiagnostics.Any(d => d.Id == prefix || ids.Contains(d.Id))).ToList();
                if (rules.Count == 0)
                {
                    rules = allRules;
                }

                // Named as the folder was given (rules/EL6001X.test.md), like a rule file's cases.
                var name = Path.Combine(folder, Path.GetRelativePath(Path.GetFullPath(folder), fixture));
                failed += RunOne(stdout, name, rules, markup, expectedFixed, new RuleTestOptions()) ? 0 : 1;
            }

            foreach (var rule in data.Rules)
            {
                foreach (var test in rule.Header.Tests)
                {
                    var name = $"{rule.Header.SourcePath}({test.Line}): {rule.Header.Id} {test.Name}";
                    failed += RunOne(stdout, name, [rule], test.Markup, test.Fixed, new RuleTestOptions { Kind = test.Kind }) ? 0 : 1;
                }
            }

            var total = fixtures.Count + cases;
            stdout.WriteLine($"{total - failed} of {total} fixtures passed, {failed} failed ({allRules.Count} rules{(loaded.FromCache ? ", compiled rules from cache" : string.Empty)})");
            return !data.Errors.IsEmpty ? ExitCodes.Usage : failed == 0 ? ExitCodes.Success : ExitCodes.Errors;
        });
        return command;
    }

    /// <summary>Run one test (a fixture file or a rule file's case) and print it as a test runner does.</summary>
    private static bool RunOne(TextWriter stdout, string name, IReadOnlyList<EditorialRule> rules, string markup, string? expectedFixed, RuleTestOptions options)
    {
        RuleTestOutcome outcome;
        try
        {
            outcome = RuleTestRunner.Run(rules, markup, expectedFixed, options);
        }
        catch (FormatException ex)
        {
            outcome = new RuleTestOutcome(false, "bad markup: " + ex.Message, [], null);
        }

        var ids = rules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        RuleTestReport.Write(stdout, name, markup, outcome, ids, expectedFixed);
        return outcome.Passed;
    }

    /// <summary>Write the folder's rules project (once) and say so; without an SDK package beside the tool, say why not.</summary>
    internal static void ReportProject(string folder, TextWriter stdout, TextWriter stderr)
    {
        var written = RuleProject.Ensure(folder);
        if (written is null)
        {
            stderr.WriteLine($"editorial-lint: no rule SDK package in {RuleProject.SdkFolder}, so no {RuleProject.ProjectFileName} was written (set EDITORIAL_LINT_SDK to a folder holding EditorialLint.Sdk.*.nupkg)");
        }
        else if (written.Count > 0)
        {
            stdout.WriteLine($"Wrote {string.Join(" and ", written)}: run 'dotnet build {folder}' (or open the folder in a C# editor) for completion and compile errors.");
        }
    }

    private static string Pascal(string name) =>
        string.Concat(Regex.Split(name, "[^A-Za-z0-9]+").Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
