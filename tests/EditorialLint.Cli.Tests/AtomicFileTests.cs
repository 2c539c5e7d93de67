using System.Text;

namespace EditorialLint.Cli.Tests;

/// <summary>--fix's writes (issue 17): never over a newer save, through links, keeping modes, no temporary files left.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("el-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Draft(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private IEnumerable<string> Leftovers() => Directory.EnumerateFiles(_dir, ".el-*", SearchOption.AllDirectories);

    [Fact]
    public void A_save_made_after_the_read_is_kept()
    {
        var path = Draft("a.md", "old text\n");
        var (_, snapshot) = FileSnapshot.Read(path);
        File.WriteAllText(path, "the author's new save\n");

        var ex = Assert.Throws<FileWriteException>(() => AtomicFile.Replace(path, Encoding.UTF8.GetBytes("fixed\n"), snapshot));
        Assert.Contains("changed after it was read", ex.Message, StringComparison.Ordinal);
        Assert.Equal("the author's new save\n", File.ReadAllText(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_save_of_the_same_size_within_the_same_tick_is_caught_by_the_hash()
    {
        var path = Draft("a.md", "aaaa\n");
        var (_, snapshot) = FileSnapshot.Read(path);
        var time = File.GetLastWriteTimeUtc(path);
        File.WriteAllText(path, "bbbb\n");
        File.SetLastWriteTimeUtc(path, time);

        Assert.Throws<FileWriteException>(() => AtomicFile.Replace(path, Encoding.UTF8.GetBytes("fixed\n"), snapshot));
        Assert.Equal("bbbb\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_file_deleted_after_the_read_is_not_recreated()
    {
        var path = Draft("a.md", "old\n");
        var (_, snapshot) = FileSnapshot.Read(path);
        File.Delete(path);

        var ex = Assert.Throws<FileWriteException>(() => AtomicFile.Replace(path, Encoding.UTF8.GetBytes("fixed\n"), snapshot));
        Assert.Contains("deleted", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_symlink_is_written_through_to_its_target_and_stays_a_link()
    {
        var target = Draft("target.md", "old\n");
        var link = Path.Combine(_dir, "link.md");
        File.CreateSymbolicLink(link, "target.md");
        var (_, snapshot) = FileSnapshot.Read(link);

        AtomicFile.Replace(link, Encoding.UTF8.GetBytes("fixed\n"), snapshot);

        Assert.Equal("target.md", new FileInfo(link).LinkTarget);
        Assert.Equal("fixed\n", File.ReadAllText(target));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Hard_links_keep_sharing_the_fixed_text()
    {
        var path = Draft("a.md", "old\n");
        var other = Path.Combine(_dir, "b.md");
        if (Link(path, other) != 0)
        {
            return; // the file system has no hard links
        }

        Assert.Equal(2, AtomicFile.LinkCount(path));
        var (_, snapshot) = FileSnapshot.Read(path);
        AtomicFile.Replace(path, Encoding.UTF8.GetBytes("fixed, longer than before\n"), snapshot);

        Assert.Equal("fixed, longer than before\n", File.ReadAllText(other));
        Assert.Equal(2, AtomicFile.LinkCount(path));
        Assert.Empty(Leftovers());

        (_, snapshot) = FileSnapshot.Read(path);
        AtomicFile.Replace(path, Encoding.UTF8.GetBytes("short\n"), snapshot);
        Assert.Equal("short\n", File.ReadAllText(other));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true)]
#pragma warning disable SYSLIB1054, CA5392
    private static extern int Link(string oldPath, string newPath);
#pragma warning restore SYSLIB1054, CA5392

    [Fact]
    public void Permissions_are_kept()
    {
        var path = Draft("a.md", "old\n");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);
        var (_, snapshot) = FileSnapshot.Read(path);
        AtomicFile.Replace(path, Encoding.UTF8.GetBytes("fixed\n"), snapshot);
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_read_only_file_is_refused()
    {
        var path = Draft("a.md", "old\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead);
        var (_, snapshot) = FileSnapshot.Read(path);
        var ex = Assert.Throws<FileWriteException>(() => AtomicFile.Replace(path, Encoding.UTF8.GetBytes("fixed\n"), snapshot));
        Assert.Contains("read-only", ex.Message, StringComparison.Ordinal);
        Assert.Equal("old\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_failed_write_leaves_no_temporary_file()
    {
        var path = Draft("a.md", "old\n");
        using (var pending = AtomicFile.Create(path))
        {
            pending.Stream.Write("half"u8);
            // no commit: as when writing fails half-way
        }

        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_device_is_written_in_place_and_a_full_one_fails_cleanly()
    {
        if (!File.Exists("/dev/full"))
        {
            return;
        }

        Assert.True(AtomicFile.IsSpecialFile("/dev/full"));
        Assert.False(AtomicFile.IsSpecialFile(Draft("a.md", "x")));
        Assert.ThrowsAny<IOException>(() => AtomicFile.Write("/dev/full", new byte[1 << 17]));
        Assert.True(File.Exists("/dev/full"));
        Assert.True(AtomicFile.IsSpecialFile("/dev/full"));
    }
}
