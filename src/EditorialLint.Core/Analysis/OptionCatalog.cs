using System.Collections.Immutable;
using System.Globalization;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// The <c>editorial_lint.*</c> option keys a session knows (those of its rules and the engine's own), so that a
/// misspelt key is reported instead of ignored, and a value a known key cannot take is reported too.
/// </summary>
public interface IOptionCatalog
{
    /// <summary>Whether <paramref name="name"/> (without the <c>editorial_lint.</c> prefix) is a known key.</summary>
    bool IsKnown(string name);

    /// <summary>Every known key (without the prefix), for "did you mean" suggestions.</summary>
    IEnumerable<string> Names { get; }

    /// <summary>Why <paramref name="value"/> is not a value the key takes, or null when it is (or cannot be judged).</summary>
    string? Validate(string name, string value);
}

/// <summary>What values an option takes.</summary>
public enum OptionKind
{
    /// <summary>Any text: a path, a list, characters.</summary>
    Text,

    /// <summary>true/false (also yes/no, on/off, 1/0).</summary>
    Boolean,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>One of a fixed set of words.</summary>
    Choice,
}

/// <summary>One known option.</summary>
/// <param name="Name">The key without the <c>editorial_lint.</c> prefix.</param>
/// <param name="Kind">The values it takes.</param>
/// <param name="Choices">For <see cref="OptionKind.Choice"/>: the words it accepts (compared ignoring case).</param>
public sealed record OptionInfo(string Name, OptionKind Kind, ImmutableArray<string> Choices = default);

/// <summary>
/// A catalogue from a fixed list of options. <see cref="Today"/> lists the keys the built-in rules and the engine read
/// today, in one place; when rules declare their options, a catalogue built from those declarations replaces it.
/// </summary>
public sealed class OptionCatalog(IEnumerable<OptionInfo> options) : IOptionCatalog
{
    private readonly ImmutableDictionary<string, OptionInfo> _options =
        options.ToImmutableDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The options read today by the built-in rules, the data files, the spelling setup and the engine.</summary>
    public static OptionCatalog Today { get; } = new(
    [
        new("dictionaries", OptionKind.Text),
        new("rules_path", OptionKind.Text),
        new("rule_timeout_ms", OptionKind.Integer),
        new("house_terms", OptionKind.Text),
        new("name_variants", OptionKind.Text),
        new("us_uk_variants", OptionKind.Text),
        new("singular_names", OptionKind.Text),
        new("spelling_standard", OptionKind.Text),
        new("spelling_max_suggestions", OptionKind.Integer),
        new("spelling_ignore_acronyms", OptionKind.Boolean),
        new("require_notes", OptionKind.Choice, ["auto", "always", "never"]),
        new("named_notes_in_order", OptionKind.Boolean),
        new("footnote_marker_placement", OptionKind.Choice, ["auto", "after", "before"]),
        new("footnote_marker_space", OptionKind.Choice, ["auto", "space", "none"]),
        new("title_level", OptionKind.Integer),
        new("title_allow_preamble", OptionKind.Boolean),
        new("front_matter_title", OptionKind.Text),
        new("heading_case", OptionKind.Choice, ["auto", "title", "sentence"]),
        new("heading_punctuation", OptionKind.Text),
        new("emphasis_heading_punctuation", OptionKind.Text),
        new("duplicate_heading_scope", OptionKind.Choice, ["siblings", "document"]),
        new("heading_lines_above", OptionKind.Text),
        new("heading_lines_below", OptionKind.Text),
    ]);

    /// <inheritdoc/>
    public IEnumerable<string> Names => _options.Keys.Order(StringComparer.Ordinal);

    /// <inheritdoc/>
    public bool IsKnown(string name) => _options.ContainsKey(name);

    /// <inheritdoc/>
    public string? Validate(string name, string value)
    {
        if (!_options.TryGetValue(name, out var option))
        {
            return null;
        }

        var v = value.Trim();
        return option.Kind switch
        {
            OptionKind.Boolean when v.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "1" or "0") =>
                "must be true or false",
            OptionKind.Integer when !int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) =>
                "must be a whole number",
            OptionKind.Choice when !option.Choices.Contains(v, StringComparer.OrdinalIgnoreCase) =>
                "must be " + string.Join(", ", option.Choices[..^1]) + " or " + option.Choices[^1],
            _ => null,
        };
    }

    /// <summary>The name among <paramref name="names"/> nearest to <paramref name="name"/> (at most a third of its letters different), or null.</summary>
    public static string? Nearest(IEnumerable<string> names, string name)
    {
        string? best = null;
        var bestDistance = Math.Max(1, name.Length / 3) + 1;
        foreach (var candidate in names)
        {
            var d = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
