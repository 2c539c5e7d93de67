using EditorialLint.Cli;

namespace EditorialLint.RuleHost.Tests;

/// <summary>The walk-through of docs/writing-rules.md, end to end through the CLI: new-rule, test-rules, lint --rules.</summary>
public sealed class AuthoringTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "el-auth-" + Guid.NewGuid().ToString("N"));

    public AuthoringTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, ".editorconfig"), "root = true\n");
        Environment.SetEnvironmentVariable("EDITORIAL_LINT_CACHE", Path.Combine(_dir, "cache"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
        }
    }

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var saved = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = _dir;
            var o = new StringWriter();
            var e = new StringWriter();
            return (CliApp.Run(args, o, e), o.ToString(), e.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = saved;
        }
    }

    [Fact]
    public void New_rule_test_rules_and_lint()
    {
        var created = Run("new-rule", "Placeholder Text", "--category", "Custom");
        Assert.Equal(0, created.Exit);
        Assert.True(File.Exists(Path.Combine(_dir, "rules", "EL6001PlaceholderText.cs")));

        var tested = Run("test-rules", "rules");
        Assert.Equal(0, tested.Exit);
        Assert.Contains("1 of 1 fixtures passed", tested.Out, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_dir, "draft.md"), "# Draft\n\nStill lorem ipsum here.\n");
        var linted = Run("lint", "draft.md", "--rules", "rules", "--format", "msbuild");
        Assert.Contains("draft.md(3,7,3,18): warning EL6001", linted.Out, StringComparison.Ordinal);

        // The same through .editorconfig, and --no-plugins turns it off.
        File.WriteAllText(Path.Combine(_dir, ".editorconfig"), "root = true\n[*]\neditorial_lint.rules_path = rules\n[*.md]\ndotnet_diagnostic.EL6001.severity = error\n");
        // A folder named only by .editorconfig runs once the user trusts it (issue 17).
        Environment.SetEnvironmentVariable("EDITORIAL_LINT_TRUST_FILE", Path.Combine(_dir, "trusted.txt"));
        var untrusted = Run("lint", "draft.md", "--format", "msbuild");
        Assert.Contains("warning EL9011", untrusted.Out, StringComparison.Ordinal);
        Assert.Contains("error EL9004", untrusted.Out, StringComparison.Ordinal); // its severity line names a rule that is not loaded
        Assert.Equal(2, untrusted.Exit);
        Assert.DoesNotContain("EL6001", untrusted.Out, StringComparison.Ordinal);
        Assert.Equal(0, Run("trust").Exit);
        var configured = Run("lint", "draft.md", "--format", "msbuild");
        Assert.Equal(1, configured.Exit);
        Assert.Contains("error EL6001", configured.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("EL6001", Run("lint", "draft.md", "--no-plugins").Out, StringComparison.Ordinal);

        // A second rule gets the next id; a failing fixture fails test-rules.
        Run("new-rule", "Second");
        File.WriteAllText(Path.Combine(_dir, "rules", "EL6002Second.test.md"), "# T\n\nNo placeholder here, yet a finding is expected {|EL6002:here|}.\n");
        var failing = Run("test-rules", "rules");
        Assert.Equal(1, failing.Exit);
        Assert.Contains("FAIL", failing.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_error_in_a_rule_file_exits_2_with_location()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
        File.WriteAllText(Path.Combine(_dir, "rules", "Bad.cs"), "public class Bad {\n  int x = ;\n}\n");
        File.WriteAllText(Path.Combine(_dir, "draft.md"), "# Draft\n\nText.\n");
        var r = Run("lint", "draft.md", "--rules", "rules", "--format", "msbuild");
        Assert.Equal(2, r.Exit);
        Assert.Contains("Bad.cs(2,11", r.Out, StringComparison.Ordinal);
        Assert.Contains("error EL9001", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_rules_pass_their_fixtures()
    {
        var examples = Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "rules", "Examples");
        var r = Run("test-rules", examples);
        Assert.Equal(0, r.Exit);
        Assert.Contains("3 of 3 fixtures passed", r.Out, StringComparison.Ordinal);
    }

}
