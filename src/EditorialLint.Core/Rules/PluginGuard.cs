using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace EditorialLint.Core.Rules;

/// <summary>
/// The limits that hold plugin rules in-process. The rule host compiles every plugin so that each method, lambda,
/// loop body and catch block first calls <see cref="Check"/>; while the engine runs a plugin action under
/// <see cref="Enter"/>, that call throws <see cref="PluginLimitException"/> once the action is past its time limit or the
/// process's managed heap is past the memory limit, and <see cref="InsufficientExecutionStackException"/> before
/// recursion can overflow the stack (which .NET cannot catch). A tripped limit stays tripped, so a rule that catches
/// the exception meets it again at its next check. The state flows with the execution context, so tasks and threads a
/// rule starts are held too.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PluginGuard
{
    private static readonly AsyncLocal<Limits?> Current = new();

    /// <summary>Called by instrumented plugin code: throws when a limit is exceeded; cheap otherwise.</summary>
    public static void Check()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var limits = Current.Value;
        if (limits is not null)
        {
            limits.Check();
        }
    }

    /// <summary>Start guarding the current flow of execution until the result is disposed.</summary>
    internal static IDisposable Enter(TimeSpan timeLimit, long memoryLimitBytes, CancellationToken cancellationToken = default)
    {
        var previous = Current.Value;
        var limits = new Limits(Stopwatch.GetTimestamp() + (long)(timeLimit.TotalSeconds * Stopwatch.Frequency), memoryLimitBytes, cancellationToken, timeLimit);
        Current.Value = limits;
        return new Scope(previous, limits);
    }

    /// <summary>True when the limits of the current scope were hit (the action's result must be dropped).</summary>
    internal static bool Tripped => Current.Value?.Reason is not null;

    /// <summary>Why the limits of the current scope were hit, or null.</summary>
    internal static string? Reason => Current.Value?.Reason;

    private sealed class Scope(Limits? previous, Limits limits) : IDisposable
    {
        public void Dispose()
        {
            limits.Close();
            Current.Value = previous;
        }
    }

    private sealed class Limits(long deadline, long memoryLimit, CancellationToken token, TimeSpan timeLimit)
    {
        private int _calls;
        private volatile string? _reason;

        public string? Reason => _reason;

        public void Check()
        {
            if (_reason is { } reason)
            {
                throw new PluginLimitException(reason);
            }

            if (Stopwatch.GetTimestamp() > deadline || token.IsCancellationRequested)
            {
                Trip($"the rule ran past its time limit of {(int)timeLimit.TotalMilliseconds} ms");
            }

            // The heap size is read every 4,096 checks: cheap, and a runaway allocation loop is still caught early.
            if ((Interlocked.Increment(ref _calls) & 0xFFF) == 0 && GC.GetTotalMemory(forceFullCollection: false) > memoryLimit)
            {
                Trip($"the managed heap grew past the plugin memory limit of {memoryLimit / (1024 * 1024)} MiB");
            }
        }

        /// <summary>The action is over: anything it left running (a task, a thread) stops at its next check.</summary>
        public void Close() => _reason ??= "the action this code belonged to has finished";

        private void Trip(string reason)
        {
            _reason ??= reason;
            throw new PluginLimitException(_reason);
        }
    }
}

/// <summary>Thrown in plugin code that exceeded a limit of <see cref="PluginGuard"/>.</summary>
internal sealed class PluginLimitException(string message) : Exception(message);
