using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace EditorialLint.Cli;

/// <summary>What statx(2) tells of a file (links followed).</summary>
internal readonly record struct NativeFileStatus(long Length, DateTime LastWriteUtc, UnixFileMode Mode, long Links, bool IsRegular, bool IsDirectory, (uint Major, uint Minor, ulong Inode) Identity);

/// <summary>
/// File operations on display paths (<see cref="NativeFileNames"/>) through libc on Linux: the path's bytes go to
/// <c>open</c>, <c>statx</c>, <c>rename</c>, <c>unlink</c>, <c>chmod</c>, <c>realpath</c> and <c>opendir</c>/<c>readdir</c>
/// as they are, so a name that is not valid UTF-8 can be listed, read and replaced. A file is read and written through
/// a <see cref="FileStream"/> over the descriptor. Failures throw the exceptions .NET's own calls throw
/// (<see cref="FileNotFoundException"/>, <see cref="UnauthorizedAccessException"/>, <see cref="IOException"/>).
/// </summary>
internal static unsafe partial class NativeFiles
{
    // open(2) flags: these are the same on x86-64 and AArch64 Linux (O_DIRECTORY and O_NOFOLLOW differ; not used).
    private const int ReadOnly = 0, WriteOnly = 1, ReadWrite = 2, Create = 0x40, Exclusive = 0x80, Truncate = 0x200, CloseOnExec = 0x80000;
    private const int AtFdCwd = -100;
    private const uint StatxBasicStats = 0x7FF;
    private const int NoEntry = 2, NotPermitted = 1, AccessDenied = 13, NotFolder = 20;

    /// <summary>Open a file as <see cref="File.Open(string, FileMode, FileAccess)"/> does (Open, Create, CreateNew; new files get mode 0666 less the umask).</summary>
    public static FileStream Open(string path, FileMode mode, FileAccess access)
    {
        var flags = CloseOnExec | (access switch { FileAccess.Read => ReadOnly, FileAccess.Write => WriteOnly, _ => ReadWrite }) | mode switch
        {
            FileMode.Open => 0,
            FileMode.CreateNew => Create | Exclusive,
            FileMode.Create => Create | Truncate,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "not used with native file names"),
        };

