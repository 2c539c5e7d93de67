using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Configuration;

/// <summary>The configuration that applies to one document: severities and options.</summary>
public sealed class DocumentConfiguration
{
    private readonly ImmutableDictionary<string, ReportDiagnostic> _idSeverities;
    private readonly ImmutableDictionary<string, ReportDiagnostic> _categorySeverities;
    private readonly ReportDiagnostic _globalSeverity;

    internal DocumentConfiguration(
        RuleOptions options,
        ImmutableDictionary<string, ReportDiagnostic> idSeverities,
        ImmutableDictionary<string, ReportDiagnostic> categorySeverities,
        ReportDiagnostic globalSeverity,
        ImmutableArray<string> problems)
    {
        Options = options;
        _idSeverities = idSeverities;
        _categorySeverities = categorySeverities;
        _globalSeverity = globalSeverity;
        Problems = problems;
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

    /// <summary>Settings that could not be understood (reported as EL9004).</summary>
    public ImmutableArray<string> Problems { get; }

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
public sealed class EditorialConfiguration
{
    private readonly RuleRegistry _registry;
    private readonly ImmutableArray<string> _extraConfigFiles;
    private readonly ConcurrentDictionary<string, (AnalyzerConfigSet Set, ImmutableArray<ConfigFile> Chain)> _byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConfigFile?> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<ResultKey, DocumentConfiguration> _built = new();

    /// <summary>A parsed file plus the two facts Roslyn keeps internal: root-ness and which keys it sets.</summary>
    internal sealed record ConfigFile(string Path, AnalyzerConfig Config, bool IsRoot, ImmutableHashSet<string> Keys);

    public EditorialConfiguration(RuleRegistry registry, IEnumerable<string>? extraConfigFiles = null)
    {
        _registry = registry;
        _extraConfigFiles = [.. (extraConfigFiles ?? []).Select(Path.GetFullPath)];
    }

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

        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var d in result.Diagnostics)
        {
            problems.Add(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        var ids = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in result.TreeOptions)
        {
            var id = _registry.ResolveId(key);
            if (id is null)
            {
                if (key.StartsWith("el", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"dotnet_diagnostic.{key}.severity names no known rule id or alias");
                }

                continue;
            }

            ids[id] = value;
        }

        var categories = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>(StringComparer.OrdinalIgnoreCase);
        var global = ReportDiagnostic.Default;
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var origins = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in result.AnalyzerOptions)
        {
            const string categoryPrefix = "dotnet_analyzer_diagnostic.category-";
            if (key.StartsWith(categoryPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(".severity", StringComparison.OrdinalIgnoreCase))
            {
                var category = key[categoryPrefix.Length..^".severity".Length];
                if (TryParseSeverity(value, out var sev))
                {
                    categories[category] = sev;
                }
                else
                {
                    problems.Add($"{key} = {value}: severity must be error, warning, suggestion, silent, none or default");
                }

                continue;
            }

            if (string.Equals(key, "dotnet_analyzer_diagnostic.severity", StringComparison.OrdinalIgnoreCase))
            {
                if (TryParseSeverity(value, out var sev))
                {
                    global = sev;
                }
                else
                {
                    problems.Add($"{key} = {value}: severity must be error, warning, suggestion, silent, none or default");
                }

                continue;
            }

            values[key] = value;
            var origin = FindOrigin(chain, key);
            if (origin is not null)
            {
                origins[key] = origin;
            }
        }

        return new DocumentConfiguration(
            new RuleOptions(values.ToImmutable(), origins.ToImmutable()),
            ids.ToImmutable(),
            categories.ToImmutable(),
            global,
            problems.ToImmutable());
    }

    private static string? FindOrigin(ImmutableArray<ConfigFile> chain, string key)
    {
        // The chain is ordered nearest first; the nearest file that sets the key is the one whose value won.
        foreach (var config in chain)
        {
            if (config.Keys.Contains(key))
            {
                return Path.GetDirectoryName(config.Path);
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
        var isRoot = false;
        var inPreamble = true;
        var keys = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
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
            keys.Add(key);
            if (inPreamble && key.Equals("root", StringComparison.OrdinalIgnoreCase) &&
                line[(eq + 1)..].Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                isRoot = true;
            }
        }

        return new ConfigFile(file, AnalyzerConfig.Parse(text, file), isRoot, keys.ToImmutable());
    }
}
