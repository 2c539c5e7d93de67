using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace EditorialLint.Cli;

/// <summary>
/// A folder for the glob matcher, as the stock <see cref="DirectoryInfoWrapper"/> but a subfolder it cannot list
/// (permissions, a folder gone meanwhile) is reported as a problem and the expansion goes on with the rest, where the
/// stock wrapper would end it with an exception (or, for a vanished folder, say nothing).
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
        if (!folder.Exists)
        {
            return [];
        }

        List<FileSystemInfo> entries;
        try
        {
            entries = [.. folder.EnumerateFileSystemInfos("*", SearchOption.TopDirectoryOnly)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add($"cannot read folder {Path.GetRelativePath(Environment.CurrentDirectory, folder.FullName)}: {ex.Message}");
            return [];
        }

        return entries.Select(e => e is DirectoryInfo d ? (FileSystemInfoBase)new ReadableDirectory(d, problems) : new FileInfoWrapper((FileInfo)e));
    }

    /// <inheritdoc/>
    public override DirectoryInfoBase? GetDirectory(string path)
    {
        if (string.Equals(path, "..", StringComparison.Ordinal))
        {
            return new ReadableDirectory(new DirectoryInfo(Path.Combine(folder.FullName, path)), problems, isParentPath: true);
        }

        var dirs = folder.GetDirectories(path);
        return dirs.Length == 1 ? new ReadableDirectory(dirs[0], problems) : null;
    }

    /// <inheritdoc/>
    public override FileInfoBase GetFile(string path) => new FileInfoWrapper(new FileInfo(Path.Combine(folder.FullName, path)));
}
