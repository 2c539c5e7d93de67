namespace EditorialLint.Cli;

/// <summary>Writes a file so that readers see the old bytes or the new ones, never half: temp file, then rename.</summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        using var pending = Create(path);
        pending.Stream.Write(bytes);
        pending.Commit();
    }

    /// <summary>Start writing <paramref name="path"/>: write to <see cref="Pending.Stream"/>, then commit; disposing without committing leaves the file as it was.</summary>
    public static Pending Create(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        return new Pending(full, temp, new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None));
    }

    internal sealed class Pending(string full, string temp, FileStream stream) : IDisposable
    {
        private bool _closed;

        public Stream Stream => stream;

        public void Commit()
        {
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            _closed = true;
            if (File.Exists(full) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            }

            File.Move(temp, full, overwrite: true);
        }

        public void Dispose()
        {
            if (!_closed)
            {
                stream.Dispose();
                _closed = true;
            }

            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
