using System.Collections.Immutable;
using System.CommandLine;
using EditorialLint.RuleHost;
using EditorialLint.RuleHost.Isolation;

namespace EditorialLint.Cli;

/// <summary>
/// Plugin isolation for the CLI: the hidden <c>editorial-lint plugin-worker FOLDER</c> command (the worker process the
/// host starts for a rules folder) and the choice, per run, between worker processes (the default) and the
/// in-process path (<c>EDITORIAL_LINT_PLUGIN_ISOLATION=none</c>).
/// </summary>
internal static class PluginWorkerCommand
{
    /// <summary>The environment variable that chooses the isolation: <c>process</c> (default) or <c>none</c>.</summary>
    public const string IsolationVariable = "EDITORIAL_LINT_PLUGIN_ISOLATION";

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The rules folder (already compiled into the cache by the host)." };
        var allow = new Option<bool>("--allow-plugin-apis");
        var command = new Command("plugin-worker", "Internal: runs plugin rules for a lint run over standard input and output.") { folder, allow };
        command.Hidden = true;
        command.SetAction(parse => Serve(parse.GetValue(folder)!, parse.GetValue(allow)));
        return command;
    }

    private static int Serve(string folder, bool allowBannedApis)
    {
        // The protocol owns the real standard output; anything a rule writes to the console goes to standard error,
        // and nothing a rule reads can take the host's requests.
        var protocolOut = Console.OpenStandardOutput();
        var protocolIn = Console.OpenStandardInput();
        Console.SetOut(Console.Error);
        Console.SetIn(TextReader.Null);
        var spelling = new SpellingSetup();
        return PluginWorkerServer.Run(folder, allowBannedApis, protocolIn, protocolOut, c => spelling.For(c).Checker);
    }

    /// <summary>True unless <c>EDITORIAL_LINT_PLUGIN_ISOLATION=none</c>.</summary>
    public static bool UseWorkers =>
        !string.Equals(Environment.GetEnvironmentVariable(IsolationVariable), "none", StringComparison.OrdinalIgnoreCase);

    /// <summary>Load a rules folder the way this run isolates plugins; the second value lists rules whose Initialize failed.</summary>
    public static (PluginLoadResult Loaded, ImmutableArray<string> InitializeErrors) Load(string folder, bool allowBannedApis)
    {
        if (!UseWorkers)
        {
            return (RuleCompiler.Load(folder, allowBannedApis: allowBannedApis), []);
        }

        var result = IsolatedPlugins.Load(folder, allowBannedApis, Self(), Math.Clamp(Environment.ProcessorCount, 1, 4));
        return (result.Loaded, result.InitializeErrors);
    }

    /// <summary>
    /// How to start this program again: the apphost when we run as one (an installed tool, bin/.../editorial-lint),
    /// else the dotnet host with this assembly (tests run the CLI inside the test host).
    /// </summary>
    internal static WorkerLaunch Self()
    {
        var dll = typeof(PluginWorkerCommand).Assembly.Location;
        var process = Environment.ProcessPath ?? "dotnet";
        var name = Path.GetFileNameWithoutExtension(process);
        if (name.Equals("editorial-lint", StringComparison.Ordinal))
        {
            return new WorkerLaunch(process, []);
        }

        var host = name.Equals("dotnet", StringComparison.Ordinal) ? process : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h ? h : "dotnet";
        return new WorkerLaunch(host, [dll]);
    }
}
