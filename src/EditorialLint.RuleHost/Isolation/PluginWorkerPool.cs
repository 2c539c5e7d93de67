using System.Collections.Concurrent;
using System.Diagnostics;

namespace EditorialLint.RuleHost.Isolation;

/// <summary>
/// The worker processes of one rules folder. Documents are analysed in parallel, so a request takes an idle worker
/// or starts one; a worker that faults is dropped and a replacement is started in the background, so the next
/// document rarely waits for a process to start. Workers idle for <see cref="IdleLimit"/> are ended (a later request
/// starts one again), and all end when the pool is disposed or the host exits.
/// </summary>
public sealed class PluginWorkerPool : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly WorkerLaunch _launch;
    private readonly string _folder;
    private readonly bool _allowBannedApis;
    private readonly ConcurrentBag<PluginWorker> _idle = [];
    private readonly ConcurrentDictionary<PluginWorker, byte> _all = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly Timer _reaper;
    private long _lastUse = Stopwatch.GetTimestamp();
    private int _busy;
    private int _starting;
    private int _disposed;

    /// <summary>How long a worker may sit idle before it is ended.</summary>
    public static TimeSpan IdleLimit { get; } = TimeSpan.FromSeconds(30);

    private PluginWorkerPool(WorkerLaunch launch, string folder, bool allowBannedApis)
    {
        _launch = launch;
        _folder = folder;
        _allowBannedApis = allowBannedApis;
        _reaper = new Timer(_ => Reap(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    /// <summary>What the first worker said it loaded.</summary>
    public WireHello Hello { get; private set; } = new([], [], []);

    /// <summary>
    /// Start the first worker (its hello tells the rules) and, in the background, enough more for
    /// <paramref name="parallelism"/> documents at a time. Throws <see cref="WorkerFaultException"/> when no worker starts.
    /// </summary>
    public static PluginWorkerPool Start(WorkerLaunch launch, string folder, bool allowBannedApis, int parallelism)
    {
        var pool = new PluginWorkerPool(launch, folder, allowBannedApis);
        var first = pool.StartWorker();
        pool.Hello = first.Hello;
        pool.AddIdle(first);
        for (var i = 1; i < parallelism && first.Hello.Rules.Length > 0; i++)
        {
            pool.ReplaceInBackground();
        }

        return pool;
    }

    /// <summary>Analyse with an idle worker (or a new one); a fault drops that worker and throws <see cref="WorkerFaultException"/>.</summary>
    public WireResponse Analyze(WireRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        Interlocked.Increment(ref _busy);
        try
        {
            var worker = Take(cancellationToken);
            try
            {
                var response = worker.Analyze(request, timeout, cancellationToken);
                AddIdle(worker);
                return response;
            }
            catch (Exception ex) when (ex is WorkerFaultException or OperationCanceledException)
            {
                Drop(worker);
                ReplaceInBackground();
                throw;
            }
        }
        finally
        {
            Volatile.Write(ref _lastUse, Stopwatch.GetTimestamp());
            Interlocked.Decrement(ref _busy);
        }
    }

    /// <summary>An idle worker; else one that is starting in the background; else a new one.</summary>
    private PluginWorker Take(CancellationToken cancellationToken)
    {
        while (_available.Wait(0) || (Volatile.Read(ref _starting) > 0 && _available.Wait(StartTimeout, cancellationToken)))
        {
            if (_idle.TryTake(out var worker))
            {
                return worker;
            }
        }

        return StartWorker();
    }

    private void AddIdle(PluginWorker worker)
    {
        _idle.Add(worker);
        _available.Release();
    }

    private PluginWorker StartWorker()
    {
        var worker = PluginWorker.Start(_launch, _folder, _allowBannedApis, StartTimeout);
        _all[worker] = 0;
        _reaper.Change(IdleLimit, IdleLimit);
        if (_disposed != 0)
        {
            Drop(worker);
            throw new ObjectDisposedException(nameof(PluginWorkerPool));
        }

        return worker;
    }

    private void ReplaceInBackground()
    {
        Interlocked.Increment(ref _starting);
        Task.Run(() =>
        {
            PluginWorker? worker = null;
            try
            {
                worker = StartWorker();
            }
            catch (Exception ex) when (ex is WorkerFaultException or ObjectDisposedException)
            {
                // The request that waits for it starts one itself (and reports the fault if that fails too).
            }

            Interlocked.Decrement(ref _starting);
            if (worker is not null)
            {
                AddIdle(worker);
            }
            else
            {
                _available.Release(); // wakes a waiter, which finds no worker and starts one
            }
        });
    }

    /// <summary>End the idle workers once none has been used for <see cref="IdleLimit"/> (a run that is over, in a host that goes on).</summary>
    private void Reap()
    {
        if (Volatile.Read(ref _busy) > 0 || Volatile.Read(ref _starting) > 0 || Stopwatch.GetElapsedTime(Volatile.Read(ref _lastUse)) < IdleLimit)
        {
            return;
        }

        while (_idle.TryTake(out var worker))
        {
            _available.Wait(0);
            Drop(worker);
        }

        if (_all.IsEmpty)
        {
            _reaper.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    private void Drop(PluginWorker worker)
    {
        _all.TryRemove(worker, out _);
        worker.Kill();
        worker.Dispose();
    }

    /// <summary>End every worker.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _reaper.Dispose();

        foreach (var worker in _all.Keys)
        {
            Drop(worker);
        }
    }
}
