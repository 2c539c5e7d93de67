using System.CommandLine;
using EditorialLint.Cli.Reporting;
using EditorialLint.RuleHost;

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

    private static void TrustOne(string target, TextWriter stdout)
    {
        var files = RuleCompiler.RuleFiles(target);
        var hash = TrustStore.Trust(target);
        stdout.WriteLine($"Trusted {Sanitizer.Path(Path.GetFullPath(target))} ({files.Count} rule file{(files.Count == 1 ? string.Empty : "s")}, sha256 {hash[..12]}…) in {Sanitizer.Path(TrustStore.FilePath)}.");
        foreach (var f in files)
        {
            stdout.WriteLine($"  {Sanitizer.Path(Path.GetRelativePath(Path.GetFullPath(target), f))}");
        }
    }

    internal static int Run(string? folder, TextWriter stdout, TextWriter stderr)
    {
        var given = string.IsNullOrEmpty(folder) ? Environment.CurrentDirectory : folder;
        if (!Directory.Exists(given))
        {
            stderr.WriteLine($"editorial-lint: folder not found: {Sanitizer.Path(given)}");
            return ExitCodes.Usage;
        }

        // A folder whose .editorconfig names a rules folder means that rules folder; else the folder itself. The rule
        // folders of the packs it names (editorial_lint.packs) are trusted with it.
        var registry = Rules.BuiltInRules.CreateRegistry();
        var named = RuleSetup.RulesPathFromEditorConfig(registry, Path.GetFullPath(given));
        var problems = new List<string>();
        var packs = Packs.RuleFolders(registry, Path.GetFullPath(given), problems).Select(p => p.Path).ToList();
        foreach (var p in problems)
        {
            stderr.WriteLine($"editorial-lint: {Sanitizer.Path(p)}");
        }

        var targets = new List<string>();
        if (named is not null && Directory.Exists(named) && !Path.GetFullPath(named).Equals(Path.GetFullPath(given), StringComparison.Ordinal) &&
            !Directory.EnumerateFiles(given, "*.cs", SearchOption.TopDirectoryOnly).Any())
        {
            targets.Add(named);
        }
        else if (RuleCompiler.RuleFiles(given).Count > 0)
        {
            targets.Add(given);
        }

        targets.AddRange(packs);
        if (targets.Count == 0)
        {
            stderr.WriteLine($"editorial-lint: {Sanitizer.Path(given)} holds no rule files (*.cs) and its .editorconfig names no rules folder or pack");
            return ExitCodes.Usage;
        }

        try
        {
            foreach (var t in targets)
            {
                TrustOne(t, stdout);
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
