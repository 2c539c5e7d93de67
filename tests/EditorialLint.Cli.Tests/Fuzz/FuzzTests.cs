using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;
using EditorialLint.Cli.Reporting;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Text;
using EditorialLint.Rules;

namespace EditorialLint.Cli.Tests.Fuzz;

/// <summary>
/// The fuzz suite (issue 17). Properties, for every generated draft: the engine does not crash (no exception, no
/// EL9010); one <c>--fix</c> reaches a fixed point and fixing its result again changes nothing; every reporter gives
/// valid output (JSON and SARIF parse and count the findings, msbuild and github give one clean line per finding,
/// pretty has no control characters). The test suite runs it for a bounded time; <c>bench/fuzz.sh</c> runs it long,
/// strict (FUZZ_STRICT=1: fixes that undo each other fail too),
/// (FUZZ_ITERATIONS, FUZZ_SECONDS, FUZZ_SEED) and saves the smallest failing input of each kind to FUZZ_FAILURES.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly Lazy<Engine> Shared = new(() => new Engine());

    private sealed class Engine
    {
        public Engine()
        {
            Folder = Directory.CreateTempSubdirectory("el-fuzz-").FullName;
            // EL4001's suggestions are slow on long unknown words (being capped in another change): off unless
            // FUZZ_SPELLING=1, so that a bounded run covers many inputs. Every other rule runs.
            var spellingOff = Environment.GetEnvironmentVariable("FUZZ_SPELLING") == "1" ? string.Empty : "dotnet_diagnostic.EL4001.severity = none\n";
            // The opt-in layout rules (EL2010, EL2011) run too: their fixes are the ones most likely to fight others.
            File.WriteAllText(Path.Combine(Folder, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.EL2010.severity = suggestion\ndotnet_diagnostic.EL2011.severity = suggestion\n" + spellingOff);
            Registry = BuiltInRules.CreateRegistry();
            Session = new LintSession(Registry, new LintSessionOptions { Configuration = new EditorialConfiguration(Registry), SpellCheckers = new SpellingSetup() });
        }

        public string Folder { get; }

        public Core.Rules.RuleRegistry Registry { get; }

        public LintSession Session { get; }
    }

    private static long _cases;
    private static long _fixed;

    [Fact]
    public void Generated_drafts_do_not_crash_fix_idempotently_and_report_validly()
    {
        var seconds = Setting("FUZZ_SECONDS", 40);
        var iterations = Setting("FUZZ_ITERATIONS", -1);
        var seed = Environment.GetEnvironmentVariable("FUZZ_SEED");
        var before = Interlocked.Read(ref _cases);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        FuzzGenerators.Case.Sample(
            Property,
            writeLine: output.WriteLine,
            seed: string.IsNullOrEmpty(seed) ? null : seed,
            iter: iterations,
            time: iterations > 0 ? -1 : seconds,
            print: c => c.ToString());

        var ran = Interlocked.Read(ref _cases) - before;
        var summary = string.Create(CultureInfo.InvariantCulture, $"fuzz: {ran} inputs ({Interlocked.Read(ref _fixed)} with fixes) in {clock.Elapsed.TotalSeconds:F0} s: 0 crashes, 0 non-idempotent fixes, 0 reporter failures");
        output.WriteLine(summary);
        if (Environment.GetEnvironmentVariable("FUZZ_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(report, summary + "\n");
        }

        Assert.True(ran > 0);
    }

    [Fact]
    public void Property_holds_for_the_reliability_repros()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "tests", "EditorialLint.Cli.Tests", "Repros"), "*.md"))
        {
            Property(new FuzzCase("draft.md", File.ReadAllBytes(file)));
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    /// <summary>All three properties for one input; a failure is saved (when FUZZ_FAILURES is set) and rethrown.</summary>
    internal static void Property(FuzzCase input)
    {
        Interlocked.Increment(ref _cases);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            Check(input);
            if (Environment.GetEnvironmentVariable("FUZZ_SLOW") is { Length: > 0 } slow && clock.ElapsedMilliseconds > Setting("FUZZ_SLOW_MS", 2000))
            {
                Directory.CreateDirectory(slow);
                File.WriteAllBytes(Path.Combine(slow, string.Create(CultureInfo.InvariantCulture, $"slow-{clock.ElapsedMilliseconds}ms-{input.Bytes.Length}b{Path.GetExtension(input.Name)}")), input.Bytes);
            }

            if (Environment.GetEnvironmentVariable("FUZZ_TRACE") is { Length: > 0 } trace)
            {
                lock (Shared)
                {
                    File.AppendAllText(trace, string.Create(CultureInfo.InvariantCulture, $"{clock.ElapsedMilliseconds,7} ms {input.Bytes.Length,8} bytes {input.Name}\n"));
                }
            }
        }
        catch (Exception ex)
        {
            Save(input, ex);
            throw;
        }
    }

    private static void Check(FuzzCase input)
    {
        var engine = Shared.Value;
        var path = Path.Combine(engine.Folder, input.Name);
        var result = engine.Session.Lint(new DocumentInput(path, () => input.Bytes));
        if (result.Diagnostics.FirstOrDefault(d => d.Id == "EL9010") is { } failure)
        {
            throw new FuzzFailure("crash", failure.Message);
        }

        CheckReporters(engine, result);

        if (result.Document is { } document && result.Diagnostics.Any(d => d.Fix is not null))
        {
            Interlocked.Increment(ref _fixed);
            // Every fix, safe or needing review (--unsafe-fixes), must reach a fixed point.
            var (once, _, _, settled) = engine.Session.Fix(result, FixEngine.AnyFix);
            // Fixes that undo each other are settled deterministically (so --fix stays idempotent), but they are two
            // rules in conflict: bench/fuzz.sh (FUZZ_STRICT=1) reports them; the bounded run checks idempotence only.
            if (!settled && Environment.GetEnvironmentVariable("FUZZ_STRICT") == "1")
            {
                throw new FuzzFailure("fix-not-settled", $"fixes undo each other or do not settle in {FixEngine.MaxRounds} rounds");
            }

            _ = StrictDecoder.Encode(once, document.Encoding); // the fixed text can be written back in its encoding
            var again = DocumentParser.Parse(path, SourceText.From(once), document.Encoding, document.Kind);
            var secondResult = engine.Session.Lint(again);
            if (secondResult.Diagnostics.FirstOrDefault(d => d.Id == "EL9010") is { } failed)
            {
                throw new FuzzFailure("crash-after-fix", failed.Message);
            }

            var (twice, _, applied, _) = engine.Session.Fix(secondResult, FixEngine.AnyFix);
            if (!string.Equals(once, twice, StringComparison.Ordinal))
            {
                throw new FuzzFailure("fix-not-idempotent", $"a second --fix applied {applied} more fixes");
            }
        }
    }

    private static void CheckReporters(Engine engine, DocumentResult result)
    {
        var visible = LintReport.Visible(result).Count();
        string Render(IReporter reporter)
        {
            var report = new LintReport(engine.Registry, 1);
            report.Add(result);
            var w = new StringWriter();
            reporter.Begin(report, w);
            reporter.Write(report, result, w);
            reporter.End(report, w);
            return w.ToString();
        }

        using (var json = JsonDocument.Parse(Render(new JsonReporter())))
        {
            Expect(json.RootElement.GetProperty("files").GetInt32() == 1 && json.RootElement.GetProperty("diagnostics").GetArrayLength() == visible, "json", "wrong counts");
        }

        using (var sarif = JsonDocument.Parse(Render(new SarifReporter())))
        {
            Expect(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() == visible, "sarif", "wrong result count");
        }

        var msbuild = Lines(Render(new MsBuildReporter()));
        Expect(msbuild.Length == visible, "msbuild", $"{msbuild.Length} lines for {visible} findings");
        // GitHub shows at most 10 annotations per level: one line per annotation shown, then the summary.
        var github = Lines(Render(new GitHubReporter(null)));
        // (the rest as plain log lines, then a line saying so), then the summary.
        Expect(github.Length >= visible + 1 && github.Length <= visible + 2, "github", $"{github.Length} lines for {visible} findings and a summary");
        foreach (var text in new[] { string.Join('\n', msbuild), string.Join('\n', github), Render(new PrettyReporter(false, 100)) })
        {
            Expect(!text.Any(c => c != '\n' && Sanitizer.NeedsReplacing(c)), "control-character", "a control character reached the output");
        }
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');

    private static void Expect(bool condition, string kind, string message)
    {
        if (!condition)
        {
            throw new FuzzFailure("reporter-" + kind, message);
        }
    }

    /// <summary>Keep the smallest failing input of each kind: CsCheck shrinks, so the last one saved is near-minimal.</summary>
    private static void Save(FuzzCase input, Exception ex)
    {
        if (Environment.GetEnvironmentVariable("FUZZ_FAILURES") is not { Length: > 0 } folder)
        {
            return;
        }

        var kind = ex is FuzzFailure f ? f.Kind : ex.GetType().Name + "-" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ex.StackTrace?.Split('\n').FirstOrDefault() ?? string.Empty)))[..8];
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, kind + Path.GetExtension(input.Name));
        lock (Shared)
        {
            if (!File.Exists(file) || new FileInfo(file).Length > input.Bytes.Length)
            {
                File.WriteAllBytes(file, input.Bytes);
                File.WriteAllText(file + ".txt", $"{ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}\n");
            }
        }
    }
}

/// <summary>A property that did not hold, with its kind (the name under which bench/fuzz.sh saves the input).</summary>
public sealed class FuzzFailure(string kind, string message) : Exception($"{kind}: {message}")
{
    public string Kind { get; } = kind;
}
