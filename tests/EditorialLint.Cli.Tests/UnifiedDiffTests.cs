using System.Text;

namespace EditorialLint.Cli.Tests;

/// <summary>The line diff of --fix --dry-run (DiffPlex): patch format, and linear memory on long drafts.</summary>
public class UnifiedDiffTests
{
    [Fact]
    public void One_changed_line_gives_one_hunk_with_three_lines_of_context()
    {
        var before = "a\nb\nc\nd\nold\ne\nf\ng\nh\n";
        var after = "a\nb\nc\nd\nnew\ne\nf\ng\nh\n";

        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -2,7 +2,7 @@\n b\n c\n d\n-old\n+new\n e\n f\n g\n", UnifiedDiff.Create("x.md", before, after));
    }

    [Fact]
    public void Inserted_and_deleted_lines_are_counted_in_the_hunk_header()
    {
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,3 @@\n a\n+inserted\n b\n", UnifiedDiff.Create("x.md", "a\nb\n", "a\ninserted\nb\n"));
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1,3 +1,2 @@\n a\n-gone\n b\n", UnifiedDiff.Create("x.md", "a\ngone\nb\n", "a\nb\n"));
    }

    [Fact]
    public void Two_changes_far_apart_in_a_long_draft_are_two_hunks_without_a_lines_by_lines_table()
    {
        // 200,000 lines: a table of lines × lines (the former LCS) would need 160 GB here.
        const int count = 200_000;
        var before = new StringBuilder();
        var after = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            before.Append("line ").Append(i).Append('\n');
            after.Append(i == 10 ? "changed ten" : i == count - 10 ? "changed near the end" : "line " + i).Append('\n');
        }

        var diff = UnifiedDiff.Create("long.md", before.ToString(), after.ToString());

        var lines = diff.Split('\n');
        Assert.Equal(2, lines.Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -8,7 +8,7 @@", lines);
        Assert.Contains($"@@ -{count - 12},7 +{count - 12},7 @@", lines);
        Assert.Contains("-line 10", lines);
        Assert.Contains("+changed ten", lines);
        Assert.Contains($"-line {count - 10}", lines);
        Assert.Contains("+changed near the end", lines);
    }

    [Fact]
    public void Crlf_endings_are_lines_like_lf_endings()
    {
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n-a\n+A\n b\n", UnifiedDiff.Create("x.md", "a\r\nb\r\n", "A\r\nb\r\n"));
    }
}
