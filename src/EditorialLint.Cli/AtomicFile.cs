using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace EditorialLint.Cli;

/// <summary>What a file looked like when it was read: its size, last write time and a SHA-256 of its bytes.</summary>
internal sealed record FileSnapshot(long Length, DateTime LastWriteUtc, byte[] Hash)
{
    /// <summary>Read a file and remember how it looked: the size and time are taken before the read, the hash of what was read.</summary>
    public static (byte[] Bytes, FileSnapshot Snapshot) Read(string path)
    {
        var ops = FileOps.For(path);
        var target = ops.FollowLinks(Path.GetFullPath(path)); // a link's own size and time are not the draft's
        var (length, time) = ops.Info(target) ?? throw new FileNotFoundException($"Could not find file '{target}'.", target);
        var bytes = ops.ReadAllBytes(path);
        return (bytes, new FileSnapshot(length, time, SHA256.HashData(bytes)));
    }

    public bool Matches(byte[] bytes) => CryptographicOperations.FixedTimeEquals(Hash, SHA256.HashData(bytes));
}

/// <summary>A file that <c>--fix</c> or <c>--output</c> could not write, with the reason in words.</summary>
internal sealed class FileWriteException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>
/// Writes files so that readers see the old bytes or the new ones, never half, and so that nothing the author did
/// meanwhile is lost. <see cref="Replace"/> (used by <c>--fix</c>) writes through a symbolic link to its target, writes
/// only if the target is unchanged since it was read (size, time and content hash), refuses a read-only file, keeps
/// the file's permissions, keeps hard links (a file with more than one link is rewritten in place, with a backup
/// copy beside it until the write is done), and removes its temporary file whatever fails. A display path with an
/// escaped name (<see cref="NativeFileNames"/>) goes through the same steps on its bytes (<see cref="FileOps.Native"/>).
/// </summary>
internal static class AtomicFile
{
    /// <summary>Write a new file or replace one (the report of <c>--output</c>): temp file, then rename.</summary>
    public static void Write(string path, byte[] bytes)
    {
        using var pending = Create(path);
        pending.Stream.Write(bytes);
        pending.Commit();
    }

    /// <summary>Start writing <paramref name="path"/>: write to <see cref="Pending.Stream"/>, then commit; disposing without committing leaves the file as it was.</summary>
    public static Pending Create(string path)
    {
        var ops = FileOps.For(path);
        var full = ops.FollowLinks(Path.GetFullPath(path));
        if (IsSpecialFile(full))
        {
            // A device or a pipe (/dev/stdout, a FIFO) is written as it is: renaming over it would replace it.
            return new Pending(ops, full, null, ops.Open(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite));
        }

        var temp = TempNameBeside(full);
        return new Pending(ops, full, temp, ops.Open(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None));
    }

    /// <summary>True for an existing file that is not a regular file (a character device, a FIFO, a socket).</summary>
    internal static bool IsSpecialFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        if (NativeFileNames.IsEscaped(path))
        {
            return NativeFiles.Status(path) is { IsRegular: false, IsDirectory: false };
        }

        try
        {
            var buffer = new byte[256];
            const int AtFdCwd = -100;
            const uint StatxType = 0x1;
            if (Statx.Call(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return false;
            }

            const int TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;
            var type = BitConverter.ToUInt16(buffer, 28) & TypeMask; // stx_mode
            return type is not (Regular or Directory);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Replace the contents of the draft at <paramref name="path"/> with <paramref name="bytes"/>, but only if it still
    /// holds what was read (<paramref name="snapshot"/>). Throws <see cref="FileWriteException"/> saying why not.
    /// </summary>
    public static void Replace(string path, byte[] bytes, FileSnapshot snapshot)
    {
        var ops = FileOps.For(path);
        var target = ops.FollowLinks(Path.GetFullPath(path));
        if (!ops.Exists(target))
        {
            throw new FileWriteException("it was deleted or moved after it was read; it is not recreated");
        }

        if (IsReadOnly(ops, target))
        {
            throw new FileWriteException("it is read-only; make it writable to let --fix change it");
        }

        EnsureUnchanged(ops, target, snapshot);
        if (ops.LinkCount(target) > 1)
        {
            ReplaceInPlace(ops, target, bytes, snapshot);
            return;
        }

        using var pending = Create(target);
        pending.Stream.Write(bytes);
        pending.Commit(() => EnsureUnchanged(ops, target, snapshot));
    }

    /// <summary>The final target of a symbolic link (a chain of them too); the path itself when it is no link.</summary>
    internal static string FollowLinks(string full) => FileOps.For(full).FollowLinks(full);

    /// <summary>A short temporary name in the same folder (a long file name must not make it too long to create).</summary>
    private static string TempNameBeside(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".el-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}.tmp");

    private static bool IsReadOnly(FileOps ops, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly);
        }

        // The mode, not access(2): root may write anything, but a file its owner marked read-only stays unchanged.
        return (ops.GetMode(target) & UnixFileMode.UserWrite) == 0;
    }

