using System.Collections.Concurrent;
using System.Collections.Immutable;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Data;

/// <summary>One house term: the preferred form, the forms it replaces, and phrases where a replaced form is right.</summary>
/// <param name="Preferred">The house form.</param>
/// <param name="Rejected">The forms it replaces.</param>
/// <param name="Exceptions">Phrases in which a rejected form is right.</param>
public sealed record HouseTerm(string Preferred, ImmutableArray<string> Rejected, ImmutableArray<string> Exceptions);

/// <summary>
/// The editors' data files (dictionaries/house-terms.txt, name-variants.txt, us-uk-variants.txt, singular-names.txt), read once per path and
/// shared by all documents. A rule finds a file through an <c>editorial_lint.*</c> path option, else in the
/// <c>dictionaries/</c> folder shipped beside the running tool.
/// </summary>
public static class DataFiles
{
    private static readonly ConcurrentDictionary<string, object?> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?> Shipped = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> Exists = new(StringComparer.Ordinal);

    /// <summary>The file a path option names (when it exists), else the shipped <paramref name="fileName"/>, else null.</summary>
    public static string? Locate(RuleOptions options, RuleOption<string?> option, string fileName) =>
        Locate(options, option.Name, fileName);

    /// <summary>The data file for <paramref name="optionKey"/> (a path option such as <c>house_terms</c>), else <paramref name="fileName"/> in the tool's <c>dictionaries/</c> folder; null when neither exists.</summary>
    public static string? Locate(RuleOptions options, string optionKey, string fileName)
    {
        // Asked per rule per document: whether a file exists is looked up once per run, like its contents.
        var configured = options.GetPath(optionKey);
        if (configured is not null)
        {
            return Exists.GetOrAdd(configured, File.Exists) ? configured : null;
        }

        return Shipped.GetOrAdd(fileName, static f =>
        {
            var shipped = Path.Combine(AppContext.BaseDirectory, "dictionaries", f);
            return File.Exists(shipped) ? shipped : null;
        });
    }

    /// <summary>The house terms (<c>house_terms</c>, else the shipped <c>house-terms.txt</c>), read once per file.</summary>
    public static ImmutableArray<HouseTerm> HouseTerms(RuleOptions options) =>
        Load(Locate(options, DataFileOptions.HouseTerms, "house-terms.txt"), ParseHouseTerms) ?? [];

    /// <summary>Groups of name spellings that must not be mixed in one draft (<c>name_variants</c>, else the shipped <c>name-variants.txt</c>).</summary>
    public static ImmutableArray<ImmutableArray<string>> NameVariants(RuleOptions options) =>
        Load(Locate(options, DataFileOptions.NameVariants, "name-variants.txt"), ParseGroups) ?? [];

    /// <summary>Names of single institutions (European Union), whose capitalised plural is a lost possessive.</summary>
    public static ImmutableArray<string> SingularNames(RuleOptions options) =>
        Load(Locate(options, DataFileOptions.SingularNames, "singular-names.txt"), lines => DataLines(lines).ToImmutableArray()) ?? [];

    /// <summary>US → UK and UK → US lookups.</summary>
    public static (FrozenMap Us, FrozenMap Uk)? UsUkVariants(RuleOptions options) =>
        Load(Locate(options, DataFileOptions.UsUkVariants, "us-uk-variants.txt"), ParseUsUk);

    private static T? Load<T>(string? path, Func<string[], T> parse)
        where T : struct =>
        path is null ? null : (T?)Cache.GetOrAdd(typeof(T).Name + "|" + path, _ => parse(File.ReadAllLines(path)));

    private static IEnumerable<string> DataLines(string[] lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#');

    /// <summary>Parse house-term lines: <c>Preferred | rejected, forms | exception, phrases</c>; <c>#</c> starts a comment.</summary>
    public static ImmutableArray<HouseTerm> ParseHouseTerms(string[] lines) =>
    [
        .. DataLines(lines).Select(l =>
        {
            var parts = l.Split('|');
            static ImmutableArray<string> List(string s) => [.. s.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            return new HouseTerm(parts[0].Trim(), parts.Length > 1 ? List(parts[1]) : [], parts.Length > 2 ? List(parts[2]) : []);
        }).Where(t => t.Preferred.Length > 0 && t.Rejected.Length > 0),
    ];

    /// <summary>Parse lines of <c>|</c>-separated groups (two or more entries each); <c>#</c> starts a comment.</summary>
    public static ImmutableArray<ImmutableArray<string>> ParseGroups(string[] lines) =>
    [
        .. DataLines(lines).Select(l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()).Where(g => g.Length > 1),
    ];

    private static (FrozenMap, FrozenMap) ParseUsUk(string[] lines)
    {
        var us = new Dictionary<string, string>(StringComparer.Ordinal);
        var uk = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var l in DataLines(lines))
        {
            var tab = l.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                us[l[..tab]] = l[(tab + 1)..];
                uk[l[(tab + 1)..]] = l[..tab];
            }
        }

        return (new FrozenMap(us), new FrozenMap(uk));
    }
}

/// <summary>A read-only string map that can be looked up with a span (no allocation on the hot path).</summary>
public sealed class FrozenMap(Dictionary<string, string> map)
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Look up <paramref name="key"/> without allocating a string.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out string value) => _lookup.TryGetValue(key, out value!);

    /// <summary>The number of entries.</summary>
    public int Count => map.Count;
}
