using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace EditorialLint.Cli;

/// <summary>
/// A folder for the glob matcher, as the stock <see cref="DirectoryInfoWrapper"/> but a subfolder it cannot list
/// (permissions, a folder gone meanwhile) is reported as a problem and the expansion goes on with the rest, where the
/// stock wrapper would end it with an exception (or, for a vanished folder, say nothing). A folder holding a name
/// that is not valid UTF-8 is listed through <see cref="NativeFiles"/>, so the matcher sees its display path.
/// </summary>
internal sealed class ReadableDirectory(DirectoryInfo folder, List<string> problems, bool isParentPath = false) : DirectoryInfoBase
{
    /// <inheritdoc/>
    public override string Name => isParentPath ? ".." : folder.Name;

    /// <inheritdoc/>
    public override string FullName => folder.FullName;

    /// <inheritdoc/>
    public override DirectoryInfoBase? ParentDirectory => folder.Parent is { } p ? new ReadableDirectory(p, problems) : null;

    /// <inheritdoc/>
    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        var escaped = NativeFileNames.IsEscaped(folder.FullName);
        if (!escaped && !folder.Exists)
        {
            return [];
        }

        try
        {
            if (!escaped)
            {
                List<FileSystemInfo> entries = [.. folder.EnumerateFileSystemInfos("*", SearchOption.TopDirectoryOnly)];
                if (!entries.Any(e => InputFiles.NeedsBytes(e.Name)))
                {
                    return entries.Select(e => e is DirectoryInfo d ? (FileSystemInfoBase)new ReadableDirectory(d, problems) : new FileInfoWrapper((FileInfo)e));
                }
            }

            // A name .NET decoded with U+FFFD cannot be opened by that string: list the folder as bytes, with display paths.
            return NativeFiles.ListFolder(folder.FullName).Select(e => NativeFiles.Status(e) is { IsDirectory: true }
                ? (FileSystemInfoBase)new ReadableDirectory(new DirectoryInfo(e), problems)
                : new FileInfoWrapper(new FileInfo(e))).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"cannot read folder {Path.GetRelativePath(Environment.CurrentDirectory, folder.FullName)}: {ex.Message}");
            return [];
        }
    }

    /// <inheritdoc/>
    public override DirectoryInfoBase? GetDirectory(string path)
    {
        if (string.Equals(path, "..", StringComparison.Ordinal))
        {
            return new ReadableDirectory(new DirectoryInfo(Path.Combine(folder.FullName, path)), problems, isParentPath: true);
        }

        if (NativeFileNames.IsEscaped(folder.FullName))
        {
            // .NET cannot list this folder by its display path; the entries come from readdir.
            return EnumerateFileSystemInfos().OfType<DirectoryInfoBase>().FirstOrDefault(d => string.Equals(d.Name, path, StringComparison.Ordinal));
        }

        var dirs = folder.GetDirectories(path);
        return dirs.Length == 1 ? new ReadableDirectory(dirs[0], problems) : null;
    }

    /// <inheritdoc/>
    public override FileInfoBase GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(folder.FullName, path)));
}
