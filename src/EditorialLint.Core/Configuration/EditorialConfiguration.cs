using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Configuration;

/// <summary>The configuration that applies to one document: severities and options.</summary>
internal sealed class DocumentConfiguration
{
    private readonly ImmutableDictionary<string, ReportDiagnostic> _idSeverities;
    private readonly ImmutableDictionary<string, ReportDiagnostic> _categorySeverities;
    private readonly ReportDiagnostic _globalSeverity;
    private readonly ImmutableDictionary<string, Location> _keyLocations;

    internal DocumentConfiguration(
        RuleOptions options,
        ImmutableDictionary<string, ReportDiagnostic> idSeverities,
        ImmutableDictionary<string, ReportDiagnostic> categorySeverities,
        ReportDiagnostic globalSeverity,
        ImmutableArray<Diagnostic> problems,
        ImmutableDictionary<string, Location>? keyLocations = null)
    {
        Options = options;
        _idSeverities = idSeverities;
        _categorySeverities = categorySeverities;
        _globalSeverity = globalSeverity;
        Problems = problems;
        _keyLocations = keyLocations ?? ImmutableDictionary<string, Location>.Empty;
    }

    public static DocumentConfiguration Default { get; } = new(
        RuleOptions.Empty,
        ImmutableDictionary<string, ReportDiagnostic>.Empty,
        ImmutableDictionary<string, ReportDiagnostic>.Empty,
        ReportDiagnostic.Default,
        []);

    /// <summary>A configuration for tests: the given options, every diagnostic on at its default severity.</summary>
    public static DocumentConfiguration ForTests(RuleOptions options) => new(
        options,
        ImmutableDictionary<string, ReportDiagnostic>.Empty,
        ImmutableDictionary<string, ReportDiagnostic>.Empty,
        ReportDiagnostic.Default,
        []) { EnableAll = true };

    private bool EnableAll { get; init; }

    public RuleOptions Options { get; }

    /// <summary>
    /// Settings that could not be understood, as EL9004 diagnostics located at the .editorconfig line that holds them.
    /// A run reports each once (<see cref="Analysis.LintSession"/>), not once per draft.
    /// </summary>
    public ImmutableArray<Diagnostic> Problems { get; }

    /// <summary>
    /// Where a key that applies to this document was set: the line of the nearest .editorconfig that sets it, or
    /// <see cref="Location.None"/>. An option key may be given with or without the <c>editorial_lint.</c> prefix.
    /// </summary>
    public Location Locate(string key) =>
        _keyLocations.TryGetValue(key, out var l) || _keyLocations.TryGetValue("editorial_lint." + key, out l) ? l : Location.None;

    /// <summary>
    /// The effective severity of a descriptor, with Roslyn's precedence: <c>dotnet_diagnostic.ID.severity</c> (id or
    /// alias), then <c>dotnet_analyzer_diagnostic.category-CATEGORY.severity</c>, then
    /// <c>dotnet_analyzer_diagnostic.severity</c>, then the rule's default. Null means the diagnostic is off.
    /// </summary>
    public DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor)
    {
        var report = ReportDiagnostic.Default;
        if (_idSeverities.TryGetValue(descriptor.Id, out var r))
        {
            report = r;
        }
        else if (_categorySeverities.TryGetValue(descriptor.Category, out r))
        {
            report = r;
        }
        else if (_globalSeverity != ReportDiagnostic.Default)
        {
            report = _globalSeverity;
        }

        return report switch
        {
            ReportDiagnostic.Error => DiagnosticSeverity.Error,
            ReportDiagnostic.Warn => DiagnosticSeverity.Warning,
            ReportDiagnostic.Info => DiagnosticSeverity.Info,
            ReportDiagnostic.Hidden => DiagnosticSeverity.Hidden,
            ReportDiagnostic.Suppress => null,
            _ => descriptor.IsEnabledByDefault || EnableAll ? descriptor.DefaultSeverity : null,
        };
    }
}

/// <summary>
/// Reads .editorconfig files (and global configs) through Roslyn's <see cref="AnalyzerConfigSet"/>, walking up from
/// each document's folder to the first <c>root = true</c>. One set is built per folder and cached.
/// </summary>
internal sealed class EditorialConfiguration
{
    private readonly Lazy<RuleRegistry> _registry;
    private readonly ImmutableArray<string> _extraConfigFiles;
    private readonly ConcurrentDictionary<string, (AnalyzerConfigSet Set, ImmutableArray<ConfigFile> Chain)> _byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConfigFile?> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ResultKey, DocumentConfiguration> _built = new();

    /// <summary>
    /// A parsed file plus what Roslyn keeps internal: root-ness, which keys it sets and on which line (the last line
    /// that sets a key, as a later section wins over an earlier one).
    /// </summary>
    internal sealed record ConfigFile(string Path, AnalyzerConfig Config, bool IsRoot, ImmutableDictionary<string, Location> Keys);

    /// <summary>A configuration that resolves ids and aliases in <paramref name="registry"/>.</summary>
    public EditorialConfiguration(RuleRegistry registry, IEnumerable<string>? extraConfigFiles = null)
        : this(() => registry, extraConfigFiles)
    {
    }

