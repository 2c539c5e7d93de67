using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.RuleHost.Isolation;

/// <summary>
/// Loads a rules folder for running in worker processes: compiled here (Roslyn only: no plugin code runs in the
/// host), then created, initialised and run in workers; the host gets a proxy per plugin rule.
/// </summary>
public static class IsolatedPlugins
{
    /// <summary>
    /// Compile <paramref name="folder"/>, start its workers and return a proxy per rule. Compile errors and rules that
    /// could not be created are EL9001 (no rule runs, as in-process); rules whose Initialize failed are in
    /// <see cref="Result.InitializeErrors"/> (EL9008 in the host); a worker that cannot start is an EL9001 too.
    /// </summary>
    public static Result Load(string folder, bool allowBannedApis, WorkerLaunch launch, int parallelism)
    {
        var built = RuleCompiler.Build(folder, allowBannedApis: allowBannedApis);
        if (built.Image is null)
        {
            return new Result(new PluginLoadResult(built.Folder, [], built.Errors, false, null), [], null);
        }

        PluginWorkerPool pool;
        try
        {
            pool = PluginWorkerPool.Start(launch, built.Folder, allowBannedApis, parallelism);
        }
        catch (WorkerFaultException ex)
        {
            return new Result(new PluginLoadResult(built.Folder, [], [Error(ex.Message)], built.FromCache, null), [], null);
        }

        var hello = pool.Hello;
        if (hello.CreationErrors.Length > 0)
        {
            pool.Dispose();
            return new Result(new PluginLoadResult(built.Folder, [], [.. hello.CreationErrors.Select(Error)], built.FromCache, null), [], null);
        }

        var module = ProxyTypes.NewModule();
        var rules = ImmutableArray.CreateBuilder<EditorialRule>(hello.Rules.Length);
        for (var i = 0; i < hello.Rules.Length; i++)
        {
            var proxy = ProxyTypes.Create(module, i, hello.Rules[i].Name);
            proxy.Attach(pool, hello.Rules[i]);
            rules.Add(proxy);
        }

        return new Result(new PluginLoadResult(built.Folder, rules.ToImmutable(), [], built.FromCache, null), [.. hello.InitializeErrors], pool);
    }

    /// <summary>An EL9001 with a message the worker already finished.</summary>
    private static Diagnostic Error(string message) =>
        Diagnostic.Create(EngineDiagnostics.RuleCompileError.Id, EngineDiagnostics.RuleCompileError.Category, message, DiagnosticSeverity.Error, DiagnosticSeverity.Error,
            isEnabledByDefault: true, warningLevel: 0, title: EngineDiagnostics.RuleCompileError.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
            helpLink: EngineDiagnostics.RuleCompileError.HelpLinkUri, location: Location.None);

    /// <summary>The load result, the Initialize failures, and the workers (null when none run).</summary>
    public sealed record Result(PluginLoadResult Loaded, ImmutableArray<string> InitializeErrors, PluginWorkerPool? Workers);
}
