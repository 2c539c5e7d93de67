using System.Text.Json;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// Inputs the file system makes awkward (issue 17): a folder that cannot be read gives a clear problem and the run goes
/// on with the other drafts. File names that are not valid UTF-8 are linted: see <see cref="NativeFileNameTests"/>.
/// </summary>
public class InputReliabilityTests
{
    private const string Draft = "# Title\n\nThe the talks resumed.\n";

    private static List<string> Paths(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).Distinct()];

    [Fact]
    public void A_folder_that_cannot_be_listed_is_reported_and_the_walk_goes_on()
    {
        using var h = new CliHarness();
        h.Write("drafts/a.md", Draft);
        h.Write("drafts/locked/b.md", Draft);
        h.Write("drafts/z/c.md", Draft);
        InputFiles.Result result;
        lock (CliHarness.CwdLock)
        {
            // Read under the lock: outside it the current folder may be another harness's, deleted after its test.
            var saved = Environment.CurrentDirectory;
            Environment.CurrentDirectory = h.Directory;
            try
            {
                // The seam stands for a folder the OS refuses to list (chmod 000 for anyone but root).
                IEnumerable<string> List(string dir) => Path.GetFileName(dir) == "locked"
                    ? throw new UnauthorizedAccessException($"Access to the path '{Path.GetFullPath(dir)}' is denied.")
                    : Directory.EnumerateFileSystemEntries(dir);
                result = InputFiles.Expand(["drafts"], new InputFiles.Options(NoIgnore: true, ListFolder: List));
            }
            finally
            {
                Environment.CurrentDirectory = saved;
            }
        }

        Assert.Equal([Path.Combine("drafts", "a.md"), Path.Combine("drafts", "z", "c.md")], result.Files);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"cannot read folder {Path.Combine("drafts", "locked")}: Access to the path", problem, StringComparison.Ordinal);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_without_read_permission_is_reported_by_lint_for_folders_and_globs()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        using var h = new CliHarness();
        h.Write("drafts/a.md", Draft);
        h.Write("drafts/locked/b.md", Draft);
        var locked = h.PathOf("drafts/locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var enforced = true;
            try
            {
                _ = Directory.EnumerateFileSystemEntries(locked).ToList();
                enforced = false;
            }
            catch (UnauthorizedAccessException)
            {
            }

            Skip.IfNot(enforced, "chmod 000 does not stop this user (root) from listing the folder, so the permission cannot be enforced here; A_folder_that_cannot_be_listed_is_reported_and_the_walk_goes_on covers the same path through a seam");
            foreach (var target in new[] { "drafts", "drafts/**/*.md" })
            {
                var (exit, stdout, _) = h.Run("lint", target, "--format", "json", "--no-ignore");
                Assert.Equal(2, exit);
                Assert.Contains("cannot read folder drafts/locked", stdout, StringComparison.Ordinal);
                Assert.Equal(["drafts/locked", "drafts/a.md"], Paths(stdout));
            }
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
