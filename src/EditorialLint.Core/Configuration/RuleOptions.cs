using System.Collections.Immutable;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Configuration;

/// <summary>
/// The <c>editorial_lint.*</c> options (and any other key) that apply to one document. Keys are matched without
/// regard to case, as .editorconfig keys are. Path options resolve against the folder of the .editorconfig that set them.
/// </summary>
public sealed class RuleOptions
{
    /// <summary>No options: what a rule sees when nothing is configured.</summary>
    internal static RuleOptions Empty { get; } = new(ImmutableDictionary<string, string>.Empty, ImmutableDictionary<string, string>.Empty);

    private readonly ImmutableDictionary<string, string> _values;
    private readonly ImmutableDictionary<string, string> _origins;

    /// <summary>Options with their values and, per key, the folder of the .editorconfig that set it (for <see cref="GetPath"/>).</summary>
    internal RuleOptions(ImmutableDictionary<string, string> values, ImmutableDictionary<string, string> origins)
    {
        _values = values.WithComparers(StringComparer.OrdinalIgnoreCase);
        _origins = origins.WithComparers(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Options from key/value pairs, with no origin folders (tests, tools).</summary>
    internal static RuleOptions From(IEnumerable<KeyValuePair<string, string>> values) =>
        new(ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, values), ImmutableDictionary<string, string>.Empty);

    /// <summary>Every option key that is set, without the <c>editorial_lint.</c> prefix.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>The raw value; <paramref name="key"/> may be given with or without the <c>editorial_lint.</c> prefix.</summary>
    public bool TryGetValue(string key, out string value)
    {
        if (_values.TryGetValue(key, out value!))
        {
            return true;
        }

        return _values.TryGetValue("editorial_lint." + key, out value!);
    }

    /// <summary>
    /// The value of a declared option: the default when it is not set, and also when it is set to something the option
    /// does not understand (<see cref="OptionCatalogue.Check"/> reports those). Path options resolve against the folder
    /// of the .editorconfig that set them.
    /// </summary>
    public T Get<T>(RuleOption<T> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return TryGetValue(option.Name, out var raw) ? option.Read(raw, GetOriginDirectory(option.Name)) : option.Default;
    }

    /// <summary>As <see cref="Get{T}(RuleOption{T})"/>, with a default that the caller decides (a host's own setting).</summary>
    public T Get<T>(RuleOption<T> option, T defaultValue)
    {
        ArgumentNullException.ThrowIfNull(option);
        return TryGetValue(option.Name, out var raw) && option.IsValid(raw) && raw.Trim().Length > 0 ? option.Read(raw, GetOriginDirectory(option.Name)) : defaultValue;
    }

    /// <summary>The value of <paramref name="key"/> (without the <c>editorial_lint.</c> prefix), or <paramref name="defaultValue"/> when it is not set.</summary>
    public string? GetString(string key, string? defaultValue = null) =>
        TryGetValue(key, out var v) && v.Length > 0 ? v : defaultValue;

    /// <summary>A true/false option (<c>true</c>, <c>yes</c>, <c>on</c> …), or <paramref name="defaultValue"/> when it is not set or not a boolean.</summary>
    public bool GetBool(string key, bool defaultValue) =>
        TryGetValue(key, out var v) ? v.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "on" or "1" => true,
            "false" or "no" or "off" or "0" => false,
            _ => defaultValue,
        } : defaultValue;

    /// <summary>A whole-number option, or <paramref name="defaultValue"/> when it is not set or not a number.</summary>
    public int GetInt(string key, int defaultValue) =>
        TryGetValue(key, out var v) && int.TryParse(v.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : defaultValue;

    /// <summary>A comma-separated list, trimmed, empty items dropped.</summary>
    public ImmutableArray<string> GetList(string key) =>
        TryGetValue(key, out var v)
            ? [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];

    /// <summary>The folder of the .editorconfig that set <paramref name="key"/>, or null when it came from elsewhere.</summary>
    public string? GetOriginDirectory(string key)
    {
        if (_origins.TryGetValue(key, out var d) || _origins.TryGetValue("editorial_lint." + key, out d))
        {
            return d;
        }

        return null;
    }

    /// <summary>A path option resolved against the folder of the .editorconfig that named it.</summary>
    public string? GetPath(string key)
    {
        var v = GetString(key);
        if (v is null)
        {
            return null;
        }

        var dir = GetOriginDirectory(key);
        return dir is null || Path.IsPathRooted(v) ? v : Path.GetFullPath(Path.Combine(dir, v));
    }
}
