using System.Globalization;
using EditorialLint.Core.Analysis;
using Xunit.Abstractions;

namespace EditorialLint.Cli.Tests.Fuzz;

/// <summary>
/// The fuzz suite (issue 17): the property of <see cref="FuzzProperty"/> over generated drafts
/// (<see cref="FuzzGenerators"/>). The test suite runs it for a bounded time (FUZZ_SECONDS, default 40);
/// <c>bench/fuzz.sh</c> runs it long and strict, in chunks (FUZZ_ITERATIONS, FUZZ_SEED, FUZZ_THREADS), and sums the
/// summary lines this test appends to FUZZ_REPORT. FUZZ_REPRO=SEED runs the one input of a CsCheck seed string again.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Generated_drafts_do_not_crash_fix_idempotently_and_report_validly()
    {
        var settings = FuzzSettings.FromEnvironment(defaultSeconds: 40);
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var tally = Environment.GetEnvironmentVariable("FUZZ_REPRO") is { Length: > 0 } repro
            ? FuzzRunner.Reproduce(repro, settings, output.WriteLine)
            : FuzzRunner.Run(settings, output.WriteLine);
        var summary = Summary(settings, tally, clock.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds);
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("FUZZ_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, summary + "\n");
        }

        if (Timings.Enabled)
        {
            output.WriteLine(Timings.Report());
            if (Environment.GetEnvironmentVariable("FUZZ_PROFILE") is { Length: > 0 } profile)
            {
                File.AppendAllText(profile, Timings.Report());
            }
        }

        Assert.True(tally.Inputs > 0);
        Assert.True(tally.Failures.IsEmpty, "failures: " + string.Join(", ", tally.Failures.Select(f => $"{f.Key} x{f.Value.Count} (seed {f.Value.Seed})")));
    }

    [Fact]
    public void Property_holds_for_the_reliability_repros()
    {
        var files = Directory.EnumerateFiles(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "tests", "EditorialLint.Cli.Tests", "Repros"), "*.md").ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            FuzzProperty.Shared.Check(new FuzzCase("draft.md", File.ReadAllBytes(file)));
        }
    }

    [Fact]
    public void A_run_is_reproducible_from_its_seed()
    {
        for (var i = 0L; i < 20; i++)
        {
            var (first, seed) = FuzzRunner.Generate(12345, i);
            var (again, sameSeed) = FuzzRunner.Generate(12345, i);
            Assert.Equal(seed, sameSeed);
            Assert.Equal(first.Name, again.Name);
            Assert.Equal(first.Bytes, again.Bytes);
            // CsCheck regenerates the same input from the seed string (what shrinking starts from).
            var pcg = CsCheck.PCG.Parse(seed);
            Assert.Equal(first.Bytes, FuzzGenerators.Case.Generate(pcg, null, out _).Bytes);
        }

        // Another seed, other inputs.
        Assert.NotEqual(
            Enumerable.Range(0, 5).SelectMany(i => FuzzRunner.Generate(12345, i).Input.Bytes).ToArray(),
            Enumerable.Range(0, 5).SelectMany(i => FuzzRunner.Generate(12346, i).Input.Bytes).ToArray());
    }

    /// <summary>One line of key=value pairs that bench/fuzz.sh sums over chunks.</summary>
    private static string Summary(FuzzSettings settings, FuzzTally tally, double seconds, double cpuSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"chunk seed={settings.Seed} threads={settings.Threads} inputs={tally.Inputs} fixes={tally.Fixed} crashes={tally.Count("crashes")} non_idempotent_fixes={tally.Count("non_idempotent_fixes")} fix_cycles={tally.Count("fix_cycles")} reporter_failures={tally.Count("reporter_failures")} slow={tally.Slow} seconds={seconds:F0} cpu_seconds={cpuSeconds:F0}")
        + string.Concat(tally.Failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $" failure:{f.Key}={f.Value.Count}:{f.Value.Seed}"));
}
