using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Analysis;

/// <summary>The spell checker a document's configuration names, or why there is none.</summary>
/// <param name="Checker">The checker, or null when spelling is off or its dictionaries could not be loaded.</param>
/// <param name="Problem">Why the named dictionaries could not be loaded, or null.</param>
internal readonly record struct SpellCheckerLookup(ISpellChecker? Checker, string? Problem = null);

/// <summary>Finds (and caches) the spell checker for a document's configuration.</summary>
internal interface ISpellCheckerSource
{
    /// <summary>The checker for the dictionaries <paramref name="configuration"/> names.</summary>
    SpellCheckerLookup For(DocumentConfiguration configuration);
}

/// <summary>How a <see cref="LintSession"/> is set up; everything but the registry is optional.</summary>
internal sealed record LintSessionOptions
{
    /// <summary>The .editorconfig files that configure each draft; null: every draft gets <see cref="FixedConfiguration"/>.</summary>
    public EditorialConfiguration? Configuration { get; init; }

    /// <summary>The configuration of every draft when <see cref="Configuration"/> is null (tests); default severities otherwise.</summary>
    public DocumentConfiguration? FixedConfiguration { get; init; }

    /// <summary>Spell checkers per configuration; null: no spell checker.</summary>
    public ISpellCheckerSource? SpellCheckers { get; init; }

    /// <summary>Known option keys: unknown <c>editorial_lint.*</c> keys and bad values are reported. Null: not checked.</summary>
    public IOptionCatalog? OptionCatalog { get; init; }

    /// <summary>Which rules run on a draft besides their severities (plugin folders scoped to their drafts); null: all.</summary>
    public Func<LoadedRule, DocumentConfiguration, bool>? RuleFilter { get; init; }

    /// <summary>Time limit per plugin rule per document (overridden by <c>editorial_lint.rule_timeout_ms</c>).</summary>
    public TimeSpan PluginRuleTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The managed heap size past which plugin code is stopped.</summary>
    public long PluginMemoryLimitBytes { get; init; } = 2L * 1024 * 1024 * 1024;
}

/// <summary>
/// One lint run's engine: the rule registry, the configuration and the services it needs (spell checkers) built once
/// and shared by every draft. The command line, the rule tests, <c>test-rules</c> and a language server all lint
/// through a session: <see cref="Lint(DocumentInput, CancellationToken)"/> for one draft,
/// <see cref="LintInOrder"/> for many (in parallel, results in input order), <see cref="Fix"/> for a fixed point.
/// Problems of the run itself (configuration, dictionaries, rule folders, inputs) are diagnostics at their real
/// location, handed out once per run by <see cref="LintInOrder"/>.
/// </summary>
internal sealed class LintSession
{
    private readonly LintSessionOptions _options;
    private readonly AnalysisDriver _driver;
    private readonly ConditionalWeakTable<DocumentConfiguration, ConfigurationState> _states = new();
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly List<DocumentResult> _pending = [];

    /// <summary>A session over <paramref name="registry"/>.</summary>
    public LintSession(RuleRegistry registry, LintSessionOptions? options = null)
    {
        _options = options ?? new LintSessionOptions();
        _driver = new AnalysisDriver(registry, _options.Configuration, c => State(c).Checker)
        {
            PluginRuleTimeout = _options.PluginRuleTimeout,
            PluginMemoryLimitBytes = _options.PluginMemoryLimitBytes,
            RuleFilter = _options.RuleFilter,
        };
    }

    /// <summary>The rules of the session.</summary>
    public RuleRegistry Registry => _driver.Registry;

    /// <summary>The configuration that applies to a draft's path.</summary>
    public DocumentConfiguration GetConfiguration(string path) =>
        _options.Configuration?.GetForPath(path) ?? _options.FixedConfiguration ?? DocumentConfiguration.Default;

    /// <summary>
    /// Add problems found before the run (unreadable inputs, rule folders that do not compile); each is handed out
    /// once, before the first draft's result, by <see cref="LintInOrder"/>.
    /// </summary>
    public void AddRunProblems(DocumentResult problems)
    {
        lock (_pending)
        {
            _pending.Add(problems with { IsRunProblem = true });
        }
    }

    /// <summary>
    /// Read, decode, parse and lint one draft. The problems of its configuration (and its dictionaries) are in the
    /// result's <see cref="DocumentResult.RunProblems"/>, not among its diagnostics.
    /// </summary>
    public DocumentResult Lint(DocumentInput input, CancellationToken cancellationToken = default)
    {
        DocumentConfiguration configuration;
        try
        {
            configuration = GetConfiguration(input.Path);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return AnalysisDriver.Failure(input.Path, EngineDiagnostics.AnalysisFailure, AnalysisDriver.Describe(ex));
        }

        var result = _driver.AnalyzeInput(input, configuration, cancellationToken);
        var problems = State(configuration).Problems;
        return problems.IsEmpty ? result : result with { RunProblems = problems };
    }

    /// <summary>Lint a parsed draft with the configuration of its path.</summary>
    public DocumentResult Lint(EditorialDocument document, CancellationToken cancellationToken = default) =>
        Lint(document, GetConfiguration(document.Path), cancellationToken);

    /// <summary>Lint a parsed draft with a given configuration.</summary>
    public DocumentResult Lint(EditorialDocument document, DocumentConfiguration configuration, CancellationToken cancellationToken = default) =>
        _driver.Analyze(document, configuration, cancellationToken);

