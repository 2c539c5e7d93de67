using System.Text.RegularExpressions;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// Issue 18's "done when": the walk-through of docs/writing-rules.md (the no-code rules, then the C# rule built with
/// the SDK, tested with <c>test-rules</c>, a draft linted with all of them), performed exactly as the page shows it.
/// Every fenced block after a <c>&lt;!-- walkthrough: ... --&gt;</c> comment is a step, in page order: <c>write</c>
/// writes the block to the file its info string names (<c>file=PATH</c>), <c>run</c> runs its one command (<c>E ...</c>
/// through the CLI, <c>dotnet ...</c> with the real .NET SDK), and <c>output</c> is exactly what the command before it
/// printed. The page and the test cannot drift: the test has no file contents or commands of its own.
/// </summary>
public sealed partial class DocumentedWalkThroughTests
{
    private sealed record Step(string Kind, string Info, string Body, int Line);

    private static IReadOnlyList<Step> Steps()
    {
        var doc = File.ReadAllText(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "docs", "writing-rules.md")).ReplaceLineEndings("\n");
        return [.. Marked().Matches(doc).Select(m => new Step(
            m.Groups["kind"].Value,
            m.Groups["info"].Value.Trim(),
            Unindent(m.Groups["body"].Value, m.Groups["indent"].Value.Length),
            doc.AsSpan(0, m.Index).Count('\n') + 1))];
    }

    [SkippableFact]
    public void The_documented_walk_through_works_as_written()
    {
        var dotnet = ExternalTools.Need("dotnet", "the .NET SDK");
        var steps = Steps();
        // The walk-through the issue asks for: two rule files, the C# rule and its fixture, two drafts; new-rule, one
        // dotnet build, test-rules twice and lint twice, each of those but new-rule and the build with its output.
        Assert.Equal(6, steps.Count(s => s.Kind == "write"));
        Assert.Equal(6, steps.Count(s => s.Kind == "run"));
        Assert.Equal(4, steps.Count(s => s.Kind == "output"));
        Assert.Single(steps, s => s.Kind == "run" && s.Body.StartsWith("dotnet build", StringComparison.Ordinal));

        using var h = new CliHarness();
        h.Variables["EDITORIAL_LINT_CACHE"] = h.PathOf("cache");
        (int Exit, string Out, string Err)? last = null;
        foreach (var step in steps)
        {
            var where = $"docs/writing-rules.md line {step.Line}";
            switch (step.Kind)
            {
                case "write":
                    var file = FileName().Match(step.Info);
                    Assert.True(file.Success, $"{where}: a write step's block names its file (```lang file=PATH)");
                    h.Write(file.Groups[1].Value, step.Body);
                    break;
                case "run":
                    last = Run(h, dotnet, step.Body.Trim());
                    Assert.True(last.Value.Exit == 0, $"{where}: '{step.Body.Trim()}' exited {last.Value.Exit}\n{last.Value.Out}{last.Value.Err}");
                    break;
                case "output":
                    Assert.NotNull(last);
                    Assert.Equal(Lines(step.Body), Lines(last.Value.Out));
                    last = null;
                    break;
                default:
                    Assert.Fail($"{where}: unknown walk-through step '{step.Kind}'");
                    break;
            }
        }
    }

    private static (int Exit, string Out, string Err) Run(CliHarness h, string dotnet, string command)
    {
        var words = Words(command);
        if (words[0] == "E")
        {
            return h.Run([.. words.Skip(1)]);
        }

        Assert.Equal("dotnet", words[0]);
        var built = ExternalTools.Run(dotnet, [.. words.Skip(1)], h.Directory, RuleSdkTests.DotnetEnv);
        // "Build succeeded and no warnings", as the page says.
        Assert.Contains("0 Warning(s)", built.Out, StringComparison.Ordinal);
        return built;
    }

    /// <summary>A command line as a shell splits it: words, and double-quoted strings as one word.</summary>
    private static List<string> Words(string command) =>
        [.. Word().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value)];

    private static string[] Lines(string text) =>
        [.. text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd())];

    private static string Unindent(string body, int indent) =>
        string.Concat(body.Split('\n').Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n"));

    [GeneratedRegex(@"^(?<indent> *)<!-- walkthrough: (?<kind>[a-z]+) -->\n\k<indent>```(?<info>[^\n]*)\n(?<body>.*?)\n\k<indent>```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Marked();

    [GeneratedRegex(@"(?:^|\s)file=(\S+)")]
    private static partial Regex FileName();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Word();
}
