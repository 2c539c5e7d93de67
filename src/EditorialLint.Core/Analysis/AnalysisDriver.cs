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

/// <summary>The findings for one input.</summary>
public sealed record DocumentResult(string Path, EditorialDocument? Document, ImmutableArray<EditorialDiagnostic> Diagnostics);

/// <summary>One input for <see cref="AnalysisDriver.AnalyzeMany"/>: its path and how to read its bytes.</summary>
public sealed record DocumentInput(string Path, Func<byte[]> ReadBytes);

/// <summary>
/// Decodes, parses and analyses documents: each document is parsed once, each rule's actions are dispatched in one
/// walk, and documents run in parallel. A rule that throws becomes EL9002 on that document and the run goes on.
/// </summary>
public sealed class AnalysisDriver
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
    /// Analyse many inputs in parallel and hand each result to <paramref name="consume"/> in input order, one at a
    /// time, as soon as it and every input before it are done. At most a few documents per thread are in flight or
    /// waiting for their turn, so memory stays flat however many inputs there are; a result the consumer lets go of
    /// (its text, syntax and diagnostics) can be collected at once.
    /// </summary>
    public void AnalyzeInOrder(IReadOnlyList<DocumentInput> inputs, Action<DocumentResult> consume, int maxDegreeOfParallelism = -1, Action<DocumentResult>? onDocumentDone = null, CancellationToken cancellationToken = default)
    {
        var threads = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        threads = Math.Max(1, Math.Min(threads, inputs.Count));
        var window = Math.Max(8, threads * 4); // inputs started ahead of the first one not yet consumed
        var gate = new object();
        var emitLock = new object();
        var pending = new Dictionary<int, DocumentResult>();
        var claimed = -1;
        var emitted = 0; // index of the next result to consume
        var failed = false;

        void Emit()
        {
            lock (emitLock)
            {
                while (true)
                {
                    DocumentResult? ready;
                    lock (gate)
                    {
                        if (failed || !pending.Remove(emitted, out ready))
                        {
                            return;
                        }
                    }

                    consume(ready);
                    lock (gate)
                    {
                        emitted++;
                        Monitor.PulseAll(gate);
                    }
                }
            }
        }

        void Work()
        {
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var i = Interlocked.Increment(ref claimed);
                    if (i >= inputs.Count)
                    {
                        return;
                    }

                    lock (gate)
                    {
                        while (i - emitted >= window && !failed)
                        {
                            Monitor.Wait(gate);
                        }

                        if (failed)
                        {
                            return;
                        }
                    }

                    var result = AnalyzeInput(inputs[i], cancellationToken);
                    onDocumentDone?.Invoke(result);
                    lock (gate)
                    {
                        pending.Add(i, result);
                    }

                    Emit();
                }
            }
            catch
            {
                lock (gate)
                {
                    failed = true;
                    Monitor.PulseAll(gate);
                }

                throw;
            }
        }

        if (inputs.Count == 0)
        {
            return;
        }

        if (threads == 1)
        {
            Work();
            return;
        }

        var workers = new Task[threads - 1];
        for (var t = 0; t < workers.Length; t++)
        {
            workers[t] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Exception? own = null;
        try
        {
            Work();
        }
        catch (Exception ex)
        {
            own = ex;
        }

        var errors = new List<Exception>();
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException ex)
        {
            errors.AddRange(ex.InnerExceptions);
        }

        if (own is not null)
        {
            errors.Insert(0, own);
        }

        if (errors.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new AggregateException(errors);
        }
    }

    private DocumentResult AnalyzeInput(DocumentInput input, CancellationToken cancellationToken)
    {
        try
        {
            var t0 = Timings.Start();
            var bytes = input.ReadBytes();
            Timings.Stop("read", t0);
            return AnalyzeBytes(input.Path, bytes, cancellationToken);
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
    public DocumentResult AnalyzeBytes(string path, byte[] bytes, CancellationToken cancellationToken = default)
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
        var configuration = GetConfiguration(document.Path);
        Timings.Stop("config", tc);
        return Analyze(document, configuration, cancellationToken);
    }

    private static DocumentResult Failure(string path, DiagnosticDescriptor descriptor, params object[] args)
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

        foreach (var problem in configuration.Problems)
        {
            raw.Add(new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.BadConfiguration, documentStart, problem), null));
        }

        // Rules whose every descriptor is off are not run at all.
        var active = _registry.Rules.Where(r => r.Descriptors.Any(d => configuration.GetSeverity(d) is not null) && !_disabled.ContainsKey(r.Name)).ToList();
        var wordRules = new List<(LoadedRule Rule, List<EditorialDiagnostic> Sink)>();

        foreach (var rule in active)
        {
            var sink = new List<EditorialDiagnostic>();
            bool ok;
            if (rule.Origin == "built-in" || rule.Rule is ISelfLimitingRule)
            {
                var tr = Timings.Start();
                ok = RunActions(rule, new DocumentAnalysisContext(document, configuration.Options, spell, sink.Add, cancellationToken), document, raw, includeWords: false);
                if (Timings.Enabled)
                {
                    Timings.Stop("rule " + rule.Name, tr);
                }
            }
            else
            {
                // A plugin rule gets a token that fires at its time limit; one that ignores it is abandoned.
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var timeout = TimeSpan.FromMilliseconds(Math.Max(1, configuration.Options.GetInt("rule_timeout_ms", (int)PluginRuleTimeout.TotalMilliseconds)));
                limit.CancelAfter(timeout);
                var isolated = new List<EditorialDiagnostic>();
                var context = new DocumentAnalysisContext(document, configuration.Options, spell, isolated.Add, limit.Token);
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
                if (rule.Context.WordActions.Count > 0 && rule.Origin == "built-in")
                {
                    wordRules.Add((rule, sink));
                }
            }
        }

        var tw = Timings.Start();
        RunWordActions(document, configuration, spell, wordRules, raw, cancellationToken);
        Timings.Stop("word actions (all)", tw);

        var tf = Timings.Start();
        var suppressions = SuppressionMap.Build(document, _registry);
        foreach (var (comment, name) in suppressions.UnknownIds)
        {
            var loc = Location.Create(document.Path, comment.Span, document.GetLineSpan(comment.Span));
            raw.Add(new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.BadConfiguration, loc, DiagnosticSeverity.Warning, null, null, $"Suppression comment names '{name}', which is no known rule id or alias"), null));
        }

        var final = ImmutableArray.CreateBuilder<EditorialDiagnostic>(raw.Count);
        foreach (var d in raw)
        {
            var descriptor = d.Diagnostic.Descriptor;
            var isEngine = RuleCategories.ForId(descriptor.Id) == RuleCategories.Engine;
            var severity = isEngine ? d.Diagnostic.Severity : configuration.GetSeverity(descriptor);
            if (severity is null)
            {
                continue;
            }

            var line = d.Location.GetLineSpan().StartLinePosition.Line;
            if (suppressions.IsSuppressed(descriptor.Id, line))
            {
                continue;
            }

            final.Add(d.WithSeverity(severity.Value));
        }

        var ordered = final.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        Timings.Stop("suppress+order", tf);
        return new DocumentResult(document.Path, document, ordered);
    }

    private static bool RunActions(LoadedRule rule, DocumentAnalysisContext context, EditorialDocument document, List<EditorialDiagnostic> raw, bool includeWords)
    {
        try
        {
            var c = rule.Context;
            foreach (var a in c.DocumentActions)
            {
                a(context);
            }

            if (c.FootnoteActions.Count > 0)
            {
                var fc = new FootnoteAnalysisContext(context);
                foreach (var a in c.FootnoteActions)
                {
                    a(fc);
                }
            }

            if (c.HeadingActions.Count > 0)
            {
                foreach (var h in document.Headings)
                {
                    var hc = new HeadingAnalysisContext(context, h);
                    foreach (var a in c.HeadingActions)
                    {
                        a(hc);
                    }
                }
            }

            if (c.ParagraphActions.Count > 0)
            {
                foreach (var p in document.Paragraphs)
                {
                    var pc = new ParagraphAnalysisContext(context, p);
                    foreach (var a in c.ParagraphActions)
                    {
                        a(pc);
                    }
                }
            }

            // A plugin's word actions run here, inside its time limit, not in the shared walk of the built-in rules.
            if (includeWords && c.WordActions.Count > 0)
            {
                var wc = new WordAnalysisContext(context);
                var words = document.Words;
                for (var i = 0; i < words.Length; i++)
                {
                    wc.Word = words[i];
                    wc.Index = i;
                    foreach (var a in c.WordActions)
                    {
                        a(wc);
                    }
                }
            }

            return true;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            raw.Add(RuleFailed(rule, document, ex));
            return false;
        }
    }

    private static bool RunWithTimeout(LoadedRule rule, DocumentAnalysisContext context, EditorialDocument document, List<EditorialDiagnostic> raw, CancellationTokenSource limit, TimeSpan timeout, long memoryLimit, ConcurrentDictionary<string, string> disabled)
    {
        var inner = new List<EditorialDiagnostic>();
        string? stopped = null;

        // A dedicated thread, not the pool: documents already run on pool threads, and a pool task waited on from
        // them could starve. The plugin's code is compiled with checks (PluginGuard) at every method, loop and catch:
        // under the guard they stop it at the time or memory limit and before recursion overflows the stack. Code
        // blocked inside the framework (a wait that never ends) keeps its thread; the run goes on without it.
        bool Body()
        {
            using var guard = PluginGuard.Enter(timeout, memoryLimit, limit.Token);
            try
            {
                var ok = RunActions(rule, context, document, inner, includeWords: true);
                if (!ok && inner.Count > 0 && inner[^1].Id == EngineDiagnostics.RuleFailure.Id && IsLimit(inner[^1]))
                {
                    stopped = inner[^1].Message.Contains(nameof(InsufficientExecutionStackException), StringComparison.Ordinal)
                        ? "recursion too deep"
                        : PluginGuard.Reason ?? "a limit";
                    inner.RemoveAt(inner.Count - 1);
                    return false;
                }

                if (PluginGuard.Reason is { } reason)
                {
                    stopped = ok ? $"{reason}; it caught the engine's stop and went on" : reason;
                    return false;
                }

                return ok;
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                return false;
            }
        }

        // A thread of its own with a 1 MiB stack: runaway recursion reaches the guard's stack check quickly and unwinds
        // quickly; a background thread, so one stuck in the framework does not keep the process alive.
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    done.SetResult(Body());
                }
                catch (Exception ex)
                {
                    done.SetException(ex);
                }
            },
            PluginStackBytes)
        { IsBackground = true, Name = "editorial-lint plugin " + rule.Name };
        thread.Start();
        var task = done.Task;
        var finished = task.Wait(timeout + TimeSpan.FromMilliseconds(100)) && !limit.IsCancellationRequested;
        if (!finished || stopped is not null)
        {
            var why = stopped ?? $"the rule ran past its time limit of {(int)timeout.TotalMilliseconds} ms";
            disabled.TryAdd(rule.Name, why);
            var loc = Location.Create(document.Path, new TextSpan(0, 0), default);
            raw.Add(new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.RuleTimeout, loc, rule.Name, why), null));
            return false;
        }

        raw.AddRange(inner);
        return task.Result;
    }

    private const int PluginStackBytes = 1024 * 1024;

    private static bool IsLimit(EditorialDiagnostic failure) =>
        failure.Message.Contains(nameof(PluginLimitException), StringComparison.Ordinal) ||
        failure.Message.Contains(nameof(InsufficientExecutionStackException), StringComparison.Ordinal);

    private static EditorialDiagnostic RuleFailed(LoadedRule rule, EditorialDocument document, Exception ex)
    {
        var loc = Location.Create(document.Path, new TextSpan(0, 0), default);
        return new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.RuleFailure, loc, rule.Name, Describe(ex)), null);
    }

    private static void RunWordActions(EditorialDocument document, DocumentConfiguration configuration, ISpellChecker? spell, List<(LoadedRule Rule, List<EditorialDiagnostic> Sink)> wordRules, List<EditorialDiagnostic> raw, CancellationToken cancellationToken)
    {
        if (wordRules.Count == 0)
        {
            return;
        }

        var contexts = new (WordAnalysisContext Context, LoadedRule Rule, List<EditorialDiagnostic> Sink, bool Failed)[wordRules.Count];
        for (var r = 0; r < wordRules.Count; r++)
        {
            var sink = new List<EditorialDiagnostic>();
            var parent = new DocumentAnalysisContext(document, configuration.Options, spell, sink.Add, cancellationToken);
            contexts[r] = (new WordAnalysisContext(parent), wordRules[r].Rule, sink, false);
        }

        var names = Timings.Enabled ? wordRules.Select(w => "word " + w.Rule.Name).ToArray() : null;
        var words = document.Words;
        for (var i = 0; i < words.Length; i++)
        {
            for (var r = 0; r < contexts.Length; r++)
            {
                ref var c = ref contexts[r];
                if (c.Failed)
                {
                    continue;
                }

                c.Context.Word = words[i];
                c.Context.Index = i;
                var tr = Timings.Start();
                try
                {
                    foreach (var a in c.Rule.Context.WordActions)
                    {
                        a(c.Context);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    c.Failed = true;
                    raw.Add(RuleFailed(c.Rule, document, ex));
                }

                if (names is not null)
                {
                    Timings.Stop(names[r], tr);
                }
            }
        }

        foreach (var c in contexts)
        {
            raw.AddRange(c.Sink);
        }
    }
}
