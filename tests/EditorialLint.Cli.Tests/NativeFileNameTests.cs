using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// File names that are not valid UTF-8 (issue 17): they are listed, linted and fixed on Linux under a display path
/// with each bad byte as <c>\xNN</c>. The files are made and read back with the shell's printf and base64, not with
/// the code under test.
/// </summary>
public class NativeFileNameTests
{
    /// <summary>A zero-width space (EL3008, a safe fix) and a repeated word (EL4002, a fix that needs review).</summary>
    private const string Draft = "# Title\n\nA draft\u200B with the the words.\n";
    private const string Fixed = "# Title\n\nA draft with the the words.\n";

    /// <summary>Text with nothing to fix.</summary>
    private const string Clean = "# Title\n\nNothing to change here.\n";

    private const string Latin1Name = "drafts/caf\\xE9.md";

    [Theory]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xE9 }, "caf\\xE9")] // Latin-1 é
    [InlineData(new byte[] { 0x63, 0xC3, 0xA9 }, "c\u00E9")] // UTF-8 é stays
    [InlineData(new byte[] { 0xE2, 0x82 }, "\\xE2\\x82")] // a cut-off sequence: each byte
    [InlineData(new byte[] { 0x61, 0x5C, 0x62, 0xFF }, "a\\\\b\\xFF")] // a backslash in an escaped name is doubled
    [InlineData(new byte[] { 0x61, 0x5C, 0x62 }, "a\\b")] // ... but not in a valid one without \x
    [InlineData(new byte[] { 0x61, 0x5C, 0x78, 0x45, 0x39 }, "a\\\\xE9")] // a valid name holding "\x" is escaped too
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "\\xED\\xA0\\x80")] // an encoded surrogate is not UTF-8
    public void A_name_has_one_display_form_and_maps_back_to_its_bytes(byte[] name, string display)
    {
        Assert.Equal(display, NativeFileNames.DisplayName(name));
        Assert.Equal(name, NativeFileNames.ToBytes(display));
    }

    [Fact]
    public void Display_paths_are_unambiguous_and_round_trip_for_random_names()
    {
        // Names built from the bytes that make trouble: backslash, 'x', hex digits, invalid and partial sequences.
        byte[] alphabet = [0x5C, 0x78, 0x45, 0x39, 0x61, 0xE9, 0xC3, 0xA9, 0xFF, 0x80, 0xE2, 0x82, 0xAC, 0x2E];
        var random = new Random(17);
        var seen = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < 20_000; i++)
        {
            var name = new byte[random.Next(1, 7)];
            for (var k = 0; k < name.Length; k++)
            {
                name[k] = alphabet[random.Next(alphabet.Length)];
            }

            var display = NativeFileNames.DisplayName(name);
            Assert.Equal(name, NativeFileNames.ToBytes(display));
            Assert.DoesNotContain(display, c => c < 0x20 || c == '/' || c == '\uFFFD');
            if (seen.TryGetValue(display, out var other))
            {
                Assert.Equal(other, name); // the same display form only for the same bytes
            }

            seen[display] = name;
        }
    }

    [Fact]
    public void A_path_is_escaped_component_by_component_and_its_uri_carries_the_raw_bytes()
    {
        var bytes = "drafts/a\\b/caf"u8.ToArray().Append((byte)0xE9).Concat(" 1.md"u8.ToArray()).ToArray();
        var display = NativeFileNames.DisplayPath(bytes);
        Assert.Equal("drafts/a\\b/caf\\xE9 1.md", display);
        Assert.Equal(bytes, NativeFileNames.ToBytes(display));
        if (NativeFileNames.Supported)
        {
            Assert.Equal("drafts/a%5Cb/caf%E9%201.md", NativeFileNames.ToUri(display));
            Assert.Equal("file:///tmp/caf%E9.md", NativeFileNames.ToUri("/tmp/caf\\xE9.md"));
        }
    }

    [SkippableFact]
    public void The_dirent_layout_matches_64_bit_linux()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "readdir is used on Linux only");
        Assert.Equal(19, NativeFiles.NameOffset); // d_ino 8, d_off 8, d_reclen 2, d_type 1: x86-64 and AArch64 alike
    }

    [SkippableFact]
    public void A_folder_with_a_latin1_name_is_linted_in_every_format()
    {
        using var h = new RawNames();
        h.Create("drafts/caf\\351.md", Draft);
        h.Harness.Write("drafts/ok.md", Draft);

        var (exit, msbuild, _) = h.Harness.Run("lint", "drafts", "--format", "msbuild");
        Assert.Equal(0, exit);
        Assert.Contains($"{Latin1Name}(3,8,3,9): warning EL3008", msbuild, StringComparison.Ordinal);
        Assert.Contains("drafts/ok.md(3,8,3,9): warning EL3008", msbuild, StringComparison.Ordinal);
        Assert.DoesNotContain("EL9012", msbuild, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', msbuild);

        var (_, json, _) = h.Harness.Run("lint", "drafts", "--format", "json");
        var paths = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()).Distinct();
        Assert.Equal([Latin1Name, "drafts/ok.md"], paths);

        var (_, sarif, _) = h.Harness.Run("lint", "drafts", "--format", "sarif");
        var uris = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()).Distinct();
        Assert.Equal(["drafts/caf%E9.md", "drafts/ok.md"], uris);

        var (_, pretty, _) = h.Harness.Run("lint", "drafts", "--color", "never");
        Assert.Contains($"{Latin1Name}:3:8: warning EL3008", pretty, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_latin1_name_is_found_by_a_glob_and_by_its_display_path()
    {
        using var h = new RawNames();
        h.Create("drafts/caf\\351.md", Draft);
        h.Create("drafts/n\\351st/inner.md", Draft); // a folder whose name is not UTF-8
        h.Harness.Write("drafts/ok.md", Clean);

        foreach (var args in new[] { new[] { "drafts/*.md" }, ["drafts/**/*.md"], ["drafts"], [Latin1Name, "drafts/n\\xE9st"], ["drafts/*.md", "drafts/n\\xE9st/*.md"] })
        {
            var (exit, stdout, _) = h.Harness.Run([.. new[] { "lint", "--format", "msbuild" }, .. args]);
            Assert.Equal(0, exit);
            Assert.Contains($"{Latin1Name}(3,8,3,9): warning EL3008", stdout, StringComparison.Ordinal);
            if (args is not ["drafts/*.md"])
            {
                Assert.Contains("drafts/n\\xE9st/inner.md(3,8,3,9): warning EL3008", stdout, StringComparison.Ordinal);
            }
        }
    }

    [SkippableFact]
    public void A_name_holding_backslash_x_and_the_latin1_name_it_looks_like_are_two_files()
    {
        using var h = new RawNames();
        h.Create("caf\\351.md", Draft);
        h.Create("caf\\\\xE9.md", "# Other\n\nA text\u200B here.\n"); // the name is the 9 characters caf\xE9.md

        var (_, json, _) = h.Harness.Run("lint", ".", "--format", "json");
        var found = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("id").GetString() == "EL3008").Select(d => d.GetProperty("path").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["caf\\\\xE9.md", "caf\\xE9.md"], found);
    }

    [SkippableFact]
    public void Fix_rewrites_a_latin1_name_keeping_its_mode_and_links_and_leaves_other_files_alone()
    {
        using var h = new RawNames();
        h.Create("drafts/caf\\351.md", Draft);
        h.Shell("chmod 640 \"$(printf 'drafts/caf\\351.md')\" && ln \"$(printf 'drafts/caf\\351.md')\" hard.bak");
        h.Create("targ\\351t.md", Draft); // outside the folder linted: reached through the link only
        h.Shell("ln -s \"$(printf '../targ\\351t.md')\" \"$(printf 'drafts/l\\351nk.md')\"");
        h.Harness.Write("drafts/ok.md", Clean);
        var okBefore = File.ReadAllBytes(h.Harness.PathOf("drafts/ok.md"));

        var (exit, _, err) = h.Harness.Run("lint", "drafts", "--fix", "--format", "msbuild");

        Assert.Equal(0, exit);
        Assert.Contains($"fixed 1 finding in {Latin1Name}", err, StringComparison.Ordinal);
        Assert.Equal(Fixed, h.Read("drafts/caf\\351.md"));
        Assert.Equal(Fixed, h.Read("hard.bak")); // the hard link sees the fix
        Assert.Equal("640 2", h.Shell("stat -c '%a %h' \"$(printf 'drafts/caf\\351.md')\"").Trim());
        Assert.Equal("link", h.Shell("test -L \"$(printf 'drafts/l\\351nk.md')\" && echo link").Trim());
        Assert.Equal(Fixed, h.Read("targ\\351t.md")); // fixed through the link, which stays a link
        Assert.Equal(okBefore, File.ReadAllBytes(h.Harness.PathOf("drafts/ok.md")));
        Assert.Equal(string.Empty, h.Shell("ls -A drafts | grep '^\\.el-' || true")); // no temporary file left
    }

    [SkippableFact]
    public void Fix_refuses_a_read_only_latin1_name_with_exit_2()
    {
        using var h = new RawNames();
        h.Create("caf\\351.md", Draft);
        h.Shell("chmod 444 \"$(printf 'caf\\351.md')\"");

        var (exit, _, err) = h.Harness.Run("lint", ".", "--fix", "--format", "msbuild");

        Assert.Equal(2, exit);
        Assert.Contains("could not write caf\\xE9.md: it is read-only", err, StringComparison.Ordinal);
        Assert.Equal(Draft, h.Read("caf\\351.md"));
    }

    [SkippableFact]
    public void A_latin1_name_changed_or_deleted_after_it_was_read_is_not_written()
    {
        using var h = new RawNames();
        h.Create("caf\\351.md", Draft);
        var path = h.Harness.PathOf("caf\\xE9.md");
        var (bytes, snapshot) = FileSnapshot.Read(path);
        Assert.Equal(Draft, Encoding.UTF8.GetString(bytes));

        h.Create("caf\\351.md", Draft + "A new paragraph saved meanwhile.\n");
        var changed = Assert.Throws<FileWriteException>(() => AtomicFile.Replace(path, Encoding.UTF8.GetBytes(Fixed), snapshot));
        Assert.Contains("changed after it was read", changed.Message, StringComparison.Ordinal);
        Assert.Equal(Draft + "A new paragraph saved meanwhile.\n", h.Read("caf\\351.md"));

        h.Shell("rm \"$(printf 'caf\\351.md')\"");
        var deleted = Assert.Throws<FileWriteException>(() => AtomicFile.Replace(path, Encoding.UTF8.GetBytes(Fixed), snapshot));
        Assert.Contains("deleted or moved", deleted.Message, StringComparison.Ordinal);
        Assert.Equal(".editorconfig", h.Shell("ls -A").Trim()); // not recreated, no temporary file left
    }

    [SkippableFact]
    public void A_latin1_argument_is_found_through_its_original_bytes()
    {
        using var h = new RawNames();
        h.Create("caf\\351.md", Draft);
        var cli = Path.Combine(AppContext.BaseDirectory, "editorial-lint.dll");

        // The runtime gives the argument as "caf\uFFFD.md"; the bytes come back from /proc/self/cmdline.
        var output = h.Shell($"dotnet '{cli}' lint \"$(printf 'caf\\351.md')\" --format msbuild; echo \"exit $?\"");

        Assert.Contains("caf\\xE9.md(3,8,3,9): warning EL3008", output, StringComparison.Ordinal);
        Assert.Contains("exit 0", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_decoded_argument_whose_bytes_are_lost_is_a_clear_problem()
    {
        using var h = new RawNames();
        h.Create("drafts/caf\\351.md", Draft);
        h.Harness.Write("drafts/ok.md", Draft);

        // In process the arguments are not on the command line, as for a host that does not keep them.
        var (exit, stdout, _) = h.Harness.Run("lint", "drafts/caf\uFFFD.md", "drafts/ok.md", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("cannot open drafts/caf\uFFFD.md: its name is not valid UTF-8", stdout, StringComparison.Ordinal);
        Assert.Contains("drafts/ok.md", stdout, StringComparison.Ordinal);
    }

    /// <summary>A CLI harness whose files with raw names are made by the shell, and removed by it afterwards.</summary>
    private sealed class RawNames : IDisposable
    {
        public RawNames()
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "file names are bytes on Linux; elsewhere they are always Unicode");
            Harness = new CliHarness();
        }

        public CliHarness Harness { get; }

        /// <summary>Write <paramref name="text"/> (UTF-8) to <paramref name="printfName"/>, a printf format such as <c>caf\351.md</c>.</summary>
        public void Create(string printfName, string text)
        {
            Shell($"f=\"$(printf '{printfName}')\"; mkdir -p \"$(dirname \"$f\")\"; printf '%s' \"$TEXT\" > \"$f\"", text);
        }

        /// <summary>The text of the file named by the printf format <paramref name="printfName"/>, read by the shell.</summary>
        public string Read(string printfName) =>
            Encoding.UTF8.GetString(Convert.FromBase64String(Shell($"base64 -w0 \"$(printf '{printfName}')\"").Trim()));

        /// <summary>Run <paramref name="script"/> with /bin/sh in the harness folder; its standard output.</summary>
        public string Shell(string script, string text = "")
        {
            var psi = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Harness.Directory };
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(script);
            psi.Environment["TEXT"] = text;
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            var error = p.StandardError.ReadToEndAsync();
            p.WaitForExit();
            Assert.True(p.ExitCode == 0, $"{script}: {error.Result}");
            return output.Result;
        }

        public void Dispose()
        {
            // .NET cannot delete what it cannot name: the shell removes the folder.
            Shell("cd / && rm -rf \"$0\"".Replace("$0", Harness.Directory, StringComparison.Ordinal));
            Harness.Dispose();
        }
    }
}
