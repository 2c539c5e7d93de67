using System.Diagnostics;

namespace EditorialLint.RuleHost.Isolation;

/// <summary>How to start the worker: the program and the arguments that come before <c>plugin-worker FOLDER</c>.</summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> PrefixArguments);

/// <summary>A worker process ended, stopped answering or could not be started.</summary>
public sealed class WorkerFaultException(string message, bool timedOut = false) : Exception(message)
{
    /// <summary>True when the worker was stopped because it did not answer in time (else it ended or could not start).</summary>
    public bool TimedOut { get; } = timedOut;
}

/// <summary>
/// One plugin worker process seen from the host: started with the rules folder, it answers a <see cref="WireHello"/>
/// and then one <see cref="WireResponse"/> per request. A worker that faults is killed and never used again.
/// </summary>
internal sealed class PluginWorker : IDisposable
{
    /// <summary>The heap limit of a worker: an allocation past it is an OutOfMemoryException in the rule, not a machine that swaps.</summary>
    public const long HeapHardLimitBytes = 2L * 1024 * 1024 * 1024;

    private readonly Process _process;
    private readonly Queue<string> _errorTail = new();

    private PluginWorker(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lock (_errorTail)
                {
                    _errorTail.Enqueue(line);
                    if (_errorTail.Count > 8)
                    {
                        _errorTail.Dequeue();
                    }
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    public WireHello Hello { get; private set; } = new([], [], []);

    /// <summary>Start a worker for <paramref name="folder"/> and read its hello within <paramref name="timeout"/>.</summary>
    public static PluginWorker Start(WorkerLaunch launch, string folder, bool allowBannedApis, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(launch.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in launch.PrefixArguments)
        {
            info.ArgumentList.Add(a);
        }

        info.ArgumentList.Add("plugin-worker");
        info.ArgumentList.Add(folder);
        if (allowBannedApis)
        {
            info.ArgumentList.Add("--allow-plugin-apis");
        }

        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapHardLimitBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new WorkerFaultException("the plugin worker could not be started");
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new WorkerFaultException($"the plugin worker could not be started ({ex.Message})");
        }

        var worker = new PluginWorker(process);
        worker.Hello = worker.Exchange<WireHello>(null, timeout, CancellationToken.None);
        return worker;
    }

    /// <summary>Send a request and wait for the answer; a fault (exit, cut answer, time) kills the worker and throws <see cref="WorkerFaultException"/>.</summary>
    public WireResponse Analyze(WireRequest request, TimeSpan timeout, CancellationToken cancellationToken) =>
        Exchange<WireResponse>(request, timeout, cancellationToken);

    private T Exchange<T>(WireRequest? request, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        // Killing the process ends the pipe, so the blocking read below returns: that is how time and cancellation stop it.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        using var stop = limit.Token.Register(Kill);
        try
        {
            if (request is not null)
            {
                WorkerProtocol.Write(_process.StandardInput.BaseStream, request);
            }

            var answer = WorkerProtocol.Read<T>(_process.StandardOutput.BaseStream);
            if (answer is not null && !limit.IsCancellationRequested)
            {
                return answer;
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.Json.JsonException or ObjectDisposedException or InvalidOperationException)
        {
            // Reported below as what became of the process.
        }

        Kill();
        if (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        throw limit.IsCancellationRequested
            ? new WorkerFaultException($"its worker did not answer within {(int)timeout.TotalMilliseconds} ms and was stopped", timedOut: true)
            : new WorkerFaultException(DescribeExit());
    }

    private string DescribeExit()
    {
        _process.WaitForExit(2000);
        var code = _process.HasExited ? $" with exit code {_process.ExitCode}" : string.Empty;
        string last;
        lock (_errorTail)
        {
            last = string.Join(" ", _errorTail.Where(l => !l.StartsWith("   at ", StringComparison.Ordinal)).Take(2));
        }

        return $"the plugin worker process ended{code}" + (last.Length > 0 ? $" ({Shorten(last)})" : string.Empty);
    }

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200] + "…";

    /// <summary>Stop the process (and anything it started) at once.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>End the worker: closing its input ends its loop; a worker that does not leave is killed.</summary>
    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(500))
            {
                Kill();
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            Kill();
        }

        _process.Dispose();
    }
}
