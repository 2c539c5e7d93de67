using System.Text;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.DataRules;

/// <summary>
/// The page <c>explain</c> prints for a data rule: the same table as a built-in rule's page (id and alias, category,
/// severity, fix), the rule file's <c>doc</c> text, and what the rule looks for, listed from its data.
/// </summary>
public static class RuleDocPage
{
    /// <summary>The Markdown page of <paramref name="rule"/>.</summary>
    public static string For(DataRule rule)
    {
        var h = rule.Header;
        var sb = new StringBuilder();
        sb.Append("# ").Append(h.Id).Append(": ").AppendLine(h.Title);
        sb.AppendLine();
        sb.AppendLine("| | |");
        sb.AppendLine("|---|---|");
        sb.Append("| Id | ").Append(h.Id).Append(" (`").Append(RuleAliases.For(rule.Descriptor)).AppendLine("`) |");
        sb.AppendLine("| Category | Custom |");
        sb.Append("| Default severity | ").Append(SeverityWord(h)).AppendLine(" |");
        sb.Append("| Fix | ").Append(FixWord(h.Fix)).AppendLine(" |");
        sb.Append("| Kind | ").Append(h.Kind).Append(" (no-code rule: ").Append(Path.GetFileName(h.SourcePath)).AppendLine(") |");
        sb.AppendLine();
        if (!string.IsNullOrWhiteSpace(h.Doc))
        {
            sb.AppendLine(h.Doc.Trim());
            sb.AppendLine();
        }

        sb.AppendLine("## What it looks for");
        foreach (var line in rule.DescribeData())
        {
            sb.AppendLine(line);
        }

        return sb.ToString();
    }

    private static string SeverityWord(DataRuleHeader h) => !h.EnabledByDefault ? "none (opt-in)" : h.Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    private static string FixWord(DataRuleFix fix) => fix switch
    {
        DataRuleFix.Safe => "safe (`--fix`)",
        DataRuleFix.Review => "needs review (`--fix --unsafe-fixes`)",
        _ => "no",
    };
}
