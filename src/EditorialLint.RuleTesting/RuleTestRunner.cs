using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Syntax;

namespace EditorialLint.RuleTesting;

/// <summary>An explicit expectation, for messages or for locations marked <c>{|#n:...|}</c>.</summary>
public sealed record ExpectedDiagnostic(string Id)
{
    public int? LocationIndex { get; init; }

    public string? MessageContains { get; init; }

    public ExpectedDiagnostic WithLocation(int index) => this with { LocationIndex = index };

    public ExpectedDiagnostic WithMessage(string containing) => this with { MessageContains = containing };
}

/// <summary>How a test document is set up.</summary>
public sealed record RuleTestOptions
{
    public DocumentKind Kind { get; init; } = DocumentKind.Markdown;

    public string Path { get; init; } = "test.md";

    public IReadOnlyDictionary<string, string> Options { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ISpellChecker? SpellChecker { get; init; }
}

internal sealed record RuleTestOutcome(bool Passed, string Report, ImmutableArray<EditorialDiagnostic> Actual, string? FixedText);

/// <summary>
/// Runs rules over markup and compares the findings with the marked spans (exact id and span, nothing missing,
/// nothing extra), and optionally the text after fixes with the expected text. Used by the xunit verifier and by
/// <c>editorial-lint test-rules</c>.
/// </summary>
internal static class RuleTestRunner
{
    public static RuleTestOutcome Run(IReadOnlyList<EditorialRule> rules, string markup, string? expectedFixedText = null, RuleTestOptions? options = null, IReadOnlyList<ExpectedDiagnostic>? explicitExpectations = null)
    {
        options ??= new RuleTestOptions();
        var (text, spans) = TestMarkup.Parse(markup);
        var registry = new RuleRegistry();
        foreach (var r in rules)
        {
            registry.Add(r);
        }

        if (registry.Errors.Count > 0)
        {
            return new RuleTestOutcome(false, string.Join('\n', registry.Errors), [], null);
        }

        var ids = rules.SelectMany(r => r.SupportedDiagnostics).Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
        var session = new LintSession(registry, new LintSessionOptions
        {
            FixedConfiguration = DocumentConfiguration.ForTests(RuleOptions.From(options.Options)),
            SpellCheckers = new FixedSpellChecker(options.SpellChecker),
        });

        var path = options.Kind == DocumentKind.PlainText && options.Path == "test.md" ? "test.txt" : options.Path;
        var document = DocumentParser.Parse(path, SourceText.From(text), TextEncodingInfo.Utf8NoBom, options.Kind);
        var result = session.Lint(document);
        var actual = result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden || ids.Contains(d.Id)).ToImmutableArray();

        var expected = new List<(string Id, TextSpan Span, string? Message)>();
        var report = new StringBuilder();
        foreach (var s in spans.Where(s => s.Index is null))
        {
            var id = s.Id;
            if (id is null)
            {
                if (ids.Count != 1)
                {
                    report.AppendLine($"[|...|] needs a single diagnostic id, but the rules support {string.Join(", ", ids)}; use {{|ID:...|}}.");
                    continue;
                }

                id = ids[0];
            }

            expected.Add((id, s.Span, null));
        }

        foreach (var e in explicitExpectations ?? [])
        {
            var marked = spans.FirstOrDefault(s => s.Index == e.LocationIndex);
            if (e.LocationIndex is not null && marked is null)
            {
                report.AppendLine($"No location {{|#{e.LocationIndex}:...|}} in the markup.");
                continue;
            }

            expected.Add((e.Id, marked?.Span ?? default, e.MessageContains));
        }

        var unmatched = actual.ToList();
        foreach (var (id, span, message) in expected)
        {
            var hit = unmatched.FirstOrDefault(a => a.Id == id && a.Location.SourceSpan == span && (message is null || a.Message.Contains(message, StringComparison.Ordinal)));
            if (hit is null)
            {
                report.AppendLine($"Missing: {id} at {Describe(text, span)}{(message is null ? string.Empty : $" with message containing \"{message}\"")}");
            }
            else
            {
                unmatched.Remove(hit);
            }
        }

        foreach (var a in unmatched)
        {
            report.AppendLine($"Unexpected: {a.Id} at {Describe(text, a.Location.SourceSpan)}: {a.Message}");
        }

        string? fixedText = null;
        if (expectedFixedText is not null)
        {
            fixedText = session.Fix(result, FixEngine.AnyFix) is { Applied: > 0 } outcome ? outcome.Text : text;
            if (!string.Equals(fixedText, expectedFixedText, StringComparison.Ordinal))
            {
                report.AppendLine("Fixed text differs.");
                report.AppendLine("--- expected");
                report.AppendLine(expectedFixedText);
                report.AppendLine("--- actual");
                report.AppendLine(fixedText);
            }
        }

        return new RuleTestOutcome(report.Length == 0, report.ToString(), actual, fixedText);
    }

    /// <summary>
    /// Apply every fix (safe or not) to a fixed point with the engine's one fix loop (<see cref="FixEngine"/>), as
    /// <c>lint --fix --unsafe-fixes</c> does. <paramref name="text"/> must be <paramref name="document"/>'s text.
    /// </summary>
    public static string ApplyFixes(AnalysisDriver driver, DocumentConfiguration config, EditorialDocument document, string text, DocumentKind kind)
    {
        var start = document.Kind == kind ? document : DocumentParser.Parse(document.Path, SourceText.From(text), document.Encoding, kind);
        var outcome = FixEngine.Run(driver.Analyze(start, config), start, d => driver.Analyze(d, config), FixEngine.AnyFix);
        return outcome.Applied > 0 ? outcome.Text : text;
    }

    /// <summary>The one spell checker a test gives, for every configuration.</summary>
    private sealed class FixedSpellChecker(ISpellChecker? checker) : ISpellCheckerSource
    {
        public SpellCheckerLookup For(DocumentConfiguration configuration) => new(checker);
    }

    private static string Describe(string text, TextSpan span)
    {
        var lines = SourceText.From(text).Lines.GetLinePositionSpan(span);
        var snippet = text.Substring(span.Start, Math.Min(span.Length, 60)).Replace("\n", "\\n", StringComparison.Ordinal);
        return $"{lines.Start.Line + 1}:{lines.Start.Character + 1} \"{snippet}\" [{span.Start}..{span.End})";
    }
}
