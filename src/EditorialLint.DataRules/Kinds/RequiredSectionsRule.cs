using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.DataRules;

/// <summary>
/// <c>kind: required-sections</c>: headings every draft must have (Summary, Notes). Each entry of <c>sections</c> is a
/// heading, or a mapping with <c>heading</c> and <c>aliases</c> (other headings that count: Endnotes for Notes).
/// Headings compare without case, numbering ("2. Summary") or a closing colon or full stop. A missing section is
/// reported once, on the draft's title (else its first heading, else its first character).
/// </summary>
public sealed class RequiredSectionsRule : DataRule
{
    private readonly IReadOnlyList<(string Heading, IReadOnlyList<string> Accepted)> _sections;

    private RequiredSectionsRule(DataRuleHeader header, IReadOnlyList<(string, IReadOnlyList<string>)> sections)
        : base(header) => _sections = sections;

    /// <summary>The kind's name, placeholder ({section}) and defaults.</summary>
    public static DataRuleKind Kind { get; } = new(
        "required-sections", ["section"], "The draft has no '{section}' section", DataRuleFix.None, CanFix: false, Create);

    /// <inheritdoc/>
    public override IEnumerable<string> DescribeData()
    {
        yield return "| Section | Also accepted |";
        yield return "| --- | --- |";
        foreach (var (heading, accepted) in _sections)
        {
            yield return $"| {heading} | {string.Join(", ", accepted.Skip(1))} |";
        }
    }

    /// <inheritdoc/>
    protected override void Analyze(DocumentAnalysisContext context)
    {
        var doc = context.Document;
        var present = new HashSet<string>(doc.Headings.Select(h => Normalise(h.Text)), StringComparer.Ordinal);
        if (doc.NotesSection is { } notes)
        {
            present.Add(Normalise(notes.HeadingText));
        }

        var at = doc.Title?.ContentSpan ?? (doc.Headings.Length > 0 ? doc.Headings[0].ContentSpan : new TextSpan(0, 0));
        foreach (var (heading, accepted) in _sections)
        {
            if (!accepted.Any(present.Contains))
            {
                Report(context, at, new Dictionary<string, string> { ["section"] = heading });
            }
        }
    }

    /// <summary>A heading as compared: lower case (invariant), without numbering, closing punctuation or extra spaces.</summary>
    internal static string Normalise(string heading)
    {
        var words = heading.Trim().TrimEnd(':', '.').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && IsNumbering(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words).ToLowerInvariant();
    }

    private static bool IsNumbering(string word)
    {
        // 2, 2.1, 2. and 2) ; Roman numerals only with their full stop or parenthesis (II.), so that "I" stays a word.
        var bare = word.TrimEnd('.', ')');
        return bare.Length > 0 && (bare.All(c => char.IsAsciiDigit(c) || c == '.') ||
            (bare.Length < word.Length && bare.All(c => c is 'I' or 'V' or 'X')));
    }

    private static RequiredSectionsRule? Create(DataRuleHeader header, RuleFields fields)
    {
        var sections = new List<(string, IReadOnlyList<string>)>();
        foreach (var entry in fields.List("sections", required: true) ?? [])
        {
            if (entry is YamlMappingNode map)
            {
                var item = new RuleFields(map, fields.Errors);
                var heading = item.Text("heading", required: true);
                var aliases = item.Texts("aliases");
                item.RejectUnknown("a section entry");
                if (heading is not null)
                {
                    sections.Add((heading.Trim(), [.. new[] { heading }.Concat(aliases).Select(Normalise)]));
                }
            }
            else if (fields.AsText(entry, "sections") is { } heading)
            {
                sections.Add((heading.Trim(), [Normalise(heading)]));
            }
        }

        return fields.Errors.IsEmpty ? new RequiredSectionsRule(header, sections) : null;
    }
}
