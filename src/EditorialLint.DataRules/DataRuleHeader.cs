using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Syntax;

namespace EditorialLint.DataRules;

/// <summary>Whether a data rule offers fixes, and of which safety.</summary>
public enum DataRuleFix
{
    /// <summary>Findings only.</summary>
    None,

    /// <summary>Mechanical fixes: <c>--fix</c> applies them.</summary>
    Safe,

    /// <summary>Wording fixes: only <c>--fix --unsafe-fixes</c> applies them.</summary>
    Review,
}

/// <summary>One test case of a rule file: span markup (<c>{|EL6101:Turkey|}</c>), optionally the text after fixes.</summary>
/// <param name="Name">A name for the report ("tests[2]" when none is given).</param>
/// <param name="Markup">The draft with each expected finding marked.</param>
/// <param name="Fixed">The expected draft after all fixes, or null.</param>
/// <param name="Kind">Markdown or plain text.</param>
/// <param name="Line">The case's line in the rule file (1-based).</param>
public sealed record DataRuleTest(string Name, string Markup, string? Fixed, DocumentKind Kind, int Line);

/// <summary>The fields every rule file has, whatever its kind.</summary>
/// <param name="Id">The rule's id, EL6000–EL8999.</param>
/// <param name="Kind">The kind's name (substitution, existence, ...).</param>
/// <param name="Title">A short title; its kebab-case form is the rule's alias.</param>
/// <param name="Message">The message template.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="EnabledByDefault">False for <c>severity: none</c>.</param>
/// <param name="Fix">Whether and how the rule fixes.</param>
/// <param name="Doc">The rule's documentation (Markdown), or null.</param>
/// <param name="Tests">The rule's test cases.</param>
/// <param name="SourcePath">The rule file.</param>
public sealed record DataRuleHeader(
    string Id,
    string Kind,
    string Title,
    MessageTemplate Message,
    DiagnosticSeverity Severity,
    bool EnabledByDefault,
    DataRuleFix Fix,
    string? Doc,
    ImmutableArray<DataRuleTest> Tests,
    string SourcePath);
