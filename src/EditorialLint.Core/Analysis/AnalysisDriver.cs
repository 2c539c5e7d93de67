using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Suppression;
using EditorialLint.Core.Syntax;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Decodes, parses and analyses documents: each document is parsed once, each rule's actions are dispatched in one
/// walk, and documents run in parallel. A rule that throws becomes EL9002 on that document and the run goes on.
/// The per-document engine of a <see cref="LintSession"/>, which is what callers use.
/// </summary>
internal sealed partial class AnalysisDriver
{
    private readonly RuleRegistry _registry;
    private readonly EditorialConfiguration? _configuration;
    private readonly Func<DocumentConfiguration, ISpellChecker?> _spellCheckers;

    public AnalysisDriver(RuleRegistry registry, EditorialConfiguration? configuration = null, Func<DocumentConfiguration, ISpellChecker?>? spellCheckers = null)
    {
        _registry = registry;
        _configuration = configuration;
        _spellCheckers = spellCheckers ?? (_ => null);
    }

    /// <summary>
    /// Time limit per rule per document for plugin rules (built-in rules are trusted); <c>editorial_lint.rule_timeout_ms</c>
    /// overrides it for the documents it applies to.
    /// </summary>
    public TimeSpan PluginRuleTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The managed heap size past which plugin code is stopped.</summary>
    public long PluginMemoryLimitBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Plugin rules stopped at a limit: they do not run again in this driver's run.</summary>
    private readonly ConcurrentDictionary<string, string> _disabled = new(StringComparer.Ordinal);

    public RuleRegistry Registry => _registry;

    public DocumentConfiguration GetConfiguration(string path) => _configuration?.GetForPath(path) ?? DocumentConfiguration.Default;

    /// <summary>Analyse many inputs in parallel; results come back in input order.</summary>
    public IReadOnlyList<DocumentResult> AnalyzeMany(IReadOnlyList<DocumentInput> inputs, int maxDegreeOfParallelism = -1, Action<DocumentResult>? onDocumentDone = null, CancellationToken cancellationToken = default)
    {
        var results = new DocumentResult[inputs.Count];
        var next = 0;
        AnalyzeInOrder(inputs, r => results[next++] = r, maxDegreeOfParallelism, onDocumentDone, cancellationToken);
        return results;
    }

    /// <summary>
    /// Analyse many inputs in parallel and hand each result to <paramref name="consume"/> in input order
    /// (<see cref="OrderedPipeline"/>).
    /// </summary>
    public void AnalyzeInOrder(IReadOnlyList<DocumentInput> inputs, Action<DocumentResult> consume, int maxDegreeOfParallelism = -1, Action<DocumentResult>? onDocumentDone = null, CancellationToken cancellationToken = default) =>
        OrderedPipeline.Run(inputs, input => AnalyzeInput(input, cancellationToken), consume, maxDegreeOfParallelism, onDocumentDone, cancellationToken);

    /// <summary>Read, decode, parse and analyse one input; whatever goes wrong becomes that input's finding.</summary>
    public DocumentResult AnalyzeInput(DocumentInput input, CancellationToken cancellationToken = default) =>
        AnalyzeInput(input, null, cancellationToken);

