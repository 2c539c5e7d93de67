namespace EditorialLint.Core.Analysis;

/// <summary>
/// Runs work items in parallel and hands each result to a consumer in input order, one at a time, as soon as it and
/// every item before it are done. At most a few items per thread are in flight or waiting for their turn, so memory
/// stays flat however many items there are; a result the consumer lets go of can be collected at once.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// Run <paramref name="work"/> on every input (on up to <paramref name="maxDegreeOfParallelism"/> threads, all
    /// cores when not positive) and call <paramref name="consume"/> with the results in input order.
    /// <paramref name="onDone"/> is called on the worker thread as each result is ready (progress).
    /// </summary>
    public static void Run<TIn, TOut>(IReadOnlyList<TIn> inputs, Func<TIn, TOut> work, Action<TOut> consume, int maxDegreeOfParallelism = -1, Action<TOut>? onDone = null, CancellationToken cancellationToken = default)
    {
        if (inputs.Count == 0)
        {
            return;
        }

        var threads = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        threads = Math.Max(1, Math.Min(threads, inputs.Count));
        var state = new State<TIn, TOut>(inputs, work, consume, onDone, Math.Max(8, threads * 4), cancellationToken);
        if (threads == 1)
        {
            state.Work();
            return;
        }

        var workers = new Task[threads - 1];
        for (var t = 0; t < workers.Length; t++)
        {
            workers[t] = Task.Factory.StartNew(state.Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        Exception? own = null;
        try
        {
            state.Work();
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

    /// <summary>The shared state of one run: claimed and emitted positions, and the results waiting for their turn.</summary>
    private sealed class State<TIn, TOut>(IReadOnlyList<TIn> inputs, Func<TIn, TOut> work, Action<TOut> consume, Action<TOut>? onDone, int window, CancellationToken cancellationToken)
    {
        private readonly object _gate = new();
        private readonly object _emitLock = new();
        private readonly Dictionary<int, TOut> _pending = [];
        private int _claimed = -1;
        private int _emitted; // index of the next result to consume
        private bool _failed;

        public void Work()
        {
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var i = Interlocked.Increment(ref _claimed);
                    if (i >= inputs.Count || !WaitForWindow(i))
                    {
                        return;
                    }

                    var result = work(inputs[i]);
                    onDone?.Invoke(result);
                    lock (_gate)
                    {
                        _pending.Add(i, result);
                    }

                    Emit();
                }
            }
            catch
            {
                lock (_gate)
                {
                    _failed = true;
                    Monitor.PulseAll(_gate);
                }

                throw;
            }
        }

        /// <summary>Wait until item <paramref name="i"/> is within the window ahead of the consumer; false when the run failed.</summary>
        private bool WaitForWindow(int i)
        {
            lock (_gate)
            {
                while (i - _emitted >= window && !_failed)
                {
                    Monitor.Wait(_gate);
                }

                return !_failed;
            }
        }

        private void Emit()
        {
            lock (_emitLock)
            {
                while (true)
                {
                    TOut? ready;
                    lock (_gate)
                    {
                        if (_failed || !_pending.Remove(_emitted, out ready))
                        {
                            return;
                        }
                    }

                    consume(ready!);
                    lock (_gate)
                    {
                        _emitted++;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
        }
    }
}
