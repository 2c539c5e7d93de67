using System.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;
using EditorialLint.Core.Parsing;

namespace EditorialLint.Cli;

/// <summary>
/// Turns the PATH arguments into a sorted, de-duplicated list of drafts. A folder is searched recursively; a glob
/// (<c>*</c>, <c>?</c>, <c>**</c> for any depth, <c>[abc]</c>) is expanded from its first folder without wildcards;
/// <c>-</c> stands for standard input. Files found by searching (not those named explicitly) are dropped when git
/// ignores them (<c>.gitignore</c>, <c>.git/info/exclude</c>, the global excludes file) unless <c>--no-ignore</c> —
/// except under a folder (or glob base) that is itself ignored: naming an ignored folder asks for it, as in ripgrep;
/// <c>--exclude GLOB</c> drops any file, named or found, whose path relative to the current folder matches (a glob
/// without a slash matches in any folder). A name that is not valid UTF-8 is listed and linted under its display path
/// (<see cref="NativeFileNames"/>: each bad byte as <c>\xNN</c>), found in a folder, under a glob or named.
/// </summary>
internal static class InputFiles
{
    public const string StdinArgument = "-";

    private static readonly string[] SkippedFolders = [".git", ".hg", ".svn", "bin", "obj", "node_modules", ".vs", ".idea"];

    /// <summary>The drafts (relative to the current folder), whether standard input is one of them (listed first), and problems.</summary>
    public sealed record Result(IReadOnlyList<string> Files, bool Stdin, IReadOnlyList<string> Problems, IReadOnlyList<string> Notes);

    /// <summary>How to expand: .gitignore, --exclude, and (for tests) how a folder is listed.</summary>
    /// <param name="ListFolder">Lists a folder's entries; throws as <see cref="Directory.EnumerateFileSystemEntries(string)"/> does for an unreadable one.</param>
    public sealed record Options(bool NoIgnore = false, IReadOnlyList<string>? Exclude = null, Func<string, IEnumerable<string>>? ListFolder = null);

    public static Result Expand(IEnumerable<string> paths) => Expand(paths, new Options());

    public static Result Expand(IEnumerable<string> paths, Options options)
    {
        var named = new List<string>();
        var found = new List<string>();
        var roots = new List<(int From, string Root)>(); // found[From..] were found under Root (until the next entry)
        var problems = new List<string>();
        var notes = new List<string>();
        var stdin = false;
        foreach (var raw in paths)
        {
            var path = raw.Trim();
            if (path.Length == 0)
            {
                continue;
            }

            if (path == StdinArgument)
            {
                stdin = true;
                continue;
            }

            if (HasWildcard(path))
            {
                var matched = Glob(path, problems);
                if (matched is null)
                {
                    problems.Add($"path not found: {raw}");
                }
                else if (matched.Count == 0)
                {
                    problems.Add($"no drafts match: {raw}");
                }
                else
                {
                    roots.Add((found.Count, Path.GetFullPath(GlobBase(path))));
                    found.AddRange(matched);
                }
            }
            else if (Resolve(path, raw) is (bool isFolder, var target))
            {
                if (!isFolder)
                {
                    named.Add(target); // a file named explicitly is linted whatever its extension (as plain text if unknown)
                    continue;
                }

                var before = found.Count;
                roots.Add((found.Count, Path.GetFullPath(target)));
                Walk(target, found, problems, [], options.ListFolder ?? Directory.EnumerateFileSystemEntries);
                if (found.Count == before)
                {
                    problems.Add($"no drafts (.md, .markdown, .txt) in folder: {raw}");
                }
            }
            else
            {
                problems.Add(IsUndecodableName(path) ? UndecodableName(raw) : $"path not found: {raw}");
            }
        }

        var foundFull = found.Select(Path.GetFullPath).ToList();
        if (!options.NoIgnore && foundFull.Count > 0)
        {
            var rootOf = new string[foundFull.Count];
            for (var r = 0; r < roots.Count; r++)
            {
                var end = r + 1 < roots.Count ? roots[r + 1].From : foundFull.Count;
                for (var i = roots[r].From; i < end; i++)
                {
                    rootOf[i] = roots[r].Root;
                }
            }

            var ignored = GitIgnored([.. foundFull.Concat(roots.Select(r => r.Root)).Distinct(StringComparer.Ordinal)], notes);
            foundFull = [.. foundFull.Where((f, i) => !ignored.Contains(f) || ignored.Contains(rootOf[i]))];
        }

        var all = named.Select(Path.GetFullPath).Concat(foundFull).Distinct(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f));
        if (options.Exclude is { Count: > 0 } exclude)
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            foreach (var e in exclude)
            {
                matcher.AddInclude(AnyDepth(e.Replace('\\', '/')));
            }

