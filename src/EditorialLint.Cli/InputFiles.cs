using EditorialLint.Core.Parsing;

namespace EditorialLint.Cli;

/// <summary>Turns the PATH arguments into a sorted, de-duplicated list of drafts.</summary>
internal static class InputFiles
{
    private static readonly string[] SkippedFolders = [".git", ".hg", ".svn", "bin", "obj", "node_modules", ".vs", ".idea"];

    public sealed record Result(IReadOnlyList<string> Files, IReadOnlyList<string> Problems);

    public static Result Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var raw in paths)
        {
            var path = raw.Trim();
            if (path.Length == 0)
            {
                continue;
            }

            if (path.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var dir = Path.GetDirectoryName(path);
                var pattern = Path.GetFileName(path);
                dir = string.IsNullOrEmpty(dir) ? "." : dir;
                if (!Directory.Exists(dir) || dir.AsSpan().IndexOfAny('*', '?') >= 0)
                {
                    problems.Add($"path not found: {raw}");
                    continue;
                }

                var matched = Directory.EnumerateFiles(dir, pattern, SearchOption.TopDirectoryOnly).Where(DocumentParser.IsSupported).ToList();
                if (matched.Count == 0)
                {
                    problems.Add($"no drafts match: {raw}");
                }

                files.AddRange(matched);
            }
            else if (File.Exists(path))
            {
                files.Add(path); // a file named explicitly is linted whatever its extension (as plain text if unknown)
            }
            else if (Directory.Exists(path))
            {
                var before = files.Count;
                Walk(path, files, problems, []);
                if (files.Count == before)
                {
                    problems.Add($"no drafts (.md, .markdown, .txt) in folder: {raw}");
                }
            }
            else
            {
                problems.Add($"path not found: {raw}");
            }
        }

        var unique = files.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(Environment.CurrentDirectory, f)).ToList();
        return new Result(unique, problems);
    }

    /// <summary>
    /// Collect the drafts under <paramref name="dir"/>. A folder reached twice (a symbolic link back up the tree, or two
    /// links to one folder) is walked once; a folder that cannot be read is reported, not skipped in silence.
    /// </summary>
    private static void Walk(string dir, List<string> files, List<string> problems, HashSet<(uint, uint, ulong)> visited)
    {
        if (Statx.Identity(dir) is { } id && !visited.Add(id))
        {
            return;
        }

        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(dir)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"cannot read folder {dir}: {ex.Message}");
            return;
        }

        foreach (var entry in entries.OrderBy(e => e, StringComparer.Ordinal))
        {
            if (Directory.Exists(entry))
            {
                var name = Path.GetFileName(entry);
                if (!SkippedFolders.Contains(name, StringComparer.Ordinal))
                {
                    Walk(entry, files, problems, visited);
                }
            }
            else if (DocumentParser.IsSupported(entry))
            {
                files.Add(entry);
            }
        }
    }
}