        // open(2) is variadic; on Linux x86-64 and AArch64 the mode travels as a plain third argument.
        var fd = OpenNative(NativeFileNames.ToCString(path), flags, 0x1B6);
        if (fd < 0)
        {
            throw Error(path);
        }

        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), access, bufferSize: 1);
    }

    /// <summary>The whole file.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        using var stream = Open(path, FileMode.Open, FileAccess.Read);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Create or truncate the file and write <paramref name="bytes"/>.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        using var stream = Open(path, FileMode.Create, FileAccess.Write);
        stream.Write(bytes);
    }

    /// <summary>The file's size, time, mode and link count, links followed; null when it does not exist or cannot be reached.</summary>
    public static NativeFileStatus? Status(string path)
    {
        if (StatxNative(AtFdCwd, NativeFileNames.ToCString(path), 0, StatxBasicStats, out var s) != 0)
        {
            return null;
        }

        const int TypeMask = 0xF000, Regular = 0x8000, Folder = 0x4000;
        var time = DateTime.UnixEpoch.AddTicks((s.MtimeSeconds * TimeSpan.TicksPerSecond) + (s.MtimeNanoseconds / 100));
        return new NativeFileStatus((long)s.Size, time, (UnixFileMode)(s.Mode & 0xFFF), s.Links, (s.Mode & TypeMask) == Regular, (s.Mode & TypeMask) == Folder, (s.DeviceMajor, s.DeviceMinor, s.Inode));
    }

    /// <summary>chmod(2).</summary>
    public static void SetMode(string path, UnixFileMode mode)
    {
        if (ChmodNative(NativeFileNames.ToCString(path), (uint)mode) != 0)
        {
            throw Error(path);
        }
    }

    /// <summary>rename(2): atomically replaces <paramref name="to"/> (in the same file system).</summary>
    public static void Rename(string from, string to)
    {
        if (RenameNative(NativeFileNames.ToCString(from), NativeFileNames.ToCString(to)) != 0)
        {
            throw Error(to);
        }
    }

    /// <summary>unlink(2); a file already gone is no error.</summary>
    public static void Delete(string path)
    {
        if (UnlinkNative(NativeFileNames.ToCString(path)) != 0 && Marshal.GetLastPInvokeError() != NoEntry)
        {
            throw Error(path);
        }
    }

    /// <summary>The absolute path with every symbolic link resolved (realpath(3)); the path itself when that fails.</summary>
    public static string FollowLinks(string path)
    {
        var resolved = RealPathNative(NativeFileNames.ToCString(path), 0);
        if (resolved == 0)
        {
            return path;
        }

        try
        {
            return NativeFileNames.DisplayPath(MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)resolved));
        }
        finally
        {
            NativeMemory.Free((void*)resolved);
        }
    }

    /// <summary>The entries of a folder as display paths (the folder's path joined with each name), "." and ".." left out.</summary>
    public static List<string> ListFolder(string folder)
    {
        var dir = OpenDirNative(NativeFileNames.ToCString(folder));
        if (dir == 0)
        {
            throw Error(folder);
        }

        try
        {
            var entries = new List<string>();
            while (true)
            {
                Marshal.SetLastPInvokeError(0);
                var entry = (DirEnt64*)ReadDirNative(dir);
                if (entry is null)
                {
                    if (Marshal.GetLastPInvokeError() != 0)
                    {
                        throw Error(folder);
                    }

                    return entries;
                }

                var name = MemoryMarshal.CreateReadOnlySpanFromNullTerminated(entry->Name);
                if (!name.SequenceEqual("."u8) && !name.SequenceEqual(".."u8))
                {
                    entries.Add(Path.Combine(folder, NativeFileNames.DisplayName(name)));
                }
            }
        }
        finally
        {
            _ = CloseDirNative(dir);
        }
    }

    /// <summary>The byte offset of d_name in <see cref="DirEnt64"/> (19 on 64-bit Linux, glibc and musl alike); for tests.</summary>
    internal static int NameOffset => (int)Marshal.OffsetOf<DirEnt64>(nameof(DirEnt64.Name));

    private static Exception Error(string path)
    {
        var errno = Marshal.GetLastPInvokeError();
        var message = $"{Marshal.GetPInvokeErrorMessage(errno)}: '{path}'";
        return errno switch
        {
            NoEntry or NotFolder => new FileNotFoundException(message, path),
            AccessDenied or NotPermitted => new UnauthorizedAccessException(message),
            _ => new IOException(message, errno),
        };
    }

    /// <summary>
    /// struct dirent of 64-bit Linux (readdir is readdir64 there): the same on x86-64 and AArch64, glibc and musl —
    /// d_ino, d_off (8 bytes each), d_reclen (2), d_type (1), then the NUL-terminated d_name at offset 19.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct DirEnt64
    {
        public ulong Inode;
        public long Offset;
        public ushort RecordLength;
        public byte Type;
        public fixed byte Name[256];
    }

    /// <summary>struct statx (linux/stat.h), the fields used here at their fixed offsets; the kernel writes 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(16)]
        public uint Links;
        [FieldOffset(28)]
        public ushort Mode;
        [FieldOffset(32)]
        public ulong Inode;
        [FieldOffset(40)]
        public ulong Size;
        [FieldOffset(112)]
        public long MtimeSeconds;
        [FieldOffset(120)]
        public uint MtimeNanoseconds;
        [FieldOffset(136)]
        public uint DeviceMajor;
        [FieldOffset(140)]
        public uint DeviceMinor;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int OpenNative(byte[] path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static partial int StatxNative(int dirfd, byte[] path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "chmod", SetLastError = true)]
    private static partial int ChmodNative(byte[] path, uint mode);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static partial int RenameNative(byte[] from, byte[] to);

    [LibraryImport("libc", EntryPoint = "unlink", SetLastError = true)]
    private static partial int UnlinkNative(byte[] path);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static partial nint RealPathNative(byte[] path, nint resolved);

    [LibraryImport("libc", EntryPoint = "opendir", SetLastError = true)]
    private static partial nint OpenDirNative(byte[] path);

    [LibraryImport("libc", EntryPoint = "readdir", SetLastError = true)]
    private static partial nint ReadDirNative(nint dir);

    [LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDirNative(nint dir);
}
