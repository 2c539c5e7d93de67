using System.Text;

namespace EditorialLint.DataRules;

/// <summary>
/// A rule file's message with named placeholders: <c>House style is '{preferred}', not '{found}'</c>. Each kind says
/// which names it fills; <c>{{</c> and <c>}}</c> write a brace.
/// </summary>
public sealed class MessageTemplate
{
    private readonly List<(bool IsName, string Text)> _parts;

    private MessageTemplate(string source, List<(bool, string)> parts)
    {
        Source = source;
        _parts = parts;
    }

    /// <summary>The template as written.</summary>
    public string Source { get; }

    /// <summary>
    /// Parse <paramref name="source"/>; <paramref name="problem"/> says what is wrong (an unknown name, a lone brace)
    /// when the result is null.
    /// </summary>
    public static MessageTemplate? Parse(string source, IReadOnlyCollection<string> names, out string? problem)
    {
        var parts = new List<(bool, string)>();
        var literal = new StringBuilder();
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if ((c == '{' || c == '}') && i + 1 < source.Length && source[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                problem = $"a lone '}}' at character {i + 1} of the message (write '}}}}' for a brace)";
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var close = source.IndexOf('}', i + 1);
            var name = close < 0 ? string.Empty : source[(i + 1)..close];
            if (!names.Contains(name))
            {
                problem = close < 0
                    ? $"an unclosed '{{' at character {i + 1} of the message"
                    : $"the message names '{{{name}}}', which this kind does not fill; it fills {string.Join(", ", names.Select(n => "{" + n + "}"))}";
                return null;
            }

            parts.Add((false, literal.ToString()));
            literal.Clear();
            parts.Add((true, name));
            i = close;
        }

        parts.Add((false, literal.ToString()));
        problem = null;
        return new MessageTemplate(source, parts);
    }

    /// <summary>The message with each placeholder replaced by <paramref name="values"/>' value for its name.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var sb = new StringBuilder();
        foreach (var (isName, text) in _parts)
        {
            sb.Append(isName ? values.GetValueOrDefault(text, string.Empty) : text);
        }

        return sb.ToString();
    }
}
