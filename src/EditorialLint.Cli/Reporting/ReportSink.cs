using System.Diagnostics;
using System.Globalization;
using System.Text;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// Where one lint run's report goes: the reporter for <c>--format</c>, colour and width for a terminal, the progress
/// line on standard error, and the destination. The report is written as results arrive (in path order), so no
/// document outlives its turn. It goes to a temporary file beside <c>--output</c> (renamed over the file by
/// <see cref="Commit"/>), or to standard output — except with <c>--fix</c>, whose diffs come first on standard output,
/// and when the temporary file cannot be created: then it is kept in memory and written by <see cref="Commit"/>.
/// A report that cannot be written (a full disk, a closed pipe) does not abort the run: the first failure is kept
/// (<see cref="Failure"/>), later writes are dropped.
/// </summary>
internal sealed class ReportSink : IDisposable
{
    private readonly LintCommand.LintOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly IReporter _reporter;
    private readonly Progress _progress;
    private readonly AtomicFile.Pending? _file;
    private readonly StringWriter? _buffered;
    private readonly TextWriter _output;
    private readonly GuardedWriter _writer;
    private StreamWriter? _fileWriter;

    private ReportSink(LintCommand.LintOptions options, int inputCount, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        _progress = new Progress(stderr, inputCount, enabled: !options.Quiet && !Console.IsErrorRedirected && inputCount >= 20);
        Color = UseColor(options);
        _reporter = CreateReporter(options, Color);
        _file = TryCreateFile(options.Output);
        _fileWriter = _file is null ? null : new StreamWriter(_file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        _buffered = _fileWriter is null && (options.Output is not null || options.Fix) ? new StringWriter() : null;
        IsLive = _fileWriter is null && _buffered is null;
        _output = ConsoleOutput.Buffered(stdout);
        _writer = new GuardedWriter(_fileWriter ?? _buffered ?? _output);
    }

    /// <summary>Whether pretty output and diffs are coloured.</summary>
    public bool Color { get; }

    /// <summary>True when the report goes straight to standard output, beside the progress line.</summary>
    public bool IsLive { get; }

    /// <summary>The first failure to write the report, or null.</summary>
    public IOException? Failure => _writer.Failure;

    /// <summary>The sink for a run with <paramref name="options"/> over <paramref name="inputCount"/> inputs (the temporary file beside --output is created here).</summary>
    public static ReportSink Open(LintCommand.LintOptions options, int inputCount, TextWriter stdout, TextWriter stderr) =>
        new(options, inputCount, stdout, stderr);

    /// <summary>Whether pretty output and diffs are coloured: --color always/never, else only on a terminal without NO_COLOR.</summary>
    internal static bool UseColor(LintCommand.LintOptions o)
    {
        if (o.NoColor || o.Color == "never")
        {
            return false;
        }

        if (o.Color == "always")
        {
            return true;
        }

        return o.Output is null && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
    }

    /// <summary>Terminal columns: $COLUMNS when set, else the console's width when writing to it, else a fixed width.</summary>
    internal static int TerminalWidth(LintCommand.LintOptions o)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return columns;
        }

        if (o.Output is null && !Console.IsOutputRedirected)
        {
            try
            {
                var w = Console.WindowWidth;
                if (w > 0)
                {
                    return w;
                }
            }
            catch (IOException)
            {
            }
        }