    /// <summary>
    /// A configuration whose rule registry is asked for only when a draft's severities are first resolved, so that
    /// options (<see cref="GetOptionsForPath"/>: which dictionaries, which rule folder) can be read from the same
    /// parsed files while the registry is still being built.
    /// </summary>
    public EditorialConfiguration(Func<RuleRegistry> registry, IEnumerable<string>? extraConfigFiles = null)
    {
        _registry = new Lazy<RuleRegistry>(registry, LazyThreadSafetyMode.ExecutionAndPublication);
        _extraConfigFiles = [.. (extraConfigFiles ?? []).Select(Path.GetFullPath)];
    }

    /// <summary>
    /// The options (and their locations) that apply to a path, without severities or problems: needs no rule
    /// registry. Severities read from it are the rules' defaults.
    /// </summary>
    public DocumentConfiguration GetOptionsForPath(string documentPath)
    {
        var (result, chain) = Resolve(documentPath);
        var (options, locations) = ReadOptions(result, chain, problems: null, out _, out _);
        return new DocumentConfiguration(options, ImmutableDictionary<string, ReportDiagnostic>.Empty, ImmutableDictionary<string, ReportDiagnostic>.Empty, ReportDiagnostic.Default, [], locations);
    }

    private (AnalyzerConfigOptionsResult Result, ImmutableArray<ConfigFile> Chain) Resolve(string documentPath)
    {
        var full = Path.GetFullPath(documentPath);
        var dir = Path.GetDirectoryName(full) ?? full;
        var (set, chain) = _byDirectory.GetOrAdd(dir, BuildSet);
        return (set.GetOptionsForSourcePath(full), chain);
    }

    /// <summary>The configuration (severities, options, problems) for a document path; cached per set of matching sections.</summary>
    public DocumentConfiguration GetForPath(string documentPath)
    {
        var full = Path.GetFullPath(documentPath);
        var dir = Path.GetDirectoryName(full) ?? full;
        var (set, chain) = _byDirectory.GetOrAdd(dir, BuildSet);
        var result = set.GetOptionsForSourcePath(full);

        // Roslyn hands out one options result per combination of matching sections: files that match the same
        // sections of the same chain share one configuration, built once.
        var key = new ResultKey(set, result.TreeOptions, result.AnalyzerOptions, result.Diagnostics);
        if (_built.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var built = Build(result, chain);
        if (_built.Count < 4096)
        {
            _built.TryAdd(key, built);
        }

        return built;
    }

    /// <summary>Identity of an options result (reference equality throughout).</summary>
    private readonly record struct ResultKey(object Set, object TreeOptions, object AnalyzerOptions, ImmutableArray<Diagnostic> Diagnostics)
    {
        public bool Equals(ResultKey other) =>
            ReferenceEquals(Set, other.Set) && ReferenceEquals(TreeOptions, other.TreeOptions) &&
            ReferenceEquals(AnalyzerOptions, other.AnalyzerOptions) && Diagnostics == other.Diagnostics;

        public override int GetHashCode() => HashCode.Combine(
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Set),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(TreeOptions),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(AnalyzerOptions));
    }

    private DocumentConfiguration Build(AnalyzerConfigOptionsResult result, ImmutableArray<ConfigFile> chain)
    {
        if (Timings.Enabled)
        {
            Timings.Stop("config: built", Timings.Start());
        }

        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var d in result.Diagnostics)
        {
            var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            problems.Add(Problem(LocateRoslynProblem(chain, message), message));
        }

