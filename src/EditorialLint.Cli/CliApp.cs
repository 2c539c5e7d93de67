using System.CommandLine;
using System.Reflection;

namespace EditorialLint.Cli;

/// <summary>The <c>editorial-lint</c> command line.</summary>
public static class CliApp
{
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.1.0";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Console.OpenStandardInput);

    /// <summary>Run with standard input supplied by <paramref name="stdin"/> (read only when a path is <c>-</c>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        PackData.Install();
        var root = new RootCommand(
            "EditorialLint checks commentary drafts (Markdown and plain text) for broken footnotes, heading structure, " +
            "garbled characters, spelling and house style, and reports findings the way a compiler does.");

        root.Add(LintCommand.Create(stdout, stderr, stdin));
        root.Add(ConfigCommand.Create(stdout));
        root.Add(RulesCommands.CreateRules(stdout));
        root.Add(RulesCommands.CreateExplain(stdout, stderr));
        root.Add(AuthoringCommands.CreateNewRule(stdout, stderr));
        root.Add(AuthoringCommands.CreateTestRules(stdout, stderr));
        root.Add(PacksCommand.Create(stdout, stderr));
        root.Add(TrustCommand.Create(stdout, stderr));
        root.Add(PluginWorkerCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"editorial-lint: {error.Message}");
            }

            stderr.WriteLine("Run 'editorial-lint --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"editorial-lint: {ex.Message}");
            return ExitCodes.Usage;
        }
    }
}

/// <summary>A problem with how the tool was called (exit code 2).</summary>
public sealed class CliUsageException(string message) : Exception(message);
