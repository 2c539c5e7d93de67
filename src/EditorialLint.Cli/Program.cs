using EditorialLint.Cli;

var exit = CliApp.Run(args, Console.Out, Console.Error);

// Diagnostics for the plugin cache test and for anyone measuring start-up: which assemblies this run loaded.
if (Environment.GetEnvironmentVariable("EDITORIAL_LINT_TRACE_ASSEMBLIES") == "1")
{
    foreach (var a in AppDomain.CurrentDomain.GetAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal))
    {
        Console.Error.WriteLine("loaded: " + a);
    }
}

return exit;
