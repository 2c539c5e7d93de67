using System.Threading.Channels;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Runs work items in parallel and hands each result to a consumer in input order, one at a time, as soon as it and
/// every item before it are done. A bounded channel of the items' tasks, written in input order, is the queue: at
/// most a few items per thread are in flight or waiting for their turn, so memory stays flat however many items
/// there are, and a result the consumer lets go of can be collected at once.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// Run <paramref name="work"/> on every input (on up to <paramref name="maxDegreeOfParallelism"/> threads, all
    /// cores when not positive) and call <paramref name="consume"/> on the calling thread with the results in input
    /// order. <paramref name="onDone"/> is called on the worker thread as each result is ready (progress). The first
    /// exception of a work item or of the consumer stops the run and is thrown here; the items after it do not start.
    /// </summary>
    public static void Run<TIn, TOut>(IReadOnlyList<TIn> inputs, Func<TIn, TOut> work, Action<TOut> consume, int maxDegreeOfParallelism = -1, Action<TOut>? onDone = null, CancellationToken cancellationToken = default)
    {
        if (inputs.Count == 0)
        {
            return;
        }

        var threads = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        threads = Math.Max(1, Math.Min(threads, inputs.Count));
        if (threads == 1)
        {
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = work(input);
                onDone?.Invoke(result);
                consume(result);
            }

            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(Math.Max(8, threads * 4)) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => Produce(inputs, work, onDone, threads, queue.Writer, stop.Token), CancellationToken.None);
        try
        {
            while (queue.Reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                while (queue.Reader.TryRead(out var item))
                {
                    consume(item.GetAwaiter().GetResult());
                }
            }
        }
        catch
        {
            stop.Cancel();
            Drain(queue.Reader);
            WaitQuietly(producer);
            throw;
        }

        producer.GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Starts the items in input order, no more than <paramref name="threads"/> at a time, and queues their tasks.</summary>
    private static async Task Produce<TIn, TOut>(IReadOnlyList<TIn> inputs, Func<TIn, TOut> work, Action<TOut>? onDone, int threads, ChannelWriter<Task<TOut>> queue, CancellationToken stop)
    {
        using var slots = new SemaphoreSlim(threads);
        var started = new List<Task>();
        try
        {
            foreach (var input in inputs)
            {
                await slots.WaitAsync(stop).ConfigureAwait(false);
                var item = Task.Factory.StartNew(
                    () =>
                    {
                        try
                        {
                            stop.ThrowIfCancellationRequested();
                            var result = work(input);
                            onDone?.Invoke(result);
                            return result;
                        }
                        finally
                        {
                            slots.Release();
                        }
                    },
                    CancellationToken.None,
                    TaskCreationOptions.DenyChildAttach,
                    TaskScheduler.Default);
                started.Add(item);
                await queue.WriteAsync(item, stop).ConfigureAwait(false);
                started.RemoveAll(t => t.IsCompleted);
            }

            queue.Complete();
        }
        catch (OperationCanceledException ex)
        {
            queue.TryComplete(ex);
        }
        finally
        {
            // the semaphore outlives every item that may still release it
            await Task.WhenAll(started.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        }
    }

    /// <summary>Observes the queued items of a stopped run, so that none fails unobserved.</summary>
    private static void Drain<TOut>(ChannelReader<Task<TOut>> reader)
    {
        while (reader.TryRead(out var item))
        {
            WaitQuietly(item);
        }
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // the run already fails with its first exception
        }
    }
}
