using System.Collections.Immutable;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Suppression;

/// <summary>
/// Inline suppressions read from HTML comments:
/// <c>&lt;!-- editorial-lint-disable [ids] --&gt;</c>, <c>-enable</c>, <c>-disable-next-line</c>, <c>-disable-line</c>,
/// <c>-disable-file</c>. Ids or aliases; no ids means every rule. Engine diagnostics (EL9xxx) cannot be suppressed.
/// </summary>
internal sealed class SuppressionMap
{
    private const string AllRules = "*";

    // Per rule id (or "*"), the line ranges (0-based, inclusive) where it is off.
    private readonly Dictionary<string, List<(int From, int To)>> _ranges = new(StringComparer.OrdinalIgnoreCase);

    private SuppressionMap()
    {
    }

    public static SuppressionMap Empty { get; } = new();

    /// <summary>Unknown ids named in suppression comments, with the comment's span (for a diagnostic).</summary>
    public ImmutableArray<(Comment Comment, string Name)> UnknownIds { get; private set; } = [];

    public static SuppressionMap Build(EditorialDocument document, RuleRegistry registry)
    {
        if (document.Comments.IsEmpty)
        {
            return Empty;
        }

        var map = new SuppressionMap();
        var unknown = ImmutableArray.CreateBuilder<(Comment, string)>();
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lastLine = document.Text.Lines.Count - 1;
        foreach (var comment in document.Comments)
        {
            var body = comment.Content.Trim();
            const string prefix = "editorial-lint-";
            if (!body.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var parts = body[prefix.Length..].Split((char[])[' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            var verb = parts[0].ToLowerInvariant();
            var ids = new List<string>();
            foreach (var name in parts.Skip(1))
            {
                var id = registry.ResolveId(name);
                if (id is null)
                {
                    unknown.Add((comment, name));
                }
                else
                {
                    ids.Add(id);
                }
            }

            if (parts.Length == 1)
            {
                ids.Add(AllRules);
            }

            var line = document.Text.Lines.GetLineFromPosition(comment.Span.Start).LineNumber;
            var endLine = document.Text.Lines.GetLineFromPosition(Math.Max(comment.Span.Start, comment.Span.End - 1)).LineNumber;
            switch (verb)
            {
                case "disable":
                    foreach (var id in ids)
                    {
                        open.TryAdd(id, line);
                    }

                    break;
                case "enable":
                    if (parts.Length == 1)
                    {
                        foreach (var (id, from) in open)
                        {
                            map.Add(id, from, line);
                        }

                        open.Clear();
                    }
                    else
                    {
                        foreach (var id in ids)
                        {
                            if (open.Remove(id, out var from))
                            {
                                map.Add(id, from, line);
                            }
                        }
                    }

                    break;
                case "disable-next-line":
                    foreach (var id in ids)
                    {
                        map.Add(id, endLine + 1, endLine + 1);
                    }

                    break;
                case "disable-line":
                    foreach (var id in ids)
                    {
                        map.Add(id, line, endLine);
                    }

                    break;
                case "disable-file":
                    foreach (var id in ids)
                    {
                        map.Add(id, 0, lastLine);
                    }

                    break;
            }
        }

        foreach (var (id, from) in open)
        {
            map.Add(id, from, lastLine);
        }

        map.UnknownIds = unknown.ToImmutable();
        return map;
    }

    private void Add(string id, int from, int to)
    {
        if (!_ranges.TryGetValue(id, out var list))
        {
            _ranges[id] = list = [];
        }

        list.Add((from, to));
    }

    /// <summary>True when diagnostic <paramref name="id"/> starting on 0-based <paramref name="line"/> is suppressed.</summary>
    public bool IsSuppressed(string id, int line)
    {
        if (_ranges.Count == 0 || RuleCategories.ForId(id) == RuleCategories.Engine)
        {
            return false;
        }

        return InRanges(id, line) || InRanges(AllRules, line);
    }

    private bool InRanges(string key, int line)
    {
        if (!_ranges.TryGetValue(key, out var list))
        {
            return false;
        }

        foreach (var (from, to) in list)
        {
            if (line >= from && line <= to)
            {
                return true;
            }
        }

        return false;
    }
}