            all = all.Where(f => !matcher.Match(Slashes(f)).HasMatches);
        }

        var unique = all.OrderBy(f => f, StringComparer.Ordinal).ToList();
        return new Result(unique, stdin, problems, notes);
    }

    /// <summary>
    /// What a PATH argument names: a file (false) or a folder (true) with its display path, or null. Besides the
    /// string itself, a display path (<c>caf\xE9.md</c>, as reports show it) is accepted, and an argument the runtime
    /// decoded with U+FFFD is looked up by its original bytes (<see cref="NativeFileNames.RawArgument"/>).
    /// </summary>
    private static (bool? IsFolder, string Path) Resolve(string path, string argument)
    {
        if (File.Exists(path))
        {
            return (false, NativeFileNames.DisplayPath(path));
        }

        if (Directory.Exists(path))
        {
            return (true, NativeFileNames.DisplayPath(path));
        }

        if (!NativeFileNames.Supported)
        {
            return (null, path);
        }

        var display = NativeFileNames.IsEscaped(path) ? NativeFileNames.DisplayPath(NativeFileNames.ToBytes(path))
            : path.Contains('\uFFFD', StringComparison.Ordinal) && NativeFileNames.RawArgument(argument) is { } bytes ? NativeFileNames.DisplayPath(bytes.AsSpan().Trim(" \t\r\n"u8))
            : null;
        return display is not null && NativeFiles.Status(display) is { } status ? (status.IsDirectory, display) : (null, path);
    }

    /// <summary>True for a name .NET may have decoded with U+FFFD, or one whose display path differs from it (holds <c>\x</c>).</summary>
    internal static bool NeedsBytes(string name) =>
        NativeFileNames.Supported && (name.Contains('\uFFFD', StringComparison.Ordinal) || name.Contains("\\x", StringComparison.Ordinal));

    /// <summary>A glob with '\' read as '/', as ever, unless it names a display path (its backslashes are escapes).</summary>
    private static string Slashes(string pattern) => NativeFileNames.IsEscaped(pattern) ? pattern : pattern.Replace('\\', '/');

    private static bool HasWildcard(string path) => path.AsSpan().IndexOfAny("*?[") >= 0;

    /// <summary>A glob without a slash matches a file of that name in any folder, as in .gitignore.</summary>
    private static string AnyDepth(string glob) =>
        glob.StartsWith("./", StringComparison.Ordinal) ? glob[2..] : glob.Contains('/', StringComparison.Ordinal) ? glob : "**/" + glob;

    /// <summary>The leading folders of a glob that have no wildcard (".", or "/" for an absolute glob, when none).</summary>
    private static string GlobBase(string pattern)
    {
        var segments = Slashes(pattern).Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !HasWildcard(segments[fixedCount]))
        {
            fixedCount++;
        }

        var root = string.Join('/', segments[..fixedCount]);
        return root.Length == 0 ? (pattern.StartsWith('/') ? "/" : ".") : root;
    }

    /// <summary>
    /// True for a name that came from the system with bytes that are not UTF-8: .NET decodes them to U+FFFD, so the
    /// name it holds is not the file's and opening it fails.
    /// </summary>
    private static bool IsUndecodableName(string path) => path.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(path) && !Directory.Exists(path);

    private static string UndecodableName(string path) =>
        $"cannot open {path}: its name is not valid UTF-8 (shown with U+FFFD) and its original bytes could not be recovered; " +
        "name it as reports show it (each byte that is not UTF-8 as \\xNN), lint its folder, or rename it to UTF-8 " +
        "(for example 'convmv -f latin1 -t utf-8 --notest FILE')";

    /// <summary>Expand a glob; null when its fixed leading folder does not exist.</summary>
    private static List<string>? Glob(string pattern, List<string> problems)
    {
        var root = GlobBase(pattern);
        var fixedCount = root == "." ? 0 : root == "/" ? 1 : root.Split('/').Length;
        var segments = Slashes(pattern).Split('/');
        if (!(Directory.Exists(root) || (NativeFileNames.IsEscaped(root) && NativeFiles.Status(root) is { IsDirectory: true })))
        {
            return null;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[fixedCount..]));
        foreach (var skipped in SkippedFolders)
        {
            matcher.AddExclude("**/" + skipped + "/**");
        }

        var result = matcher.Execute(new ReadableDirectory(new DirectoryInfo(root), problems));
        var files = result.Files.Select(f => Path.GetFullPath(Path.Combine(root, f.Path))).Where(DocumentParser.IsSupported).Order(StringComparer.Ordinal).ToList();
        foreach (var f in files.Where(IsUndecodableName))
        {
            problems.Add(UndecodableName(Path.GetRelativePath(Environment.CurrentDirectory, f)));
        }

        return [.. files.Where(f => !IsUndecodableName(f))];
    }

    /// <summary>
    /// Collect the drafts under <paramref name="dir"/>. A folder reached twice (a symbolic link back up the tree, or two
    /// links to one folder) is walked once; a folder that cannot be read is reported, not skipped in silence.
    /// </summary>
    private static void Walk(string dir, List<string> files, List<string> problems, HashSet<(uint, uint, ulong)> visited, Func<string, IEnumerable<string>> listFolder)
    {
        if (Statx.Identity(dir) is { } id && !visited.Add(id))
        {
            return;
        }

        List<string> entries;
        try
        {
            // A name .NET decoded with U+FFFD cannot be opened by that string: such a folder is listed again as bytes.
            entries = NativeFileNames.IsEscaped(dir) ? NativeFiles.ListFolder(dir) : [.. listFolder(dir)];
            if (!NativeFileNames.IsEscaped(dir) && entries.Any(e => NeedsBytes(Path.GetFileName(e))))
            {
                entries = NativeFiles.ListFolder(dir);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"cannot read folder {dir}: {ex.Message}");
            return;
        }

        foreach (var entry in entries.OrderBy(e => e, StringComparer.Ordinal))
        {
            if (NativeFileNames.IsEscaped(entry) ? NativeFiles.Status(entry) is { IsDirectory: true } : Directory.Exists(entry))
            {
                var name = Path.GetFileName(entry);
                if (!SkippedFolders.Contains(name, StringComparer.Ordinal))
                {
                    Walk(entry, files, problems, visited, listFolder);
                }
            }
            else if (DocumentParser.IsSupported(entry))
            {
                if (IsUndecodableName(entry))
                {
                    problems.Add(UndecodableName(entry));
                    continue;
                }

                files.Add(entry);
            }
        }
    }

    /// <summary>
    /// The files git would ignore, asked of git itself (<c>git check-ignore</c>) in each work tree the files are in, so
    /// every rule git has (nested .gitignore files, negations, info/exclude, core.excludesFile) applies exactly. Files
    /// git tracks are never ignored. Without git, or outside a work tree, nothing is ignored.
    /// </summary>
    internal static HashSet<string> GitIgnored(IReadOnlyList<string> fullPaths, List<string> notes)
    {
        var ignored = new HashSet<string>(StringComparer.Ordinal);
        var trees = new Dictionary<string, string>(StringComparer.Ordinal);
        string TreeOf(string path)
        {
            var dir = Path.GetDirectoryName(path) ?? path;
            if (!trees.TryGetValue(dir, out var tree))
            {
                tree = WorkTreeOf(dir);
                trees[dir] = tree;
            }

            return tree;
        }

        foreach (var group in fullPaths.GroupBy(TreeOf, StringComparer.Ordinal))
        {
            if (group.Key.Length == 0)
            {
                continue;
            }

            var psi = new ProcessStartInfo("git")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = group.Key,
            };
            foreach (var a in new[] { "check-ignore", "--stdin", "-z" })
            {
                psi.ArgumentList.Add(a);
            }

            try
            {
                using var git = Process.Start(psi)!;
                var output = ReadAllAsync(git.StandardOutput.BaseStream);
                var error = git.StandardError.ReadToEndAsync();

                // Paths go to git as bytes, so a name that is not UTF-8 reaches it as it is on disk.
                var stdin = git.StandardInput.BaseStream;
                foreach (var f in group)
                {
                    stdin.Write(NativeFileNames.ToBytes(NativeFileNames.ForReport(Path.GetRelativePath(group.Key, f))));
                    stdin.WriteByte(0);
                }

                git.StandardInput.Close();
                git.WaitForExit();

                // 0: some paths are ignored; 1: none; anything else is git failing (not a repository after all, say).
                if (git.ExitCode is not (0 or 1))
                {
                    notes.Add($"git check-ignore failed in {group.Key} ({error.Result.Trim()}); .gitignore not applied there");
                    continue;
                }

                foreach (var rel in SplitNul(output.Result))
                {
                    ignored.Add(Path.GetFullPath(Path.Combine(group.Key, NativeFileNames.DisplayPath(rel))));
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                notes.Add($"git is not installed: .gitignore in {group.Key} not applied (--no-ignore silences this)");
                return ignored;
            }
        }

        return ignored;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>The non-empty NUL-separated parts of git's -z output.</summary>
    private static IEnumerable<byte[]> SplitNul(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == 0)
            {
                if (i > start)
                {
                    yield return bytes[start..i];
                }

                start = i + 1;
            }
        }
    }

    /// <summary>The work tree folder (the one holding .git) that contains <paramref name="dir"/>, or "".</summary>
    private static string WorkTreeOf(string dir)
    {
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            var git = Path.Combine(d.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return d.FullName;
            }
        }

        return string.Empty;
    }
}
