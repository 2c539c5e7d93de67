using System.CommandLine;
using EditorialLint.Cli.Reporting;

namespace EditorialLint.Cli;

/// <summary><c>editorial-lint trust [FOLDER]</c>: let the rules folder an .editorconfig names be compiled and run.</summary>
internal static class TrustCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "The rules folder to trust, or a folder whose .editorconfig names one (editorial_lint.rules_path). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command(
            "trust",
            "Trust a folder of custom rules (C# code that runs with your rights) as it is now, so that an .editorconfig naming it " +
            "makes 'lint' compile and run it. A later change to its *.cs files needs a new 'trust'.") { folder };
        command.SetAction(parse => Run(parse.GetValue(folder), stdout, stderr));
        return command;
    }

    internal static int Run(string? folder, TextWriter stdout, TextWriter stderr)
    {
        var given = string.IsNullOrEmpty(folder) ? Environment.CurrentDirectory : folder;
        if (!Directory.Exists(given))
        {
            stderr.WriteLine($"editorial-lint: folder not found: {Sanitizer.Path(given)}");
            return ExitCodes.Usage;
        }

        // A folder whose .editorconfig names a rules folder means that rules folder; else the folder itself.
        var target = given;
        var named = RuleSetup.RulesPathFromEditorConfig(Rules.BuiltInRules.CreateRegistry(), Path.GetFullPath(given));
        if (named is not null && Directory.Exists(named) && !Path.GetFullPath(named).Equals(Path.GetFullPath(given), StringComparison.Ordinal) &&
            !Directory.EnumerateFiles(given, "*.cs", SearchOption.TopDirectoryOnly).Any())
        {
            target = named;
        }
        else if (!Directory.EnumerateFiles(given, "*.cs", SearchOption.AllDirectories).Any())
        {
            stderr.WriteLine($"editorial-lint: {Sanitizer.Path(given)} holds no rule files (*.cs) and its .editorconfig names no rules folder");
            return ExitCodes.Usage;
        }

        var files = Directory.EnumerateFiles(target, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        try
        {
            var hash = TrustStore.Trust(target);
            stdout.WriteLine($"Trusted {Sanitizer.Path(Path.GetFullPath(target))} ({files.Count} rule file{(files.Count == 1 ? string.Empty : "s")}, sha256 {hash[..12]}…) in {Sanitizer.Path(TrustStore.FilePath)}.");
            foreach (var f in files)
            {
                stdout.WriteLine($"  {Sanitizer.Path(Path.GetRelativePath(target, f))}");
            }

            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"editorial-lint: cannot record the trust in {Sanitizer.Path(TrustStore.FilePath)}: {ex.Message}");
            return ExitCodes.Usage;
        }
    }
}