    /// <summary>
    /// Lint many drafts in parallel and hand the results to <paramref name="consume"/> in input order. Before a
    /// draft's result come, once per run, the problems first met with it (its .editorconfig's, its dictionaries'),
    /// each as a result of its own (<see cref="DocumentResult.IsRunProblem"/>) for the file that holds the problem;
    /// problems added with <see cref="AddRunProblems"/> come first of all.
    /// </summary>
    public void LintInOrder(IReadOnlyList<DocumentInput> inputs, Action<DocumentResult> consume, int maxDegreeOfParallelism = -1, Action<DocumentResult>? onDocumentDone = null, CancellationToken cancellationToken = default)
    {
        EmitPending(consume);
        OrderedPipeline.Run(
            inputs,
            input => Lint(input, cancellationToken),
            result =>
            {
                foreach (var group in NewProblems(result))
                {
                    consume(group);
                }

                consume(result);
            },
            maxDegreeOfParallelism,
            onDocumentDone,
            cancellationToken);
        EmitPending(consume);
    }

    /// <summary>
    /// The problems of a configuration (its settings, option keys and values, dictionaries), located at the
    /// .editorconfig lines that hold them, for tools that show one draft's settings.
    /// </summary>
    public ImmutableArray<EditorialDiagnostic> ProblemsOf(DocumentConfiguration configuration) => State(configuration).Problems;

    /// <summary>
    /// Fix a draft to a fixed point (<see cref="FixEngine"/>), re-linting with the draft's configuration after each
    /// round. <paramref name="applies"/> chooses the fixes (default: safe ones only).
    /// </summary>
    public FixOutcome Fix(DocumentResult result, Func<EditorialDiagnostic, bool>? applies = null)
    {
        if (result.Document is not { } original)
        {
            return new FixOutcome(string.Empty, result, 0, true);
        }

        var configuration = GetConfiguration(original.Path);
        return FixEngine.Run(result, original, d => _driver.Analyze(d, configuration), applies ?? FixEngine.SafeOnly);
    }

    private void EmitPending(Action<DocumentResult> consume)
    {
        DocumentResult[] pending;
        lock (_pending)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        foreach (var p in pending)
        {
            consume(p);
        }
    }

    /// <summary>The run problems of <paramref name="result"/> not handed out before, grouped by the file that holds them.</summary>
    private List<DocumentResult> NewProblems(DocumentResult result)
    {
        var groups = new List<DocumentResult>();
        if (result.RunProblems.IsDefaultOrEmpty)
        {
            return groups;
        }

        foreach (var d in result.RunProblems)
        {
            var span = d.Location.GetLineSpan();
            var path = d.Location.Kind == LocationKind.None ? result.Path : span.Path;
            if (!_reported.Add($"{d.Id}|{path}|{span.StartLinePosition}|{d.Message}"))
            {
                continue;
            }

            var index = groups.FindIndex(g => string.Equals(g.Path, path, StringComparison.Ordinal));
            if (index < 0)
            {
                groups.Add(new DocumentResult(path, null, [d]) { IsRunProblem = true });
            }
            else
            {
                groups[index] = groups[index] with { Diagnostics = groups[index].Diagnostics.Add(d) };
            }
        }

        return groups;
    }

    private ConfigurationState State(DocumentConfiguration configuration) =>
        _states.GetValue(configuration, c => new ConfigurationState(this, c));

    /// <summary>What a session derives once from one configuration: its spell checker and its problems.</summary>
    private sealed class ConfigurationState
    {
        public ConfigurationState(LintSession session, DocumentConfiguration configuration)
        {
            var problems = ImmutableArray.CreateBuilder<EditorialDiagnostic>();
            problems.AddRange(configuration.Problems.Select(p => new EditorialDiagnostic(p, null)));
            if (session._options.OptionCatalog is { } catalog)
            {
                problems.AddRange(OptionProblems(configuration, catalog));
            }

            if (session._options.SpellCheckers is { } spelling)
            {
                var lookup = spelling.For(configuration);
                Checker = lookup.Checker;
                if (lookup.Problem is { } why)
                {
                    var d = Diagnostic.Create(EngineDiagnostics.BadConfiguration, configuration.Locate("dictionaries"), why);
                    problems.Add(new EditorialDiagnostic(d, null));
                }
            }

            Problems = problems.ToImmutable();
        }

        public ISpellChecker? Checker { get; }

        public ImmutableArray<EditorialDiagnostic> Problems { get; }
    }

    /// <summary>Unknown <c>editorial_lint.*</c> keys (a warning, with the nearest known key) and values a known key cannot take (an error).</summary>
    private static IEnumerable<EditorialDiagnostic> OptionProblems(DocumentConfiguration configuration, IOptionCatalog catalog)
    {
        const string prefix = "editorial_lint.";
        foreach (var key in configuration.Options.Keys.Order(StringComparer.OrdinalIgnoreCase))
        {
            if (!key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = key[prefix.Length..];
            var location = configuration.Locate(key);
            if (!catalog.IsKnown(name))
            {
                var nearest = OptionCatalog.Nearest(catalog.Names, name);
                var hint = nearest is null ? string.Empty : $"; did you mean {prefix}{nearest}?";
                var message = $"{key} is not an option of EditorialLint or its rules{hint}";
                yield return new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.BadConfiguration, location, DiagnosticSeverity.Warning, null, null, message), null);
                continue;
            }

            configuration.Options.TryGetValue(key, out var value);
            if (catalog.Validate(name, value) is { } why)
            {
                yield return new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.BadConfiguration, location, $"{key} = {value}: {why}"), null);
            }
        }
    }
}
