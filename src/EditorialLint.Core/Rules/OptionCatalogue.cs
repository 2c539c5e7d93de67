using System.Collections.Immutable;
using EditorialLint.Core.Configuration;

namespace EditorialLint.Core.Rules;

/// <summary>
/// A value set in <c>.editorconfig</c> that its option does not understand (<c>editorial_lint.title_level = two</c>).
/// The rules read the default instead; the host reports the problem with the line that set it.
/// </summary>
/// <param name="Key">The key as written in <c>.editorconfig</c> (<c>editorial_lint.title_level</c>).</param>
/// <param name="Value">The value as set.</param>
/// <param name="Expected">What the option accepts ("a whole number").</param>
/// <param name="Rules">The ids of the rules that read the option (empty for an engine option).</param>
internal sealed record OptionProblem(string Key, string Value, string Expected, ImmutableArray<string> Rules)
{
    /// <summary>The problem in one sentence, without a location.</summary>
    public string Message =>
        $"'{Key} = {Value}' is not understood: expected {Expected}" +
        (Rules.IsEmpty ? "." : $" (read by {string.Join(", ", Rules)}); the default is used.");
}

/// <summary>Every declared option of a run, and the checks of configured values against them.</summary>
internal static class OptionCatalogue
{
    /// <summary>
    /// The engine's options, the data-file options, and every option the registry's rules declare, each once (by
    /// name, first declaration wins), ordered by name.
    /// </summary>
    public static IEnumerable<OptionDeclaration> AllOptions(RuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return EngineOptions.All.Concat(DataFileOptions.All).Concat(registry.Rules.SelectMany(r => r.Options))
            .DistinctBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .OrderBy(o => o.Name, StringComparer.Ordinal);
    }

    /// <summary>The ids of the rules that declare an option named <paramref name="name"/>, in id order.</summary>
    public static ImmutableArray<string> RulesUsing(RuleRegistry registry, string name)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return [.. registry.Rules
            .Where(r => r.Options.Any(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(r => r.Descriptors.Select(d => d.Id))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every declared option that <paramref name="options"/> sets to a value it does not understand, in key order.
    /// Unknown keys are not problems here (see <see cref="Closest"/>).
    /// </summary>
    public static ImmutableArray<OptionProblem> Check(RuleOptions options, RuleRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = ImmutableArray.CreateBuilder<OptionProblem>();
        foreach (var option in AllOptions(registry))
        {
            if (options.TryGetValue(option.Name, out var raw) && !option.IsValid(raw))
            {
                problems.Add(new OptionProblem(option.Key, raw, option.Expected, RulesUsing(registry, option.Name)));
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>
    /// For a key that names no declared option (<c>editorial_lint.heading_cases</c>), the declared key closest to it,
    /// for a "did you mean"; null when none is close (more than a third of the name would have to change).
    /// </summary>
    public static string? Closest(string key, IEnumerable<OptionDeclaration> declared)
    {
        ArgumentNullException.ThrowIfNull(key);
        var name = key.StartsWith(OptionDeclaration.Prefix, StringComparison.OrdinalIgnoreCase) ? key[OptionDeclaration.Prefix.Length..] : key;
        var nearest = Analysis.OptionCatalog.Nearest(declared.Select(o => o.Name).Order(StringComparer.Ordinal), name);
        return nearest is null ? null : OptionDeclaration.Prefix + nearest;
    }
}
