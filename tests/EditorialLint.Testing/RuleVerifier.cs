using EditorialLint.Core.Rules;
using EditorialLint.RuleTesting;
using Xunit;

namespace EditorialLint.Testing;

/// <summary>
/// xunit verifier for one rule: <c>await RuleVerifier&lt;EL3001ReplacementCharacter&gt;.VerifyAsync("a{|EL3001:\uFFFD|}b")</c>.
/// Every marked span must be reported with that id and exact span, and nothing else may be reported.
/// </summary>
public static class RuleVerifier<TRule>
    where TRule : EditorialRule, new()
{
    public static Task VerifyAsync(string markup, params ExpectedDiagnostic[] expected) =>
        VerifyAsync(markup, new RuleTestOptions(), expected);

    public static Task VerifyAsync(string markup, RuleTestOptions options, params ExpectedDiagnostic[] expected)
    {
        var outcome = RuleTestRunner.Run([new TRule()], markup, null, options, expected);
        Assert.True(outcome.Passed, outcome.Report);
        return Task.CompletedTask;
    }

    public static Task VerifyFixAsync(string markup, string fixedText, params ExpectedDiagnostic[] expected) =>
        VerifyFixAsync(markup, fixedText, new RuleTestOptions(), expected);

    public static Task VerifyFixAsync(string markup, string fixedText, RuleTestOptions options, params ExpectedDiagnostic[] expected)
    {
        var outcome = RuleTestRunner.Run([new TRule()], markup, fixedText, options, expected);
        Assert.True(outcome.Passed, outcome.Report);
        return Task.CompletedTask;
    }

    /// <summary>Plain-text options with extra <c>editorial_lint.*</c> settings.</summary>
    public static RuleTestOptions PlainText(params (string Key, string Value)[] options) =>
        new() { Kind = Core.Syntax.DocumentKind.PlainText, Options = options.ToDictionary(o => o.Key, o => o.Value, StringComparer.OrdinalIgnoreCase) };

    public static RuleTestOptions Markdown(params (string Key, string Value)[] options) =>
        new() { Options = options.ToDictionary(o => o.Key, o => o.Value, StringComparer.OrdinalIgnoreCase) };
}
