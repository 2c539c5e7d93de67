using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Opt-in phase timings for performance work (<c>EDITORIAL_LINT_TIMINGS=1</c>): each phase's time summed over the
/// threads that ran it, printed on standard error at the end of a run. Off, each probe is one static bool test.
/// On Linux the clock is the thread's CPU time (so that a busy machine does not inflate the figures), elsewhere wall time.
/// </summary>
internal static class Timings
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool ThreadCpu = OperatingSystem.IsLinux();

    private static long Now()
    {
        if (ThreadCpu && ClockGetTime(ClockThreadCpuTime, out var t) == 0)
        {
            return (t.Seconds * 1_000_000_000L) + t.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
    }

    private static readonly ConcurrentDictionary<string, long[]> Totals = new(StringComparer.Ordinal);

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("EDITORIAL_LINT_TIMINGS") == "1";

    /// <summary>Nanoseconds on this thread's clock, or 0 when timings are off.</summary>
    public static long Start() => Enabled ? Now() : 0;

    public static void Stop(string phase, long started)
    {
        if (!Enabled)
        {
            return;
        }

        var elapsed = Now() - started;
        var slot = Totals.GetOrAdd(phase, _ => new long[2]);
        Interlocked.Add(ref slot[0], elapsed);
        Interlocked.Increment(ref slot[1]);
    }

    public static string Report()
    {
        var sb = new StringBuilder();
        foreach (var (phase, slot) in Totals.OrderByDescending(t => t.Value[0]).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            var ms = slot[0] / 1_000_000.0;
            sb.Append(CultureInfo.InvariantCulture, $"{ms,10:F1} ms {slot[1],9} x  {phase}\n");
        }

        return sb.ToString();
    }
}
