namespace EditorialLint.Cli.Reporting;

/// <summary>
/// Standard output for a report. <see cref="Console.Out"/> flushes every write, in pieces of a few hundred characters,
/// so a large report costs one system call per line or less; the report goes through a 64 KiB buffer over the same
/// stream instead, flushed after each document (so results still appear as they come) and at the end.
/// </summary>
internal static class ConsoleOutput
{
    /// <summary>A buffered writer over standard output when <paramref name="stdout"/> is the console's; otherwise <paramref name="stdout"/> itself.</summary>
    public static TextWriter Buffered(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out)
            ? new StreamWriter(Console.OpenStandardOutput(), stdout.Encoding, 1 << 16, leaveOpen: true) { AutoFlush = false }
            : stdout;
}
