using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Text;
using EditorialLint.Rules;

namespace EditorialLint.Cli.Tests.Fuzz;

/// <summary>
/// The fuzz property (issue 17), for one generated draft: the engine does not crash (no exception, no EL9010); one
/// <c>--fix</c> (every fix, safe or needing review) reaches a fixed point, its text can be written back in the draft's
/// encoding, and a second run on those bytes finds nothing more to fix; every reporter gives valid output
/// (<see cref="FuzzReporters"/>). In strict mode (<c>FUZZ_STRICT=1</c>, bench/fuzz.sh) fixes that undo each other fail
/// too. The registry, configuration, spell checkers and session are built once and shared by every worker thread
/// (the session is thread-safe: the CLI lints drafts in parallel with one session).
/// </summary>
internal sealed class FuzzProperty
{
    private static readonly Lazy<FuzzProperty> Instance = new(() => new FuzzProperty(Environment.GetEnvironmentVariable("FUZZ_STRICT") == "1"));

    private readonly string _folder;
    private readonly LintSession _session;
    private readonly FuzzReporters _reporters;
    private readonly bool _strict;

    private FuzzProperty(bool strict)
    {
        _strict = strict;
        _folder = Directory.CreateTempSubdirectory("el-fuzz-").FullName;
        // EL4001's suggestions are slow on long unknown words: off unless FUZZ_SPELLING=1, so that a run covers many
        // inputs. Every other rule runs, the opt-in layout rules (EL2010, EL2011) too: their fixes are the ones most
        // likely to fight others.
        var spellingOff = Environment.GetEnvironmentVariable("FUZZ_SPELLING") == "1" ? string.Empty : "dotnet_diagnostic.EL4001.severity = none\n";
        File.WriteAllText(Path.Combine(_folder, ".editorconfig"), "root = true\n[*]\ndotnet_diagnostic.EL2010.severity = suggestion\ndotnet_diagnostic.EL2011.severity = suggestion\n" + spellingOff);
        var registry = BuiltInRules.CreateRegistry();
        _session = new LintSession(registry, new LintSessionOptions { Configuration = new EditorialConfiguration(registry), SpellCheckers = new SpellingSetup() });
        _reporters = new FuzzReporters(registry);
    }

    /// <summary>The one property shared by the bounded test, bench/fuzz.sh and the regression tests.</summary>
    public static FuzzProperty Shared => Instance.Value;

    /// <summary>Check every property for <paramref name="input"/>; throws <see cref="FuzzFailure"/> (or the engine's exception). Returns whether it had fixes.</summary>
    public bool Check(FuzzCase input)
    {
        var path = Path.Combine(_folder, input.Name);
        var t = Timings.Start();
        var result = _session.Lint(new DocumentInput(path, () => input.Bytes));
        Timings.Stop("fuzz: lint", t);
        ThrowIfCrashed(result, "crash");

        t = Timings.Start();
        _reporters.Check(result);
        Timings.Stop("fuzz: reporters (all)", t);

        if (result.Document is not { } document || !result.Diagnostics.Any(FixEngine.AnyFix))
        {
            return false;
        }

        t = Timings.Start();
        var outcome = _session.Fix(result, FixEngine.AnyFix);
        Timings.Stop("fuzz: fix, all rounds", t);
        // Fixes that undo each other are settled deterministically (so --fix stays idempotent), but they are two rules
        // in conflict: bench/fuzz.sh (FUZZ_STRICT=1) reports them; the bounded run checks idempotence only.
        if (!outcome.Settled && _strict)
        {
            throw new FuzzFailure("fix-not-settled", $"fixes undo each other or do not settle in {FixEngine.MaxRounds} rounds");
        }

        // A second run, as a user's second `lint --fix`: the bytes --fix writes (same encoding, BOM and line endings),
        // read, decoded, parsed and linted again; nothing more may be fixed.
        t = Timings.Start();
        var written = StrictDecoder.Encode(outcome.Text, document.Encoding);
        var second = _session.Lint(new DocumentInput(path, () => written));
        Timings.Stop("fuzz: second run, lint", t);
        ThrowIfCrashed(second, "crash-after-fix");
        if (second.Document is null)
        {
            throw new FuzzFailure("fix-unreadable", "the fixed text, written back, cannot be read again");
        }

        t = Timings.Start();
        var again = _session.Fix(second, FixEngine.AnyFix);
        Timings.Stop("fuzz: second run, fix", t);
        if (!string.Equals(outcome.Text, again.Text, StringComparison.Ordinal))
        {
            throw new FuzzFailure("fix-not-idempotent", $"a second --fix applied {again.Applied} more fixes");
        }

        return true;
    }

    private static void ThrowIfCrashed(DocumentResult result, string kind)
    {
        if (result.Diagnostics.FirstOrDefault(d => d.Id == "EL9010") is { } failure)
        {
            throw new FuzzFailure(kind, failure.Message);
        }
    }
}

/// <summary>A property that did not hold, with its kind (the name under which bench/fuzz.sh saves the input).</summary>
public sealed class FuzzFailure(string kind, string message) : Exception($"{kind}: {message}")
{
    /// <summary>The kind of failure: crash, crash-after-fix, fix-not-idempotent, fix-not-settled, reporter-*.</summary>
    public string Kind { get; } = kind;

    /// <summary>The tally a failure of <paramref name="kind"/> counts under in the summary.</summary>
    public static string Category(string kind) =>
        kind.StartsWith("reporter-", StringComparison.Ordinal) ? "reporter_failures"
        : kind is "fix-not-idempotent" or "fix-unreadable" ? "non_idempotent_fixes"
        : kind is "fix-not-settled" ? "fix_cycles"
        : "crashes";
}
