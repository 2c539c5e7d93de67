using System.Diagnostics;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Rules;
using EditorialLint.Rules;

namespace EditorialLint.RuleHost.Tests;

/// <summary>Run-time compilation of plugin rules: compile, errors, cache, isolation of failures, built-in parity.</summary>
public sealed class RuleHostTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "el-rh-" + Guid.NewGuid().ToString("N"));
    private readonly string _cache;

    public RuleHostTests()
    {
        Directory.CreateDirectory(_dir);
        _cache = Path.Combine(_dir, "cache");
        Environment.SetEnvironmentVariable("EDITORIAL_LINT_CACHE", _cache);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
        }
    }


    private string WriteRule(string folder, string file, string body)
    {
        var path = Path.Combine(_dir, folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, body);
        return Path.Combine(_dir, folder);
    }

    private static string RuleSource(string id, string analyze) => $$"""
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Text;
        using EditorialLint.Core.Rules;
        public sealed class R{{id}} : EditorialRule
        {
            public static readonly DiagnosticDescriptor D = new("{{id}}", "Test rule {{id}}", "found", "Custom", DiagnosticSeverity.Warning, true);
            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [D];
            public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c => { {{analyze}} });
        }
        """;

    [Fact]
    public void Compiles_loads_and_runs_a_rule_and_caches_it()
    {
        var folder = WriteRule("a", "R.cs", RuleSource("EL6100", "c.Report(D, new TextSpan(0, 1), null);"));
        var first = RuleCompiler.Load(folder);
        Assert.True(first.Success, string.Join("\n", first.Errors));
        Assert.False(first.FromCache);
        var rule = Assert.Single(first.Rules);
        Assert.Equal("EL6100", rule.SupportedDiagnostics[0].Id);
        Assert.NotEmpty(Directory.GetFiles(_cache, "*.dll"));

        var second = RuleCompiler.Load(folder);
        Assert.True(second.FromCache);

        // Changing a source invalidates the cache.
        File.AppendAllText(Path.Combine(folder, "R.cs"), "\n// changed\n");
        Assert.False(RuleCompiler.Load(folder).FromCache);
    }

    [Fact]
    public void Compile_errors_are_EL9001_at_the_place_in_the_file()
    {
        var folder = WriteRule("b", "Broken.cs", "public class X { void M() { int y = \"no\"; } }\n");
        var result = RuleCompiler.Load(folder);
        var error = Assert.Single(result.Errors);
        Assert.Equal("EL9001", error.Id);
        var span = error.Location.GetLineSpan();
        Assert.EndsWith("Broken.cs", span.Path, StringComparison.Ordinal);
        Assert.Equal(0, span.StartLinePosition.Line);
        Assert.Contains("CS0029", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private DocumentResult RunPlugin(string id, string analyze, int timeoutMs = 5000)
    {
        var folder = WriteRule(id, "R.cs", RuleSource(id, analyze));
        var loaded = RuleCompiler.Load(folder);
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        var registry = new RuleRegistry();
        Assert.True(registry.Add(loaded.Rules[0], folder, userRule: true), string.Join("\n", registry.Errors));
        var driver = new AnalysisDriver(registry) { PluginRuleTimeout = TimeSpan.FromMilliseconds(timeoutMs) };
        return driver.Analyze(DocumentParser.Parse("d.md", "# T\n\nText.\n"), DocumentConfiguration.ForTests(RuleOptions.Empty));
    }

    [Fact]
    public void A_throwing_rule_becomes_EL9002_and_the_run_goes_on()
    {
        var result = RunPlugin("EL6101", "throw new InvalidOperationException(\"boom\");");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("EL9002", d.Id);
        Assert.Contains("boom", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_rule_is_stopped_and_reported_EL9006()
    {
        var watch = Stopwatch.StartNew();
        // Ignores its token and spins for 4 s (bounded, so the abandoned thread does not slow the other tests forever).
        var result = RunPlugin("EL6102", "var w = System.Diagnostics.Stopwatch.StartNew(); while (w.ElapsedMilliseconds < 4000) { System.Threading.Thread.SpinWait(1000); }", timeoutMs: 500);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3.5), "the run waited for the runaway rule");
        Assert.Equal("EL9006", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Ids_outside_the_user_range_or_clashing_are_refused()
    {
        var folder = WriteRule("c", "R.cs", RuleSource("EL1001", string.Empty));
        var loaded = RuleCompiler.Load(folder);
        var registry = BuiltInRules.CreateRegistry();
        Assert.False(registry.Add(loaded.Rules[0], folder, userRule: true));
        Assert.Contains(registry.Errors, e => e.Contains("EL6000-EL8999", StringComparison.Ordinal));
    }

    [Fact]
    public void Built_in_rules_compiled_by_the_host_give_the_same_findings_as_the_static_build()
    {
        var source = Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "rules");
        var copy = Path.Combine(_dir, "builtins");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var loaded = RuleCompiler.Load(copy);
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        var hosted = new RuleRegistry();
        foreach (var r in loaded.Rules)
        {
            Assert.True(hosted.Add(r, "hosted"), string.Join("\n", hosted.Errors));
        }

        var builtIn = BuiltInRules.CreateRegistry();
        Assert.Equal(builtIn.Rules.Count, hosted.Rules.Count);
        var config = DocumentConfiguration.ForTests(RuleOptions.Empty);
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "samples")).Where(DocumentParser.IsSupported))
        {
            var bytes = File.ReadAllBytes(sample);
            static string Describe(DocumentResult r) => string.Join("\n", r.Diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.Message}"));
            var a = new AnalysisDriver(builtIn, null, _ => null).AnalyzeBytes(sample, bytes);
            var b = new AnalysisDriver(hosted, null, _ => null).AnalyzeBytes(sample, bytes);
            Assert.Equal(Describe(a), Describe(b));
            Assert.NotEmpty(a.Diagnostics.Where(d => !d.Id.StartsWith("EL9", StringComparison.Ordinal)).Take(1).DefaultIfEmpty());
        }
    }

    /// <summary>A warm run (cache hit) must not load the C# compiler: checked in a fresh process.</summary>
    [Fact]
    public void Warm_start_does_not_load_the_compiler()
    {
        var folder = WriteRule("w", "R.cs", RuleSource("EL6103", string.Empty));
        var cli = Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll");
        var draft = Path.Combine(_dir, "d.md");
        File.WriteAllText(draft, "# T\n\nText.\n");
        File.WriteAllText(Path.Combine(_dir, ".editorconfig"), "root = true\n");
        string Run()
        {
            var psi = new ProcessStartInfo("dotnet", $"\"{cli}\" lint \"{draft}\" --rules \"{folder}\" -q") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = _dir };
            psi.Environment["EDITORIAL_LINT_CACHE"] = _cache;
            psi.Environment["EDITORIAL_LINT_TRACE_ASSEMBLIES"] = "1";
            using var p = Process.Start(psi)!;
            var err = p.StandardError.ReadToEnd();
            p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return err;
        }

        Assert.Contains("Microsoft.CodeAnalysis.CSharp", Run(), StringComparison.Ordinal); // cold: compiled
        Assert.DoesNotContain("Microsoft.CodeAnalysis.CSharp,", Run(), StringComparison.Ordinal); // warm: cache only
    }
}
