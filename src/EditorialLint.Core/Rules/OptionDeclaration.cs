using System.Collections.Immutable;

namespace EditorialLint.Core.Rules;

/// <summary>
/// An <c>editorial_lint.*</c> option declared in code: its name, type, default, allowed values and description. A rule
/// lists the options it reads in <see cref="EditorialRule.Options"/>; <c>rules</c>, <c>explain</c>, the configuration
/// checks and the page tests read them from there.
/// </summary>
public abstract class OptionDeclaration
{
    /// <summary>The prefix every option key has in <c>.editorconfig</c>.</summary>
    public const string Prefix = "editorial_lint.";

    private protected OptionDeclaration(string name, string type, string defaultText, ImmutableArray<string> allowedValues, string expected, string description)
    {
        if (name.Length == 0 || name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"An option name is given without the '{Prefix}' prefix: '{name}'.", nameof(name));
        }

        Name = name;
        Type = type;
        DefaultText = defaultText;
        AllowedValues = allowedValues;
        Expected = expected;
        Description = description;
    }

    /// <summary>The name without the prefix (<c>title_level</c>).</summary>
    public string Name { get; }

    /// <summary>The key as written in <c>.editorconfig</c> (<c>editorial_lint.title_level</c>).</summary>
    public string Key => Prefix + Name;

    /// <summary>The kind of value, as <c>rules</c> prints it: bool, int, choice, text, pattern, levels, list or path.</summary>
    public string Type { get; }

    /// <summary>The default as a reader would write it (<c>1</c>, <c>auto</c>, <c>none</c>).</summary>
    public string DefaultText { get; }

    /// <summary>The values a choice accepts (empty for other kinds).</summary>
    public ImmutableArray<string> AllowedValues { get; }

    /// <summary>What a valid value looks like, for a configuration problem ("true or false").</summary>
    public string Expected { get; }

    /// <summary>One or two sentences on what the option does.</summary>
    public string Description { get; }

    /// <summary>True when <paramref name="raw"/> is a value this option understands.</summary>
    public abstract bool IsValid(string raw);

    /// <summary>The key as written in .editorconfig (<c>editorial_lint.title_level</c>).</summary>
    public override string ToString() => Key;
}

/// <summary>A declared option whose value reads as a <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The type a rule receives from <see cref="Configuration.RuleOptions.Get{T}(RuleOption{T})"/>.</typeparam>
public sealed class RuleOption<T> : OptionDeclaration
{
    /// <summary>Reads a raw value (with the folder of the .editorconfig that set it, for paths); says whether it was understood.</summary>
    internal delegate T Reader(string raw, string? originDirectory, out bool valid);

    private readonly Reader _read;

    internal RuleOption(string name, string type, T defaultValue, string defaultText, ImmutableArray<string> allowedValues, string expected, string description, Reader read)
        : base(name, type, defaultText, allowedValues, expected, description)
    {
        Default = defaultValue;
        _read = read;
    }

    /// <summary>The value a rule receives when the option is not set.</summary>
    public T Default { get; }

    /// <summary>True when <paramref name="raw"/> is a value this option understands.</summary>
    public override bool IsValid(string raw)
    {
        _read(raw, null, out var valid);
        return valid;
    }

    /// <summary>
    /// The value for <paramref name="raw"/>. A value the option does not understand reads as the default (or, for
    /// kinds read part by part, as the parts it does understand); <see cref="OptionCatalogue.Check"/> reports it.
    /// </summary>
    internal T Read(string raw, string? originDirectory) => _read(raw, originDirectory, out _);
}
