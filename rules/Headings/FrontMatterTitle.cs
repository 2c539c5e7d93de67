using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Headings;

/// <summary>
/// A title set in the draft's front matter (<c>title: …</c> in YAML, <c>title = …</c> in TOML, <c>"title": …</c> in
/// JSON), which static site generators render as the page's level-1 heading. EL2001, EL2002 and EL2003 count it as
/// the draft's title. <c>editorial_lint.front_matter_title</c> is the pattern a front-matter line must match (a .NET
/// regular expression, run without backtracking); <c>none</c> (or an empty value) turns the front-matter title off.
/// </summary>
internal static class FrontMatterTitle
{
    public const string DefaultPattern = "^\\s*\"?title\"?\\s*[:=]";

    /// <summary>The pattern a front-matter line must match to set the title.</summary>
    public static readonly RuleOption<string> Option = RuleOption.Pattern(
        "front_matter_title", DefaultPattern,
        "The pattern (a .NET regular expression) of the front-matter line that sets a draft's title; none turns the front-matter title off.");

    /// <summary>The front-matter line that sets the title, or null.</summary>
    public static TextSpan? Find(AnalysisContext context)
    {
        var doc = context.Document;
        var pattern = context.Options.Get(Option);
        if (pattern.Length == 0 || pattern.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var s in doc.SkippedSpans)
        {
            if (s.Kind != SkippedKind.FrontMatter)
            {
                continue;
            }

            // Only front matter that opens the draft.
            if (!string.IsNullOrWhiteSpace(doc.Content[..s.Span.Start].Replace("\uFEFF", string.Empty, StringComparison.Ordinal)))
            {
                return null;
            }

            var lines = doc.Text.Lines;
            for (var i = lines.IndexOf(s.Span.Start) + 1; i < lines.Count && lines[i].End < s.Span.End; i++)
            {
                var line = doc.Content.Substring(lines[i].Start, lines[i].End - lines[i].Start);
                if (Regex.IsMatch(line, pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                {
                    return lines[i].Span;
                }
            }

            return null;
        }

        return null;
    }
}
