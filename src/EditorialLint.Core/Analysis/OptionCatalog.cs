using System.Collections.Immutable;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// The <c>editorial_lint.*</c> option keys a session knows (those of its rules and the engine's own), so that a
/// misspelt key is reported instead of ignored, and a value a known key cannot take is reported too.
/// </summary>
internal interface IOptionCatalog
{
    /// <summary>Whether <paramref name="name"/> (without the <c>editorial_lint.</c> prefix) is a known key.</summary>
    bool IsKnown(string name);

    /// <summary>Every known key (without the prefix), for "did you mean" suggestions.</summary>
    IEnumerable<string> Names { get; }

    /// <summary>Why <paramref name="value"/> is not a value the key takes, or null when it is (or cannot be judged).</summary>
    string? Validate(string name, string value);
}

/// <summary>
/// The catalogue of a run's declared options: the engine's, the data files' and every option the registry's rules
/// declare (<see cref="OptionCatalogue.AllOptions"/>). A value is judged by the option's own reader, so the check and
/// the value a rule receives never disagree.
/// </summary>
internal sealed class OptionCatalog : IOptionCatalog
{
    private readonly ImmutableDictionary<string, OptionDeclaration> _options;

    /// <summary>A catalogue of the given declarations (first declaration of a name wins).</summary>
    public OptionCatalog(IEnumerable<OptionDeclaration> options) =>
        _options = options.DistinctBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .ToImmutableDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The options declared for a run with <paramref name="registry"/>'s rules.</summary>
    public static OptionCatalog For(RuleRegistry registry) => new(OptionCatalogue.AllOptions(registry));

    /// <inheritdoc/>
    public IEnumerable<string> Names => _options.Keys.Order(StringComparer.Ordinal);

    /// <inheritdoc/>
    public bool IsKnown(string name) => _options.ContainsKey(name);

    /// <inheritdoc/>
    public string? Validate(string name, string value) =>
        _options.TryGetValue(name, out var option) && !option.IsValid(value) ? "expected " + option.Expected : null;

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
    public static int Distance(string a, string b)
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
