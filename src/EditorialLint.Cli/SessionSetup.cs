using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;

namespace EditorialLint.Cli;

/// <summary>
/// Builds the <see cref="LintSession"/> of a <c>lint</c> run: one configuration (options read while the rules are set
/// up, severities after), the dictionaries started early, the rule folders, and the problems found before the run.
/// </summary>
internal static class SessionSetup
{
    /// <summary>The session for <paramref name="inputs"/>, with <paramref name="inputProblems"/> and the rule folders' problems added to it.</summary>
    public static (LintSession Session, RuleSetup.Setup Setup) Create(LintCommand.LintOptions options, IReadOnlyList<DocumentInput> inputs, IReadOnlyList<string> inputProblems)
    {
        // One configuration for the run: its options (dictionaries, rule folders) are read while the rules are set up,
        // its severities once the registry is complete.
        Core.Rules.RuleRegistry? registry = null;
        var configuration = new EditorialConfiguration(() => registry ?? throw new InvalidOperationException("severities were asked for before the rules were set up"));

        // The dictionaries take about 80 ms to load: start on those the first draft's configuration names while the
        // rules are set up. The load is shared (SpellingSetup loads each list once); the first document waits for it.
        var spelling = new SpellingSetup();
        if (inputs.Count > 0)
        {
            var first = inputs[0].Path;
            _ = Task.Run(() =>
            {
                try
                {
                    spelling.For(configuration.GetOptionsForPath(first));
                }
                catch (Exception)
                {
                    // The document that needs these dictionaries meets the same failure and reports it.
                }
            });
        }

        var tsetup = Timings.Start();
        var setup = RuleSetup.Create(options.RulesDir, options.NoPlugins, Environment.CurrentDirectory, options.AllowPluginApis, configuration, inputs.Select(i => i.Path));
        Timings.Stop("cli: rule setup", tsetup);
        registry = setup.Registry;
        var session = new LintSession(registry, new LintSessionOptions
        {
            Configuration = configuration,
            SpellCheckers = spelling,
            OptionCatalog = OptionCatalog.For(registry),
            RuleFilter = setup.RuleFilter,
        });

        // Problems found before the run are diagnostics too, reported first: paths that name nothing, rule folders.
        foreach (var p in inputProblems)
        {
            var d = Diagnostic.Create(EngineDiagnostics.UnreadablePath, Location.None, p);
            session.AddRunProblems(new DocumentResult(PathOfProblem(p), null, [new EditorialDiagnostic(d, null)]));
        }

        foreach (var e in setup.PluginErrors)
        {
            session.AddRunProblems(e);
        }

        return (session, setup);
    }

    /// <summary>
    /// The path an input problem names ("path not found: X", "cannot read folder X: why", "cannot open X: why"), to
    /// report it at.
    /// </summary>
    private static string PathOfProblem(string problem)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["cannot read folder ", "cannot open "])
        {
            if (problem.StartsWith(prefix, StringComparison.Ordinal))
            {
                var end = problem.IndexOf(": ", prefix.Length, StringComparison.Ordinal);
                return end < 0 ? problem[prefix.Length..] : problem[prefix.Length..end];
            }
        }

        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? string.Empty : problem[(colon + 2)..];
    }
}
