using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Opt-in phase timings for performance work (<c>EDITORIAL_LINT_TIMINGS=1</c>): each phase's time summed over the
/// threads that ran it, printed on standard error at the end of a run. Off, each probe is one static bool test.
/// </summary>
public static class Timings
{
    private static readonly ConcurrentDictionary<string, long[]> Totals = new(StringComparer.Ordinal);

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("EDITORIAL_LINT_TIMINGS") == "1";

    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    public static void Stop(string phase, long started)
    {
        if (!Enabled)
        {
            return;
        }

        var elapsed = Stopwatch.GetTimestamp() - started;
        var slot = Totals.GetOrAdd(phase, _ => new long[2]);
        Interlocked.Add(ref slot[0], elapsed);
        Interlocked.Increment(ref slot[1]);
    }

    public static string Report()
    {
        var sb = new StringBuilder();
        foreach (var (phase, slot) in Totals.OrderByDescending(t => t.Value[0]).ThenBy(t => t.Key, StringComparer.Ordinal))
        {
            var ms = slot[0] * 1000.0 / Stopwatch.Frequency;
            sb.Append(CultureInfo.InvariantCulture, $"{ms,10:F1} ms {slot[1],9} x  {phase}\n");
        }

        return sb.ToString();
    }
}
