namespace EditorialLint.Cli;

/// <summary>
/// The file operations <see cref="AtomicFile"/> and <see cref="FileSnapshot"/> need, in two forms: .NET's own calls for
/// ordinary paths, and <see cref="NativeFiles"/> (libc on the path's bytes) for a display path with an escaped name
/// (<see cref="NativeFileNames"/>). Both keep the same rules; only how a path reaches the system differs.
/// </summary>
internal abstract class FileOps
{
    /// <summary>.NET's calls.</summary>
    public static readonly FileOps Managed = new ManagedFileOps();

    /// <summary>libc calls on the bytes a display path stands for.</summary>
    public static readonly FileOps Native = new NativeFileOps();

    /// <summary>The operations for <paramref name="path"/>: native for a display path with an escaped name.</summary>
    public static FileOps For(string path) => NativeFileNames.IsEscaped(path) ? Native : Managed;

    /// <summary>The whole file (the lint run reads drafts through this).</summary>
    public static byte[] ReadDraft(string path) => For(path).ReadAllBytes(path);

    public abstract string FollowLinks(string full);

    /// <summary>True for an existing file (links followed), false for a folder or nothing.</summary>
    public abstract bool Exists(string path);

    /// <summary>Size and last write time, or null when the file does not exist.</summary>
    public abstract (long Length, DateTime LastWriteUtc)? Info(string path);

    public abstract UnixFileMode GetMode(string path);

    public abstract void SetMode(string path, UnixFileMode mode);

    public abstract byte[] ReadAllBytes(string path);

    public abstract void WriteAllBytes(string path, byte[] bytes);

    /// <summary>Open with <paramref name="mode"/> Open or CreateNew.</summary>
    public abstract FileStream Open(string path, FileMode mode, FileAccess access, FileShare share);

    /// <summary>Rename <paramref name="from"/> over <paramref name="to"/>.</summary>
    public abstract void Move(string from, string to);

    public abstract void Delete(string path);

    public abstract long LinkCount(string path);

    private sealed class ManagedFileOps : FileOps
    {
        public override string FollowLinks(string full)
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is null)
            {
                return full;
            }

            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            return final is null ? full : Path.GetFullPath(final.FullName);
        }

        public override bool Exists(string path) => File.Exists(path);

        public override (long Length, DateTime LastWriteUtc)? Info(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
        }

        public override UnixFileMode GetMode(string path) =>
            OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException() : File.GetUnixFileMode(path);

        public override void SetMode(string path, UnixFileMode mode)
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, mode);
            }
        }

        public override byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

        public override void WriteAllBytes(string path, byte[] bytes) => File.WriteAllBytes(path, bytes);

        public override FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) => new(path, mode, access, share);

        public override void Move(string from, string to) => File.Move(from, to, overwrite: true);

        public override void Delete(string path) => File.Delete(path);

        public override long LinkCount(string path) => AtomicFile.LinkCount(path);
    }

    private sealed class NativeFileOps : FileOps
    {
        public override string FollowLinks(string full) => NativeFiles.FollowLinks(full);

        public override bool Exists(string path) => NativeFiles.Status(path) is { IsDirectory: false };

        public override (long Length, DateTime LastWriteUtc)? Info(string path) =>
            NativeFiles.Status(path) is { IsDirectory: false } s ? (s.Length, s.LastWriteUtc) : null;

        public override UnixFileMode GetMode(string path) =>
            NativeFiles.Status(path)?.Mode ?? throw new FileNotFoundException($"Could not find file '{path}'.", path);

        public override void SetMode(string path, UnixFileMode mode) => NativeFiles.SetMode(path, mode);

        public override byte[] ReadAllBytes(string path) => NativeFiles.ReadAllBytes(path);

        public override void WriteAllBytes(string path, byte[] bytes) => NativeFiles.WriteAllBytes(path, bytes);

        public override FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) => NativeFiles.Open(path, mode, access);

        public override void Move(string from, string to) => NativeFiles.Rename(from, to);

        public override void Delete(string path) => NativeFiles.Delete(path);

        public override long LinkCount(string path) => NativeFiles.Status(path)?.Links ?? 1;
    }
}