    /// <summary>
    /// Read, decode, parse and analyse one input with <paramref name="configuration"/> (null: the one for its path);
    /// whatever goes wrong becomes that input's finding.
    /// </summary>
    public DocumentResult AnalyzeInput(DocumentInput input, DocumentConfiguration? configuration, CancellationToken cancellationToken = default)
    {
        try
        {
            var t0 = Timings.Start();
            var bytes = input.ReadBytes();
            Timings.Stop("read", t0);
            return AnalyzeBytes(input.Path, bytes, configuration, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failure(input.Path, EngineDiagnostics.InvalidText, "readable file", ex.Message, 0);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever else goes wrong with one document is that document's finding; the run and the report go on.
            return Failure(input.Path, EngineDiagnostics.AnalysisFailure, Describe(ex));
        }
    }

    /// <summary>An exception in one line: its type, message and the frame that threw, for EL9002 and EL9010.</summary>
    public static string Describe(Exception ex)
    {
        var where = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
        return $"{ex.GetType().Name}: {ex.Message} {where}".ReplaceLineEndings(" ").Trim();
    }

    /// <summary>Decode (strictly), parse and analyse one file's bytes.</summary>
    public DocumentResult AnalyzeBytes(string path, byte[] bytes, CancellationToken cancellationToken = default) =>
        AnalyzeBytes(path, bytes, null, cancellationToken);

    /// <summary>Decode (strictly), parse and analyse one file's bytes with <paramref name="configuration"/> (null: the one for its path).</summary>
    public DocumentResult AnalyzeBytes(string path, byte[] bytes, DocumentConfiguration? configuration, CancellationToken cancellationToken = default)
    {
        if (bytes.Length == 0)
        {
            var empty = DocumentParser.Parse(path, SourceText.From(string.Empty), TextEncodingInfo.Utf8NoBom);
            var d = Diagnostic.Create(EngineDiagnostics.EmptyFile, Location.Create(path, default, default));
            return new DocumentResult(path, empty, [new EditorialDiagnostic(d, null)]);
        }

        var td = Timings.Start();
        var decoded = StrictDecoder.Decode(bytes);
        Timings.Stop("decode", td);
        if (!decoded.Success)
        {
            var f = decoded.Failure!;
            return f.IsBinary
                ? Failure(path, EngineDiagnostics.BinaryFile, f.Reason)
                : Failure(path, EngineDiagnostics.InvalidText, f.EncodingName, f.Reason, f.ByteOffset);
        }

        var tp = Timings.Start();
        var document = DocumentParser.Parse(path, decoded.Text!, decoded.Encoding!);
        Timings.Stop("parse", tp);
        var tc = Timings.Start();
        configuration ??= GetConfiguration(document.Path);
        Timings.Stop("config", tc);
        return Analyze(document, configuration, cancellationToken);
    }

    internal static DocumentResult Failure(string path, DiagnosticDescriptor descriptor, params object[] args)
    {
        var d = Diagnostic.Create(descriptor, Location.Create(path, default, default), args);
        return new DocumentResult(path, null, [new EditorialDiagnostic(d, null)]);
    }

    /// <summary>Analyse a parsed document with the configuration that applies to its path.</summary>
    public DocumentResult Analyze(EditorialDocument document, CancellationToken cancellationToken = default) =>
        Analyze(document, GetConfiguration(document.Path), cancellationToken);

    public DocumentResult Analyze(EditorialDocument document, DocumentConfiguration configuration, CancellationToken cancellationToken = default)
    {
        try
        {
            return AnalyzeCore(document, configuration, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var d = Diagnostic.Create(EngineDiagnostics.AnalysisFailure, Location.Create(document.Path, default, default), Describe(ex));
            return new DocumentResult(document.Path, null, [new EditorialDiagnostic(d, null)]);
        }
    }

    private DocumentResult AnalyzeCore(EditorialDocument document, DocumentConfiguration configuration, CancellationToken cancellationToken)
    {
        var raw = new List<EditorialDiagnostic>();
        var ts = Timings.Start();
        var spell = _spellCheckers(configuration);
        Timings.Stop("spell-checker-lookup", ts);
        var documentStart = Location.Create(document.Path, new TextSpan(0, 0), new LinePositionSpan(default, default));

        if (document.ReaderFallback is { } why)
        {
            raw.Add(new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.ReadAsPlainText, documentStart, why), null));
        }

        // Rules whose every descriptor is off, or that do not apply to this document, are not run at all.
        var active = _registry.Rules.Where(r => r.Descriptors.Any(d => configuration.GetSeverity(d) is not null) && !_disabled.ContainsKey(r.Name) && RuleApplies(r, configuration)).ToList();
        var wordRules = new List<(LoadedRule Rule, RuleContext Actions)>();

        foreach (var rule in active)
        {
            var sink = new List<EditorialDiagnostic>();
            var report = SeverityApplied(configuration, sink);
            bool ok;
            RuleContext? actions = null;
            if (rule.Origin == "built-in" || rule.Rule is ISelfLimitingRule)
            {
                var tr = Timings.Start();
                ok = RunActions(rule, new DocumentAnalysisContext(document, configuration.Options, spell, report, cancellationToken), document, raw, includeWords: false, out actions);
                if (Timings.Enabled)
                {
                    Timings.Stop("rule " + rule.Name, tr);
                }
            }
            else
            {
                // A plugin rule gets a token that fires at its time limit; one that ignores it is abandoned.
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var timeout = TimeSpan.FromMilliseconds(Math.Max(1, configuration.Options.Get(EngineOptions.RuleTimeoutMs, (int)PluginRuleTimeout.TotalMilliseconds)));
                limit.CancelAfter(timeout);
                var isolated = new List<EditorialDiagnostic>();
                var context = new DocumentAnalysisContext(document, configuration.Options, spell, SeverityApplied(configuration, isolated), limit.Token);
                ok = RunWithTimeout(rule, context, document, raw, limit, timeout, PluginMemoryLimitBytes, _disabled);
                if (ok)
                {
                    lock (isolated)
                    {
                        sink.AddRange(isolated);
                    }
                }
            }

            if (ok)
            {
                raw.AddRange(sink);
                if (actions is not null && actions.WordActions.Count + actions.DocumentEndActions.Count > 0)
                {
                    wordRules.Add((rule, actions)); // built-in: words in the shared walk, then the end actions
                }
            }
        }

        var tw = Timings.Start();
        RunWordActions(document, configuration, spell, wordRules, raw, cancellationToken);
        Timings.Stop("word actions (all)", tw);

        var tf = Timings.Start();
        var suppressions = SuppressionMap.Build(document, _registry);
        // one finding per comment: a comment left open can swallow a page of prose, word by word
        foreach (var group in suppressions.UnknownIds.GroupBy(u => u.Comment.Span))
        {
            var comment = group.First().Comment;
            var loc = Location.Create(document.Path, comment.Span, document.GetLineSpan(comment.Span));
            raw.Add(new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.BadConfiguration, loc, DiagnosticSeverity.Warning, null, null, UnknownIdsMessage([.. group.Select(u => u.Name)])), null));
        }

        // Severities were applied as each finding was reported; what remains is the suppression comments, which do
        // not apply to the engine's own (not configurable) diagnostics.
        var final = ImmutableArray.CreateBuilder<EditorialDiagnostic>(raw.Count);
        foreach (var d in raw)
        {
            var descriptor = d.Diagnostic.Descriptor;
            if (!EngineTags.IsNotConfigurable(descriptor) && suppressions.IsSuppressed(descriptor.Id, d.Location.GetLineSpan().StartLinePosition.Line))
            {
                continue;
            }

            final.Add(d);
        }

        var ordered = final.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        Timings.Stop("suppress+order", tf);
        return new DocumentResult(document.Path, document, ordered);
    }

    /// <summary>
    /// Which rules run on a document besides their severity: all of them unless the session scopes plugin rules (a
    /// plugin folder named by an .editorconfig applies to the drafts under it).
    /// </summary>
    public Func<LoadedRule, DocumentConfiguration, bool>? RuleFilter { get; init; }

    private bool RuleApplies(LoadedRule rule, DocumentConfiguration configuration) => RuleFilter is null || RuleFilter(rule, configuration);

    /// <summary>
    /// The report callback a rule's context gets: the configured severity is applied once, as the finding is reported
    /// (a finding whose severity is <c>none</c> is dropped there); not-configurable diagnostics keep their own.
    /// </summary>
    /// <summary>The message for the unknown names of one suppression comment: each of the first five, then how many more.</summary>
    internal static string UnknownIdsMessage(IReadOnlyList<string> names)
    {
        if (names.Count == 1)
        {
            return $"Suppression comment names '{names[0]}', which is no known rule id or alias";
        }

        var listed = string.Join(", ", names.Take(5).Select(n => $"'{n}'"));
        var more = names.Count > 5 ? $" and {names.Count - 5} more" : string.Empty;
        return $"Suppression comment names {listed}{more}, which are no known rule ids or aliases";
    }

    private static Action<EditorialDiagnostic> SeverityApplied(DocumentConfiguration configuration, List<EditorialDiagnostic> sink) => d =>
    {
        var descriptor = d.Diagnostic.Descriptor;
        if (EngineTags.IsNotConfigurable(descriptor))
        {
            sink.Add(d);
            return;
        }

        if (configuration.GetSeverity(descriptor) is { } severity)
        {
            sink.Add(d.WithSeverity(severity));
        }
    };
}