        var registry = _registry.Value;
        var ids = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in result.TreeOptions)
        {
            var id = registry.ResolveId(key);
            if (id is null)
            {
                // Ours look like EL1234 or a kebab alias; other tools' ids (CA1822, IDE0055) may share the file.
                if (key.StartsWith("el", StringComparison.OrdinalIgnoreCase) || key.Contains('-', StringComparison.Ordinal))
                {
                    var setting = $"dotnet_diagnostic.{key}.severity";
                    var nearest = Analysis.OptionCatalog.Nearest(registry.Descriptors.Select(d => registry.GetAlias(d.Id)), key);
                    var hint = nearest is null ? string.Empty : $"; did you mean {nearest}?";
                    problems.Add(Problem(FindKey(chain, setting), $"{setting} names no known rule id or alias{hint}"));
                }

                continue;
            }

            ids[id] = value;
        }

        var (options, locations) = ReadOptions(result, chain, problems, out var categories, out var global);
        return new DocumentConfiguration(options, ids.ToImmutable(), categories, global, problems.ToImmutable(), locations);
    }

    /// <summary>
    /// The <c>editorial_lint.*</c> (and other) options with the folder and line that set each, and the category and
    /// global severities; a severity that cannot be read is added to <paramref name="problems"/> when it is given.
    /// </summary>
    private static (RuleOptions Options, ImmutableDictionary<string, Location> Locations) ReadOptions(
        AnalyzerConfigOptionsResult result,
        ImmutableArray<ConfigFile> chain,
        ImmutableArray<Diagnostic>.Builder? problems,
        out ImmutableDictionary<string, ReportDiagnostic> categorySeverities,
        out ReportDiagnostic globalSeverity)
    {
        var categories = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        var global = ReportDiagnostic.Default;
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var origins = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var locations = ImmutableDictionary.CreateBuilder<string, Location>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in result.AnalyzerOptions)
        {
            const string categoryPrefix = "dotnet_analyzer_diagnostic.category-";
            var isCategory = key.StartsWith(categoryPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase);
            if (isCategory || string.Equals(key, "dotnet_analyzer_diagnostic.severity", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryParseSeverity(value, out var sev))
                {
                    problems?.Add(Problem(FindKey(chain, key), $"{key} = {value}: severity must be error, warning, suggestion, silent, none or default"));
                }
                else if (isCategory)
                {
                    categories[key[categoryPrefix.Length..^".severity".Length]] = sev;
                }
                else
                {
                    global = sev;
                }

                continue;
            }

            values[key] = value;
            var origin = FindOrigin(chain, key);
            if (origin is not null)
            {
                origins[key] = Path.GetDirectoryName(origin.Path)!;
                locations[key] = origin.Keys[key];
            }
        }

        categorySeverities = categories.ToImmutable();
        globalSeverity = global;
        return (new RuleOptions(values.ToImmutable(), origins.ToImmutable()), locations.ToImmutable());
    }

    private static Diagnostic Problem(Location location, string message) =>
        Diagnostic.Create(EngineDiagnostics.BadConfiguration, location, message);

    /// <summary>The line of the nearest file in the chain that sets <paramref name="key"/>.</summary>
    private static Location FindKey(ImmutableArray<ConfigFile> chain, string key) =>
        FindOrigin(chain, key) is { } file ? file.Keys[key] : Location.None;

    /// <summary>
    /// Roslyn's own configuration diagnostics have no location; their message names the file and the diagnostic id.
    /// </summary>
    private static Location LocateRoslynProblem(ImmutableArray<ConfigFile> chain, string message)
    {
        foreach (var file in chain)
        {
            if (!message.Contains(file.Path, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var (key, location) in file.Keys)
            {
                const string prefix = "dotnet_diagnostic.";
                if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase) &&
                    message.Contains("'" + key[prefix.Length..^".severity".Length] + "'", StringComparison.OrdinalIgnoreCase))
                {
                    return location;
                }
            }

            return Location.Create(file.Path, default, default);
        }

        return Location.None;
    }

    private static ConfigFile? FindOrigin(ImmutableArray<ConfigFile> chain, string key)
    {
        // The chain is ordered nearest first; the nearest file that sets the key is the one whose value won.
        foreach (var config in chain)
        {
            if (config.Keys.ContainsKey(key))
            {
                return config;
            }
        }

        return null;
    }

    internal static bool TryParseSeverity(string value, out ReportDiagnostic severity)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "error": severity = ReportDiagnostic.Error; return true;
            case "warning": case "warn": severity = ReportDiagnostic.Warn; return true;
            case "suggestion": case "info": severity = ReportDiagnostic.Info; return true;
            case "silent": case "hidden": severity = ReportDiagnostic.Hidden; return true;
            case "none": severity = ReportDiagnostic.Suppress; return true;
            case "default": severity = ReportDiagnostic.Default; return true;
            default: severity = ReportDiagnostic.Default; return false;
        }
    }

    private (AnalyzerConfigSet, ImmutableArray<ConfigFile>) BuildSet(string directory)
    {
        var chain = ImmutableArray.CreateBuilder<ConfigFile>();
        for (var d = new DirectoryInfo(directory); d is not null; d = d.Parent)
        {
            var file = Path.Combine(d.FullName, ".editorconfig");
            var config = _parsed.GetOrAdd(file, Parse);
            if (config is null)
            {
                continue;
            }

            chain.Add(config);
            if (config.IsRoot)
            {
                break;
            }
        }

        chain.AddRange(_extraConfigFiles.Select(f => _parsed.GetOrAdd(f, Parse)).OfType<ConfigFile>());
        var chainArray = chain.ToImmutable();
        return (AnalyzerConfigSet.Create(chainArray.Select(c => c.Config).ToImmutableArray()), chainArray);
    }

    private static ConfigFile? Parse(string file)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var text = File.ReadAllText(file);
        var source = Microsoft.CodeAnalysis.Text.SourceText.From(text);
        var isRoot = false;
        var inPreamble = true;
        var keys = ImmutableDictionary.CreateBuilder<string, Location>(StringComparer.OrdinalIgnoreCase);
        foreach (var textLine in source.Lines)
        {
            var line = textLine.ToString().Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                inPreamble = false;
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var key = line[..eq].Trim();
            keys[key] = Location.Create(file, textLine.Span, source.Lines.GetLinePositionSpan(textLine.Span));
            if (inPreamble && key.Equals("root", StringComparison.OrdinalIgnoreCase) &&
                line[(eq + 1)..].Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                isRoot = true;
            }
        }

        return new ConfigFile(file, AnalyzerConfig.Parse(text, file), isRoot, keys.ToImmutable());
    }
}
