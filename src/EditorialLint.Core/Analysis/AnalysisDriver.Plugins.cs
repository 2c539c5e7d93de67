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

/// <summary>Plugin rules in process: a dedicated thread with a time limit, a memory watch and a stack guard.</summary>
internal sealed partial class AnalysisDriver
{
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
                var ok = RunActions(rule, context, document, inner, includeWords: true, out _);
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
}
