using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CsCheck;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Tests.Fuzz;

/// <summary>Settings of one fuzz run, from the FUZZ_* environment variables that bench/fuzz.sh sets.</summary>
internal sealed record FuzzSettings(ulong Seed, long Inputs, int Seconds, int Threads, int SlowMs, int ShrinkSeconds, string? Failures, string? Slow, string? Trace)
{
    public static FuzzSettings FromEnvironment(int defaultSeconds) => new(
        ulong.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : (ulong)Random.Shared.NextInt64(1, long.MaxValue),
        Number("FUZZ_ITERATIONS", -1), // -1: as many as the time allows
        (int)Number("FUZZ_SECONDS", defaultSeconds), // 0: no time limit
        (int)Number("FUZZ_THREADS", Environment.ProcessorCount),
        (int)Number("FUZZ_SLOW_MS", 2000),
        (int)Number("FUZZ_SHRINK_SECONDS", 30),
        Variable("FUZZ_FAILURES"),
        Variable("FUZZ_SLOW"),
        Variable("FUZZ_TRACE"));

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;

    private static long Number(string name, long fallback) =>
        long.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : fallback;
}

/// <summary>What a run found: inputs, inputs with fixes, slow inputs, failures by kind with the seed of each kind's first input.</summary>
internal sealed class FuzzTally
{
    private long _inputs;
    private long _fixed;
    private long _slow;

    public long Inputs => Interlocked.Read(ref _inputs);

    public long Fixed => Interlocked.Read(ref _fixed);

    public long Slow => Interlocked.Read(ref _slow);

    /// <summary>Failures by kind: how many, and the CsCheck seed of the first one found.</summary>
    public ConcurrentDictionary<string, (long Count, string Seed)> Failures { get; } = new(StringComparer.Ordinal);

    public void Passed(bool hadFixes)
    {
        Interlocked.Increment(ref _inputs);
        if (hadFixes)
        {
            Interlocked.Increment(ref _fixed);
        }
    }

    public void Failed(string kind, string seed)
    {
        Interlocked.Increment(ref _inputs);
        Failures.AddOrUpdate(kind, (1, seed), (_, f) => (f.Count + 1, f.Seed));
    }

    public void SlowInput() => Interlocked.Increment(ref _slow);

    public long Count(string category) => Failures.Where(f => FuzzFailure.Category(f.Key) == category).Sum(f => f.Value.Count);
}

/// <summary>
/// Runs the fuzz property over generated inputs on several worker threads. Input <c>i</c> of a run with seed
/// <c>S</c> is generated from CsCheck's PCG stream <c>i</c> seeded with <c>S</c>, so a run is reproducible from its
/// seed and each input from its CsCheck seed string. A failure does not stop the run: it is counted under its kind and
/// saved; afterwards the first failure of each kind is shrunk by CsCheck (a search for smaller failing inputs from
/// its seed) and the smallest input of each kind is kept in FUZZ_FAILURES.
/// </summary>
internal static class FuzzRunner
{
    private static readonly Lock SaveLock = new();

