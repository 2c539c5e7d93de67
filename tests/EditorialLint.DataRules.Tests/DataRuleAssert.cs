using EditorialLint.Core.Syntax;
using EditorialLint.RuleTesting;

namespace EditorialLint.DataRules.Tests;

/// <summary>Builds a rule from YAML text and checks it against span markup, as test-rules does.</summary>
internal static class DataRuleAssert
{
    public static DataRule Rule(string yaml)
    {
        var result = DataRuleLoader.Parse("test.yaml", yaml);
        Assert.True(result.Errors.IsEmpty, string.Join("\n", result.Errors));
        return Assert.Single(result.Rules);
    }

    public static void Verify(string yaml, string markup, string? fixedText = null, DocumentKind kind = DocumentKind.Markdown)
    {
        var outcome = RuleTestRunner.Run([Rule(yaml)], markup, fixedText, new RuleTestOptions { Kind = kind });
        Assert.True(outcome.Passed, outcome.Report);
    }

    /// <summary>The messages reported on <paramref name="text"/>, one a line.</summary>
    public static string Messages(string yaml, string text) =>
        string.Join("\n", RuleTestRunner.Run([Rule(yaml)], text).Actual.Select(d => d.Message));
}
