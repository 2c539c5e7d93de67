using System.Text.RegularExpressions;
using EditorialLint.Cli;

namespace EditorialLint.DataRules.Tests;

/// <summary>
/// The no-code walk-through of docs/writing-rules.md, performed as written: the files its blocks name
/// (<c>```yaml file=rules/...</c>) are written, each command it shows (<c>E ...</c>) is run through the CLI, and every
/// line of the output shown after it must be printed. Then the .editorconfig route with trust, explain and rules.
/// </summary>
public sealed partial class WalkThroughTests : IDisposable
{
    private static readonly object CwdLock = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("el-walk-").FullName;

    public WalkThroughTests() => File.WriteAllText(Path.Combine(_dir, ".editorconfig"), "root = true\n");

    public void Dispose() => Directory.Delete(_dir, true);

    private static string NoCodeSection()
    {
        var doc = File.ReadAllText(Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "docs", "writing-rules.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf("## The no-code route", StringComparison.Ordinal);
        var end = doc.IndexOf("## The C# route", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/writing-rules.md leads with the no-code route, then the C# route");
        return doc[start..end];
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        lock (CwdLock)
        {
            var saved = Environment.CurrentDirectory;
            var savedTrust = Environment.GetEnvironmentVariable("EDITORIAL_LINT_TRUST_FILE");
            try
            {
                Environment.CurrentDirectory = _dir;
                Environment.SetEnvironmentVariable("EDITORIAL_LINT_TRUST_FILE", Path.Combine(_dir, "trusted.txt"));
                var o = new StringWriter();
                var e = new StringWriter();
                return (CliApp.Run(args, o, e), o.ToString(), e.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = saved;
                Environment.SetEnvironmentVariable("EDITORIAL_LINT_TRUST_FILE", savedTrust);
            }
        }
    }

    [Fact]
    public void The_documented_no_code_walk_through_works_as_written()
    {
        var section = NoCodeSection();
        var blocks = Block().Matches(section).Select(m => (Info: m.Groups["info"].Value, Body: Unindent(m.Groups["body"].Value, m.Groups["indent"].Value.Length))).ToList();

        // Write the files the walk-through creates.
        var files = blocks.Where(b => b.Info.Contains("file=", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, files.Count);
        foreach (var (info, body) in files)
        {
            var path = Path.Combine(_dir, info[(info.IndexOf("file=", StringComparison.Ordinal) + 5)..].Trim());
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, body);
        }

        // Run each command shown, and compare with the output shown right after it.
        var checkedCommands = 0;
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Info != "sh" || blocks[i + 1].Info != "text")
            {
                continue;
            }

            var command = blocks[i].Body.Trim();
            Assert.StartsWith("E ", command, StringComparison.Ordinal);
            var (exit, output, error) = Run(command[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(exit == 0, $"{command} exited {exit}: {error}");
            foreach (var line in blocks[i + 1].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(line.TrimEnd(), output, StringComparison.Ordinal);
            }

            checkedCommands++;
        }

        Assert.Equal(2, checkedCommands); // test-rules and lint

        // The review fixes apply with --unsafe-fixes.
        Assert.Equal(0, Run("lint", "drafts", "--rules", "rules", "--fix", "--unsafe-fixes").Exit);
        var fixedDraft = File.ReadAllText(Path.Combine(_dir, "drafts", "visit.md"));
        Assert.Contains("# Talks in Kharkiv", fixedDraft, StringComparison.Ordinal);
        Assert.Contains("move toward a settlement, although support fell 2 per cent.", fixedDraft, StringComparison.Ordinal);

        // explain and rules read the rule file's own page and declared fix.
        var explained = Run("explain", "place-names", "--rules", "rules");
        Assert.Contains("# EL6101: Place names", explained.Out, StringComparison.Ordinal);
        Assert.Contains("The house writes the current names of places.", explained.Out, StringComparison.Ordinal);
        Assert.Contains("| Kharkov | Kharkiv |", explained.Out, StringComparison.Ordinal);
        var listed = Run("rules", "--rules", "rules").Out.Split('\n');
        Assert.Matches(@"^EL6101\s+place-names\s+Custom\s+warning\s+review\s+Place names", listed.Single(l => l.StartsWith("EL6101", StringComparison.Ordinal)));
        Assert.Matches(@"^EL6102\s+forms-mixed-in-one-draft\s+Custom\s+warning\s+review", listed.Single(l => l.StartsWith("EL6102", StringComparison.Ordinal)));

        // Step 5: the .editorconfig shown, under the same trust rule as C# rules.
        File.WriteAllText(Path.Combine(_dir, "drafts", "visit.md"), "# Talks in Kharkov\n\nText.\n");
        var ini = blocks.Single(b => b.Info == "ini").Body;
        File.WriteAllText(Path.Combine(_dir, ".editorconfig"), "root = true\n" + ini);
        var untrusted = Run("lint", "drafts", "--format", "msbuild");
        Assert.Contains("warning EL9011", untrusted.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("EL6101:", untrusted.Out, StringComparison.Ordinal);
        Assert.Equal(0, Run("trust").Exit);
        var trusted = Run("lint", "drafts", "--format", "msbuild");
        Assert.Contains("drafts/visit.md(1,12,1,19): error EL6101: House style is 'Kharkiv', not 'Kharkov'", trusted.Out, StringComparison.Ordinal);

        // A changed rule file needs a new trust.
        File.AppendAllText(Path.Combine(_dir, "rules", "EL6101PlaceNames.yaml"), "# edited\n");
        Assert.Contains("has changed since you trusted it", Run("lint", "drafts", "--format", "msbuild").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_rule_file_is_reported_at_its_line_and_the_run_goes_on()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        File.WriteAllText(Path.Combine(_dir, "rules", "bad.yaml"), "id: EL6103\nkind: word-pairs\ntitle: X\npairs: [[a]]\n");
        File.WriteAllText(Path.Combine(_dir, "rules", "good.yaml"), "id: EL6104\nkind: existence\ntitle: Y\nphrases: [lorem ipsum]\n");
        File.WriteAllText(Path.Combine(_dir, "draft.md"), "# Draft\n\nStill lorem ipsum here.\n");
        var r = Run("lint", "draft.md", "--rules", "rules", "--format", "msbuild");
        Assert.Equal(2, r.Exit);
        Assert.Contains("rules/bad.yaml(4,9,4,9): error EL9001:", r.Out, StringComparison.Ordinal);
        Assert.Contains("draft.md(3,7,3,18): warning EL6104: Avoid 'lorem ipsum'", r.Out, StringComparison.Ordinal);

        var tested = Run("test-rules", "rules");
        Assert.Equal(2, tested.Exit);
        Assert.Contains("rules/bad.yaml(4,9): error EL9001:", tested.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_case_shows_expected_and_actual_side_by_side()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        File.WriteAllText(Path.Combine(_dir, "rules", "r.yaml"), "id: EL6105\nkind: existence\ntitle: Y\nphrases: [lorem]\ntests:\n  - \"# T\\n\\n{|EL6105:ipsum|} lorem\\n\"\n  - \"# T\\n\\n{|EL6105:lorem|} ipsum\\n\"\n");
        var r = Run("test-rules", "rules");
        Assert.Equal(1, r.Exit);
        var lines = r.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("FAIL  rules/r.yaml(6): EL6105 tests[1]", lines);
        Assert.Contains("PASS  rules/r.yaml(7): EL6105 tests[2]", lines);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  !!  EL6105 3:1-3:6 ""ipsum"" +\| \(nothing\)$"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^  !!  \(nothing\) +\| EL6105 3:7-3:12 ""lorem""  Avoid 'lorem'$"));
        Assert.Contains("1 of 2 fixtures passed, 1 failed (1 rules)", lines);
    }

    [Fact]
    public void The_samples_pass_their_tests()
    {
        var r = Run("test-rules", Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "samples", "data-rules"));
        Assert.True(r.Exit == 0, r.Out + r.Err);
        Assert.Contains("12 of 12 fixtures passed, 0 failed (5 rules)", r.Out, StringComparison.Ordinal);
    }

    private static string Unindent(string body, int indent) =>
        string.Concat(body.Split('\n').Select(l => (l.Length >= indent ? l[indent..] : l.TrimStart()) + "\n")).TrimEnd('\n') + "\n";

    [GeneratedRegex(@"^(?<indent> *)```(?<info>[^\n]*)\n(?<body>.*?)\n\k<indent>```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Block();
}
