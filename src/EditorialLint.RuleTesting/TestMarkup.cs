using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.RuleTesting;

/// <summary>A span marked in test markup: <c>[|x|]</c> (Id null), <c>{|EL1001:x|}</c> (Id), or <c>{|#0:x|}</c> (Index).</summary>
public sealed record MarkedSpan(TextSpan Span, string? Id, int? Index);

/// <summary>
/// Roslyn-style test markup. <c>[|text|]</c> expects the rule's (single) diagnostic on <c>text</c>;
/// <c>{|EL1001:text|}</c> expects EL1001 there; <c>{|#0:text|}</c> names location 0 for an explicit expectation.
/// Markup may nest. Write <c>[||]</c> for an empty span.
/// </summary>
public static class TestMarkup
{
    public static (string Text, ImmutableArray<MarkedSpan> Spans) Parse(string markup)
    {
        var sb = new StringBuilder(markup.Length);
        var spans = new List<MarkedSpan>();
        var stack = new Stack<(int Start, string? Id, int? Index, bool Brace)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "[|"))
            {
                stack.Push((sb.Length, null, null, false));
                i++;
            }
            else if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var bar = markup.IndexOf('|', i + 2);
                if (colon < 0 || (bar >= 0 && bar < colon))
                {
                    throw new FormatException($"Markup '{{|' at {i} needs an id: {{|EL1001:text|}} or {{|#0:text|}}.");
                }

                var tag = markup[(i + 2)..colon];
                if (tag.StartsWith('#'))
                {
                    stack.Push((sb.Length, null, int.Parse(tag[1..], System.Globalization.CultureInfo.InvariantCulture), true));
                }
                else
                {
                    stack.Push((sb.Length, tag, null, true));
                }

                i = colon;
            }
            else if (Starts(markup, i, "|]") && stack.Count > 0 && !stack.Peek().Brace)
            {
                var (start, id, index, _) = stack.Pop();
                spans.Add(new MarkedSpan(TextSpan.FromBounds(start, sb.Length), id, index));
                i++;
            }
            else if (Starts(markup, i, "|}") && stack.Count > 0 && stack.Peek().Brace)
            {
                var (start, id, index, _) = stack.Pop();
                spans.Add(new MarkedSpan(TextSpan.FromBounds(start, sb.Length), id, index));
                i++;
            }
            else
            {
                sb.Append(markup[i]);
            }
        }

        if (stack.Count > 0)
        {
            throw new FormatException("Markup has an unclosed span.");
        }

        return (sb.ToString(), [.. spans.OrderBy(s => s.Span.Start)]);
    }

    private static bool Starts(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}