    private static void EnsureUnchanged(FileOps ops, string target, FileSnapshot snapshot)
    {
        (long Length, DateTime LastWriteUtc) info;
        byte[] now;
        try
        {
            info = ops.Info(target) ?? throw new FileWriteException("it was deleted or moved after it was read; it is not recreated");
            now = info.Length == snapshot.Length ? ops.ReadAllBytes(target) : [];
        }
        catch (FileNotFoundException)
        {
            throw new FileWriteException("it was deleted or moved after it was read; it is not recreated");
        }

        if (info.Length != snapshot.Length || info.LastWriteUtc != snapshot.LastWriteUtc || !snapshot.Matches(now))
        {
            throw new FileWriteException("it changed after it was read (saved again meanwhile?); the new version is kept, lint it again");
        }
    }

    /// <summary>
    /// Rewrite a hard-linked file through its own inode so every link sees the fix. A rename cannot do that, so the old
    /// bytes go to a backup file first; if the rewrite fails, they are put back and the backup is removed only when
    /// the file is whole again.
    /// </summary>
    private static void ReplaceInPlace(FileOps ops, string target, byte[] bytes, FileSnapshot snapshot)
    {
        var backup = TempNameBeside(target);
        byte[] old;
        using (var stream = ops.Open(target, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            old = new byte[stream.Length];
            stream.ReadExactly(old);
            if (!snapshot.Matches(old))
            {
                throw new FileWriteException("it changed after it was read (saved again meanwhile?); the new version is kept, lint it again");
            }

            try
            {
                ops.WriteAllBytes(backup, old);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                TryDelete(ops, backup);
                throw new FileWriteException($"no room for a backup copy beside it ({ex.Message})", ex);
            }

            try
            {
                stream.Position = 0;
                stream.Write(bytes);
                stream.SetLength(bytes.Length);
                stream.Flush(flushToDisk: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                try
                {
                    stream.Position = 0;
                    stream.Write(old);
                    stream.SetLength(old.Length);
                    stream.Flush(flushToDisk: true);
                }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException)
                {
                    throw new FileWriteException($"writing it failed ({ex.Message}) and so did restoring it; the original is in {backup}", ex);
                }

                TryDelete(ops, backup);
                throw new FileWriteException($"writing it failed ({ex.Message}); it is unchanged", ex);
            }
        }

        TryDelete(ops, backup);
    }

    /// <summary>The number of hard links to a file (1 where it cannot be told).</summary>
    internal static long LinkCount(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return 1;
        }

        try
        {
            var buffer = new byte[256];
            const int AtFdCwd = -100;
            const uint StatxNlink = 0x4;
            if (Statx.Call(AtFdCwd, path, 0, StatxNlink, buffer) != 0)
            {
                return 1;
            }

            return BitConverter.ToUInt32(buffer, 16); // struct statx: stx_mask, stx_blksize, stx_attributes, then stx_nlink
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return 1;
        }
    }

    private static void TryDelete(FileOps ops, string path)
    {
        try
        {
            ops.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the caller's message names the file.
        }
    }

    internal sealed class Pending(FileOps ops, string full, string? temp, FileStream stream) : IDisposable
    {
        private bool _closed;
        private bool _committed;

        public Stream Stream => stream;

        /// <summary>Flush to disk, copy the old file's permissions, run <paramref name="beforeRename"/>, then rename over the file.</summary>
        public void Commit(Action? beforeRename = null)
        {
            stream.Flush(flushToDisk: temp is not null);
            stream.Dispose();
            _closed = true;
            if (temp is null)
            {
                _committed = true;
                return;
            }

            if (ops.Exists(full) && !OperatingSystem.IsWindows())
            {
                ops.SetMode(temp, ops.GetMode(full));
            }

            beforeRename?.Invoke();
            ops.Move(temp, full);
            _committed = true;
        }

        public void Dispose()
        {
            if (!_closed)
            {
                _closed = true;
                try
                {
                    stream.Dispose(); // flushes what is buffered: on a full disk that throws too
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The temporary file is removed below either way.
                }
            }

            if (!_committed && temp is not null)
            {
                TryDelete(ops, temp);
            }
        }
    }
}

/// <summary>statx(2) on Linux: the link count, file type and identity that .NET does not expose.</summary>
internal static class Statx
{
    [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
#pragma warning disable SYSLIB1054, CA5392 // a plain DllImport keeps this one call simple
    private static extern int Native(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054, CA5392

    internal static int Call(int dirfd, string path, int flags, uint mask, byte[] buffer) => Native(dirfd, path, flags, mask, buffer);

    /// <summary>The device and inode of a folder or file (links followed), or null where that cannot be told.</summary>
    public static (uint Major, uint Minor, ulong Inode)? Identity(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        if (NativeFileNames.IsEscaped(path))
        {
            return NativeFiles.Status(path)?.Identity;
        }

        try
        {
            var buffer = new byte[256];
            const int AtFdCwd = -100;
            const uint StatxIno = 0x100;
            if (Native(AtFdCwd, path, 0, StatxIno, buffer) != 0)
            {
                return null;
            }

            return (BitConverter.ToUInt32(buffer, 136), BitConverter.ToUInt32(buffer, 140), BitConverter.ToUInt64(buffer, 32));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }
}
