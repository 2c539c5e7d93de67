using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace EditorialLint.Core.Rules;

/// <summary>
/// Declares options: <c>public static readonly RuleOption&lt;bool&gt; NamedNotesInOrder = RuleOption.Bool(
/// "named_notes_in_order", false, "…")</c> in a rule, listed in its <see cref="EditorialRule.Options"/> and read with
/// <c>c.Options.Get(NamedNotesInOrder)</c>. An empty (or blank) value counts as not set, except where a kind says otherwise.
/// </summary>
public static class RuleOption
{
    /// <summary>true/yes/on/1 or false/no/off/0, in any case.</summary>
    public static RuleOption<bool> Bool(string name, bool defaultValue, string description) =>
        new(name, "bool", defaultValue, defaultValue ? "true" : "false", [], "true or false", description,
            (string raw, string? _, out bool valid) =>
            {
                valid = true;
                return raw.Trim().ToLowerInvariant() switch
                {
                    "true" or "yes" or "on" or "1" => true,
                    "false" or "no" or "off" or "0" => false,
                    var s => Invalid(s.Length > 0, defaultValue, out valid),
                };
            });

    /// <summary>A whole number, written with invariant digits.</summary>
    public static RuleOption<int> Int(string name, int defaultValue, string description) =>
        new(name, "int", defaultValue, defaultValue.ToString(CultureInfo.InvariantCulture), [], "a whole number", description,
            (string raw, string? _, out bool valid) =>
            {
                valid = true;
                return int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                    ? n
                    : Invalid(raw.Trim().Length > 0, defaultValue, out valid);
            });

    /// <summary>
    /// One of <paramref name="allowed"/> (lower case; a value is compared in lower case, with <c>_</c> read as <c>-</c>).
    /// The rule receives the allowed value, or the default for anything else.
    /// </summary>
    public static RuleOption<string> Choice(string name, string defaultValue, ImmutableArray<string> allowed, string description)
    {
        if (!allowed.Contains(defaultValue, StringComparer.Ordinal))
        {
            throw new ArgumentException($"The default '{defaultValue}' of option '{name}' is not one of its values.", nameof(defaultValue));
        }

        return new(name, "choice", defaultValue, defaultValue, allowed, "one of " + string.Join(", ", allowed), description,
            (string raw, string? _, out bool valid) =>
            {
                valid = true;
                var v = raw.ToLowerInvariant().Replace('_', '-');
                return allowed.Contains(v, StringComparer.Ordinal) ? v : Invalid(raw.Trim().Length > 0, defaultValue, out valid);
            });
    }

    /// <summary>
    /// Free text, taken as written. With <paramref name="emptyIsValue"/> an empty value is a value (an empty set of
    /// characters, say); otherwise it counts as not set.
    /// </summary>
    public static RuleOption<string> Text(string name, string defaultValue, string description, bool emptyIsValue = false) =>
        new(name, "text", defaultValue, defaultValue.Length == 0 ? "(empty)" : defaultValue, [], "text", description,
            (string raw, string? _, out bool valid) =>
            {
                valid = true;
                return raw.Length > 0 || emptyIsValue ? raw : defaultValue;
            });

    /// <summary>
    /// A .NET regular expression (run without backtracking), trimmed; <c>none</c> or an empty value turns it off, and the
    /// rule receives the empty string or <c>none</c> as written.
    /// </summary>
    public static RuleOption<string> Pattern(string name, string defaultValue, string description) =>
        new(name, "pattern", defaultValue, defaultValue, [], "a regular expression that runs without backtracking, or none", description,
            (string raw, string? _, out bool valid) =>
            {
                var v = raw.Trim();
                valid = v.Length == 0 || v.Equals("none", StringComparison.OrdinalIgnoreCase) || Compiles(v);
                return v;
            });

    /// <summary>
    /// A number for every heading level (<c>1</c>), or one per level separated by commas (<c>2,1,1</c>). The rule
    /// receives the text as written (null when not set) and reads it per level; a part that is not a number is
    /// reported and reads as the default there.
    /// </summary>
    public static RuleOption<string?> Levels(string name, string defaultText, string description) =>
        new(name, "levels", null, defaultText, [], "a whole number, or one per heading level separated by commas", description,
            (string raw, string? origin, out bool valid) =>
            {
                valid = string.IsNullOrWhiteSpace(raw) || raw.Split(',', StringSplitOptions.TrimEntries)
                    .All(p => int.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
                return raw.Length > 0 ? raw : null;
            });

    /// <summary>A comma-separated list, items trimmed and empty ones dropped; an empty list reads as the default.</summary>
    public static RuleOption<ImmutableArray<string>> List(string name, ImmutableArray<string> defaultValue, string description) =>
        new(name, "list", defaultValue, defaultValue.IsEmpty ? "none" : string.Join(", ", defaultValue), [], "a comma-separated list", description,
            (string raw, string? _, out bool valid) =>
            {
                valid = true;
                ImmutableArray<string> items = [.. raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                return items.IsEmpty ? defaultValue : items;
            });

    /// <summary>
    /// A file or folder, resolved against the folder of the .editorconfig that named it; the rule receives null when it
    /// is not set (<paramref name="defaultText"/> says what is used then).
    /// </summary>
    public static RuleOption<string?> Path(string name, string defaultText, string description) =>
        new(name, "path", null, defaultText, [], "a path", description,
            (string raw, string? origin, out bool valid) =>
            {
                valid = true;
                if (raw.Length == 0)
                {
                    return null;
                }

                return origin is null || System.IO.Path.IsPathRooted(raw) ? raw : System.IO.Path.GetFullPath(System.IO.Path.Combine(origin, raw));
            });

    private static T Invalid<T>(bool given, T defaultValue, out bool valid)
    {
        valid = !given;
        return defaultValue;
    }

    private static bool Compiles(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