        return PrettyReporter.DefaultWidth;
    }

    /// <summary>The report's start (a JSON or SARIF header, say).</summary>
    public void Begin(LintReport report) => _reporter.Begin(report, _writer);

    /// <summary>One draft's findings (the progress line is wiped first when both share the terminal).</summary>
    public void Write(LintReport report, DocumentResult result)
    {
        if (IsLive && LintReport.Visible(result).Any())
        {
            _progress.Clear();
        }

        _reporter.Write(report, result, _writer);
        if (IsLive)
        {
            _writer.Flush(); // results appear as they come
        }
    }

    /// <summary>The findings of one draft that the baseline accepted (only SARIF shows them).</summary>
    public void WriteUnchanged(LintReport report, DocumentResult result, IReadOnlyList<Fingerprints.Entry> unchanged) =>
        _reporter.WriteUnchanged(report, result, unchanged, _writer);

    /// <summary>One more draft is done: the progress line moves on.</summary>
    public void Tick() => _progress.Tick();

    /// <summary>
    /// The report's end, then the report where it belongs: renamed over <c>--output</c> (with the summary on standard
    /// error for formats other than pretty), or the buffered report on standard output. False when <c>--output</c>
    /// could not be written; the message is on standard error and no report was written.
    /// </summary>
    public bool Commit(LintReport report)
    {
        _progress.Done();
        _reporter.End(report, _writer);
        if (IsLive)
        {
            _writer.Flush();
        }

        if (_options.Output is { } output)
        {
            try
            {
                WriteOutputFile(output);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _stderr.WriteLine($"editorial-lint: cannot write {output}: {ex.Message}; no report was written");
                return false;
            }

            if (_options.Format != "pretty")
            {
                _stderr.WriteLine(PrettyReporter.Summary(report));
            }
        }
        else if (_buffered is not null)
        {
            _output.Write(_buffered.ToString());
            _output.Flush();
        }

        return true;
    }

    /// <summary>Closes the temporary file; when the report was not committed, the temporary file is deleted.</summary>
    public void Dispose()
    {
        try
        {
            _fileWriter?.Dispose();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The report was not committed; the temporary file goes below.
        }

        _file?.Dispose();
        new GuardedWriter(_output).Flush();
    }

    private void WriteOutputFile(string output)
    {
        if (_writer.Failure is { } failure)
        {
            throw failure;
        }

        if (_file is not null)
        {
            _fileWriter!.Dispose(); // flushes; the stream stays open for Commit
            _fileWriter = null;
            _file.Commit();
        }
        else
        {
            AtomicFile.Write(output, Encoding.UTF8.GetBytes(_buffered!.ToString()));
        }
    }

    /// <summary>The temporary file beside --output, or null (no --output, or it cannot be created: the report is buffered).</summary>
    private static AtomicFile.Pending? TryCreateFile(string? output)
    {
        if (output is null)
        {
            return null;
        }

        try
        {
            return AtomicFile.Create(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The reporter for --format.</summary>
    private static IReporter CreateReporter(LintCommand.LintOptions o, bool color) =>
        o.Format switch
        {
            "msbuild" => new MsBuildReporter(),
            "json" => new JsonReporter(),
            "sarif" => new SarifReporter(),
            "github" => new GitHubReporter(o.StepSummary),
            "gitlab" => new GitLabReporter(),
            "junit" => new JUnitReporter(),
            _ => new PrettyReporter(color, TerminalWidth(o)),
        };

    /// <summary>The "Linting n/N files…" line on standard error, redrawn at most every 200 ms.</summary>
    private sealed class Progress(TextWriter stderr, int total, bool enabled)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _done;
        private long _lastShown;

        public void Tick()
        {
            var done = Interlocked.Increment(ref _done);
            if (!enabled)
            {
                return;
            }

            var now = _clock.ElapsedMilliseconds;
            var last = Interlocked.Read(ref _lastShown);
            if (now - last >= 200 && Interlocked.CompareExchange(ref _lastShown, now, last) == last)
            {
                lock (stderr)
                {
                    stderr.Write($"\rLinting {done}/{total} files…");
                }
            }
        }

        /// <summary>Wipe the progress line before report lines go to the same terminal; the next tick redraws it.</summary>
        public void Clear()
        {
            if (enabled && Interlocked.Read(ref _lastShown) > 0)
            {
                Wipe();
            }
        }

        public void Done()
        {
            if (enabled && _lastShown > 0)
            {
                Wipe();
            }
        }

        private void Wipe()
        {
            lock (stderr)
            {
                stderr.Write("\r" + new string(' ', 40) + "\r");
            }
        }
    }
}
