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
/// <c>dictionaries/</c> folder shipped beside the running tool. The rule packs a document's configuration names add
/// their own files of the same names: the file the option names comes first, then the
/// packs in the order they are named, then the shipped file (used only when the option is not set); on a conflicting
/// entry the earlier source wins.
/// </summary>
public static class DataFiles
{
    private static readonly ConcurrentDictionary<string, object?> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?> Shipped = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> Exists = new(StringComparer.Ordinal);

    /// <summary>
    /// The data folders of the rule packs that a document's options name (<c>editorial_lint.packs</c>), in the order
    /// named; set once by the host that resolves packs (the CLI). Null (the default) or an empty answer: no pack data.
    /// Internal, so that plugin rules, which see this class, cannot redirect the data other rules read.
    /// </summary>
    internal static Func<RuleOptions, ImmutableArray<string>>? PackFolders { get; set; }

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

    /// <summary>The house terms (<c>house_terms</c>, else the shipped <c>house-terms.txt</c>, with the packs' own), read once per file.</summary>
    public static ImmutableArray<HouseTerm> HouseTerms(RuleOptions options) =>
        Load(Sources(options, DataFileOptions.HouseTerms.Name, "house-terms.txt"), ParseHouseTerms, DataFileMerge.HouseTerms) ?? [];

    /// <summary>Groups of name spellings that must not be mixed in one draft (<c>name_variants</c>, else the shipped <c>name-variants.txt</c>, with the packs' own).</summary>
    public static ImmutableArray<ImmutableArray<string>> NameVariants(RuleOptions options) =>
        Load(Sources(options, DataFileOptions.NameVariants.Name, "name-variants.txt"), ParseGroups, DataFileMerge.Groups) ?? [];

    /// <summary>Names of single institutions (European Union), whose capitalised plural is a lost possessive.</summary>
    public static ImmutableArray<string> SingularNames(RuleOptions options) =>
        Load(Sources(options, DataFileOptions.SingularNames.Name, "singular-names.txt"), lines => DataLines(lines).ToImmutableArray(), DataFileMerge.Names) ?? [];

    /// <summary>US → UK and UK → US lookups.</summary>
    public static (FrozenMap Us, FrozenMap Uk)? UsUkVariants(RuleOptions options) =>
        Load(Sources(options, DataFileOptions.UsUkVariants.Name, "us-uk-variants.txt"), ParseUsUk, DataFileMerge.UsUk);

    /// <summary>
    /// The files that make up one kind of data for <paramref name="options"/>, earliest (winning) first: the file the
    /// option names, the packs' files, then the shipped file when the option is not set. Only files that exist.
    /// </summary>
    internal static ImmutableArray<string> Sources(RuleOptions options, string optionKey, string fileName)
    {
        var own = Locate(options, optionKey, fileName);
        var packs = PackFolders?.Invoke(options) ?? [];
        if (packs.IsEmpty)
        {
            return own is null ? [] : [own];
        }

        var configured = options.GetPath(optionKey) is not null;
        var files = ImmutableArray.CreateBuilder<string>();
        if (configured && own is not null)
        {
            files.Add(own);
        }

        files.AddRange(packs.Select(f => Path.Combine(f, fileName)).Where(f => Exists.GetOrAdd(f, File.Exists)));
        if (!configured && own is not null)
        {
            files.Add(own);
        }

        return files.ToImmutable();
    }

    private static T? Load<T>(ImmutableArray<string> paths, Func<string[], T> parse, Func<IReadOnlyList<T>, T> merge)
        where T : struct
    {
        if (paths.IsEmpty)
        {
            return null;
        }

        if (paths.Length == 1)
        {
            return Load(paths[0], parse);
        }

        // Merged once per distinct list of files, so that a rule that keys a cache on the array sees one array.
        return (T?)Cache.GetOrAdd(typeof(T).Name + "|" + string.Join("|", paths), _ => merge([.. paths.Select(p => Load(p, parse)!.Value)]));
    }

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

    /// <summary>
    /// The lines of a data file that its reader would skip, 1-based, with what is wrong: a house term without a
    /// preferred or a rejected form, a name-variants line with fewer than two forms, a US/UK line without its tab.
    /// Comments and blank lines are fine; a file whose name is not one of the data files has no bad lines.
    /// </summary>
    internal static ImmutableArray<(int Line, string Message)> FindBadLines(string fileName, string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Func<string, string?> check = fileName switch
        {
            "house-terms.txt" => HouseTermProblem,
            "name-variants.txt" => l => l.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length > 1 ? null
                : "a name-variants line needs two or more forms of one name separated by |",
            "us-uk-variants.txt" => l => l.Split('\t') is [var us, var uk] && us.Trim().Length > 0 && uk.Trim().Length > 0 ? null
                : "a US/UK line needs the American form, one tab, then the British form",
            _ => _ => null,
        };
        var bad = ImmutableArray.CreateBuilder<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && line[0] != '#' && check(line) is { } message)
            {
                bad.Add((i + 1, message));
            }
        }

        return bad.ToImmutable();
    }

    private static string? HouseTermProblem(string line)
    {
        var parts = line.Split('|');
        return parts.Length > 3 ? "a house term has at most three fields: Preferred | rejected, forms | exception, phrases"
            : parts[0].Trim().Length == 0 ? "a house term needs its preferred form before the first |"
            : parts.Length < 2 || parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Length == 0
                ? "a house term needs the forms it replaces after the |: Preferred | rejected, forms"
            : null;
    }

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

    /// <summary>The entries, for joining maps read from several files.</summary>
    internal IEnumerable<KeyValuePair<string, string>> Entries => map;
}
