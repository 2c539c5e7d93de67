using YamlDotNet.RepresentationModel;

namespace EditorialLint.DataRules;

/// <summary>
/// Reads the fields of one YAML mapping (a rule file's top level, or an entry of one of its lists), reporting each
/// problem at the node it concerns: a required field that is missing (at the mapping), a value of the wrong shape (at
/// the value), a field nobody reads (at its key, so a misspelt field is never silently ignored).
/// </summary>
public sealed class RuleFields
{
    private readonly YamlMappingNode _map;
    private readonly RuleFileErrors _errors;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    /// <summary>Read <paramref name="map"/>, reporting to <paramref name="errors"/>.</summary>
    public RuleFields(YamlMappingNode map, RuleFileErrors errors)
    {
        _map = map;
        _errors = errors;
    }

    /// <summary>The mapping read.</summary>
    public YamlNode Node => _map;

    /// <summary>Where problems go.</summary>
    public RuleFileErrors Errors => _errors;

    /// <summary>The value node of <paramref name="key"/>, or null; the key counts as known.</summary>
    public YamlNode? Get(string key)
    {
        _known.Add(key);
        foreach (var (k, v) in _map.Children)
        {
            if (k is YamlScalarNode s && string.Equals(s.Value, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>A text field; null (and, when <paramref name="required"/>, an error) when it is absent or not text.</summary>
    public string? Text(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _errors.Invalid(_map.Start, _map.Start, $"missing field '{key}'");
            }

            return null;
        }

        return AsText(node, key);
    }

    /// <summary>The text of a scalar node, or null and an error when it is a list or a mapping or empty.</summary>
    public string? AsText(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
        {
            return v;
        }

        _errors.Invalid(node.Start, node.End, $"'{what}' must be text");
        return null;
    }

    /// <summary>A yes/no field: true, false, yes, no (any case); <paramref name="fallback"/> when absent.</summary>
    public bool Flag(string key, bool fallback)
    {
        var node = Get(key);
        if (node is null)
        {
            return fallback;
        }

        switch ((node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant())
        {
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                _errors.Invalid(node.Start, node.End, $"'{key}' must be true or false");
                return fallback;
        }
    }

    /// <summary>
    /// A list field: the entries of a YAML sequence (a single scalar counts as a list of one). Null when absent (and
    /// an error when <paramref name="required"/>); an empty list is an error when required.
    /// </summary>
    public IReadOnlyList<YamlNode>? List(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                _errors.Invalid(_map.Start, _map.Start, $"missing field '{key}'");
            }

            return null;
        }

        IReadOnlyList<YamlNode>? items = node switch
        {
            YamlSequenceNode seq => [.. seq.Children],
            YamlScalarNode { Value.Length: > 0 } => [node],
            _ => null,
        };
        if (items is null || (required && items.Count == 0))
        {
            _errors.Invalid(node.Start, node.End, $"'{key}' must be a list with at least one entry");
            return null;
        }

        return items;
    }

    /// <summary>A list of texts (exceptions, names): each entry must be text.</summary>
    public IReadOnlyList<string> Texts(string key, bool required = false) =>
        List(key, required)?.Select(n => AsText(n, key)).OfType<string>().ToList() ?? [];

    /// <summary>A mapping field, or null (an error when required or not a mapping).</summary>
    public YamlMappingNode? Map(string key, bool required = false)
    {
        var node = Get(key);
        if (node is YamlMappingNode map && map.Children.Count > 0)
        {
            return map;
        }

        if (node is not null || required)
        {
            _errors.Invalid((node ?? _map).Start, (node ?? _map).End, node is null ? $"missing field '{key}'" : $"'{key}' must be a mapping with at least one entry (form: replacement)");
        }

        return null;
    }

    /// <summary>Report every key of the mapping that no reader asked for. Call after reading all fields.</summary>
    public void RejectUnknown(string where)
    {
        foreach (var (k, _) in _map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (!_known.Contains(name))
            {
                var expected = string.Join(", ", _known.Order(StringComparer.Ordinal));
                _errors.Invalid(k.Start, k.End, $"unknown field '{name}' in {where}; expected one of: {expected}");
            }
        }
    }
}