    public static FuzzTally Run(FuzzSettings settings, Action<string> log)
    {
        var tally = new FuzzTally();
        var property = FuzzProperty.Shared; // built before the clock starts
        var clock = Stopwatch.StartNew();
        var next = -1L;
        var workers = Enumerable.Range(0, Math.Max(1, settings.Threads)).Select(_ => new Thread(() =>
        {
            while (Interlocked.Increment(ref next) is var i
                && (settings.Inputs < 0 || i < settings.Inputs)
                && (settings.Seconds <= 0 || clock.Elapsed.TotalSeconds < settings.Seconds))
            {
                RunOne(property, settings, tally, i);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        foreach (var (kind, (count, seed)) in tally.Failures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            log($"{kind}: {count} inputs, first with CsCheck seed {seed}; shrinking");
            log(Shrink(property, settings, seed));
        }

        return tally;
    }

    /// <summary>
    /// Run one input again from its CsCheck seed string (FUZZ_REPRO, printed for every failure): it is saved as
    /// repro-SEED.md (or .txt) in FUZZ_FAILURES, checked, and shrunk when it fails.
    /// </summary>
    public static FuzzTally Reproduce(string seed, FuzzSettings settings, Action<string> log)
    {
        var tally = new FuzzTally();
        var property = FuzzProperty.Shared;
        var input = FuzzGenerators.Case.Generate(PCG.Parse(seed), null, out _);
        if (settings.Failures is { } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, "repro-" + seed + Path.GetExtension(input.Name)), input.Bytes);
        }

        try
        {
            tally.Passed(property.Check(input));
        }
        catch (Exception ex)
        {
            var kind = KindOf(ex);
            tally.Failed(kind, seed);
            log($"{kind}: {ex.Message}; shrinking");
            Save(settings.Failures, kind, input, ex);
            log(Shrink(property, settings, seed));
        }

        return tally;
    }

    /// <summary>The input of index <paramref name="i"/> of a run with <paramref name="seed"/>, and its CsCheck seed string.</summary>
    public static (FuzzCase Input, string Seed) Generate(ulong seed, long i)
    {
        var pcg = new PCG((uint)i, seed + (ulong)(i >> 32));
        var state = pcg.State;
        var t = Timings.Start();
        var input = FuzzGenerators.Case.Generate(pcg, null, out _);
        Timings.Stop("fuzz: generate", t);
        return (input, pcg.ToString(state));
    }

    private static void RunOne(FuzzProperty property, FuzzSettings settings, FuzzTally tally, long i)
    {
        var (input, seed) = Generate(settings.Seed, i);
        var cpu = ThreadCpu.Milliseconds();
        var wall = Stopwatch.StartNew();
        try
        {
            tally.Passed(property.Check(input));
        }
        catch (Exception ex)
        {
            var kind = KindOf(ex);
            tally.Failed(kind, seed);
            Save(settings.Failures, kind, input, ex);
        }

        var ms = ThreadCpu.Milliseconds() - cpu;
        if (ms > settings.SlowMs)
        {
            tally.SlowInput();
            if (settings.Slow is { } slow)
            {
                Directory.CreateDirectory(slow);
                File.WriteAllBytes(Path.Combine(slow, string.Create(CultureInfo.InvariantCulture, $"slow-{ms}ms-{input.Bytes.Length}b-{seed}{Path.GetExtension(input.Name)}")), input.Bytes);
            }
        }

        if (settings.Trace is { } trace)
        {
            lock (SaveLock)
            {
                File.AppendAllText(trace, string.Create(CultureInfo.InvariantCulture, $"{ms,7} {wall.ElapsedMilliseconds,7} {input.Bytes.Length,8} {input.Name} {seed}\n"));
            }
        }
    }

    /// <summary>Shrink from a failing seed with CsCheck; every failing input met on the way is saved (the smallest of each kind stays).</summary>
    private static string Shrink(FuzzProperty property, FuzzSettings settings, string seed)
    {
        try
        {
            FuzzGenerators.Case.Sample(
                input =>
                {
                    try
                    {
                        property.Check(input);
                    }
                    catch (Exception ex)
                    {
                        Save(settings.Failures, KindOf(ex), input, ex);
                        throw;
                    }
                },
                seed: seed,
                time: settings.ShrinkSeconds,
                threads: Math.Max(1, settings.Threads),
                print: c => c.ToString());
            return "the failure did not come back when shrinking (not deterministic?)";
        }
        catch (CsCheckException ex)
        {
            return ex.Message;
        }
    }

    public static string KindOf(Exception ex) => ex is FuzzFailure f ? f.Kind
        : ex.GetType().Name + "-" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ex.StackTrace?.Split('\n').FirstOrDefault() ?? string.Empty)))[..8];

    /// <summary>Keep the smallest failing input of each kind (KIND.md or KIND.txt, with KIND.md.txt holding the exception).</summary>
    private static void Save(string? folder, string kind, FuzzCase input, Exception ex)
    {
        if (folder is null)
        {
            return;
        }

        var file = Path.Combine(folder, kind + Path.GetExtension(input.Name));
        lock (SaveLock)
        {
            Directory.CreateDirectory(folder);
            if (!File.Exists(file) || new FileInfo(file).Length > input.Bytes.Length)
            {
                File.WriteAllBytes(file, input.Bytes);
                File.WriteAllText(file + ".txt", $"{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}\n");
            }
        }
    }
}

/// <summary>This thread's CPU time (Linux; wall time elsewhere), so that a loaded machine does not make inputs look slow.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
#pragma warning disable SYSLIB1054, CA5392
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054, CA5392

    public static long Milliseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0
            ? (t.Seconds * 1000) + (t.Nanoseconds / 1_000_000)
            : Environment.TickCount64;
}
