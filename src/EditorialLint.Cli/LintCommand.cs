using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Cli.Reporting;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Syntax;
using EditorialLint.Core.Text;
using System.Text;

namespace EditorialLint.Cli;

/// <summary><c>editorial-lint lint PATH... [--format F] [--output FILE] [--fix [--dry-run]]</c>.</summary>
internal static class LintCommand
{
    private static readonly string[] Formats = ["pretty", "msbuild", "json", "sarif", "github", "gitlab", "junit"];

    private static readonly string[] ColorModes = ["auto", "always", "never"];

    /// <summary>What standard input is called without --stdin-filename: a Markdown draft in the current folder.</summary>
    internal const string DefaultStdinName = "stdin.md";

    public static Option<bool> NoPluginsOption() => new("--no-plugins") { Description = "Do not compile or run custom rules from rules/ folders (they are C# code and run with your rights)." };

    public static Option<bool> AllowPluginApisOption() => new("--allow-plugin-apis") { Description = "Let custom rules use APIs that are banned by default: Environment.Exit, processes, files, network, console, reflection, native code, threads." };

    public static Option<string?> RulesDirOption() => new("--rules") { Description = "A folder of custom rule files (*.cs) to compile and run beside the built-in rules.", HelpName = "DIR" };

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Drafts or folders to lint (.md, .markdown, .txt; folders are searched recursively), globs (*.md, docs/**/*.md), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: pretty (default; source line and caret), msbuild (path(line,col): error ID: message), json, sarif (SARIF 2.1.0), github (Actions annotations), gitlab (Code Quality report), junit (JUnit XML).",
            DefaultValueFactory = _ => "pretty",
            HelpName = string.Join('|', Formats),
        };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of standard output.", HelpName = "FILE" };
        var fix = new Option<bool>("--fix") { Description = "Apply safe fixes in place (character repairs, numbering, layout; atomically, keeping encoding, BOM and line endings), then report what remains." };
        var unsafeFixes = new Option<bool>("--unsafe-fixes") { Description = "With --fix (implied): also apply fixes that change wording and need review (house terms, spellings, names, compounds)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --fix: print the changes as a diff (words highlighted in colour) and write nothing; the exit code is that of the fixed drafts." };
        var color = new Option<string>("--color")
        {
            Description = "Colour in pretty output and diffs: auto (default: when writing to a terminal and NO_COLOR is not set), always (for CI logs), never.",
            DefaultValueFactory = _ => "auto",
            HelpName = "auto|always|never",
        };
        color.AcceptOnlyFromAmong(ColorModes);
        var noColor = new Option<bool>("--no-color") { Description = "The same as --color never." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress line on standard error." };
        var noPlugins = NoPluginsOption();
        var rulesDir = RulesDirOption();
        var allowPluginApis = AllowPluginApisOption();
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings that are not in this baseline file (matched by rule, file and the flagged text with its context, not by line).", HelpName = "FILE" };
        var updateBaseline = new Option<bool>("--update-baseline") { Description = "With --baseline: write this run's findings to the file (fixed ones drop out) and exit 0 unless the input is unreadable." };
        var stdinFilename = new Option<string?>("--stdin-filename") { Description = "The path that standard input (-) stands for: its .editorconfig settings and reader apply, and reports name it.", HelpName = "PATH" };
        var noIgnore = new Option<bool>("--no-ignore") { Description = "Also lint drafts that git ignores (.gitignore) when searching folders and globs." };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Skip drafts whose path (relative to the current folder) matches GLOB; a glob without a slash matches in any folder. Repeatable.",
            HelpName = "GLOB",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var stepSummary = new Option<string?>("--step-summary")
        {
            Description = "With --format github: append a Markdown summary (counts and first findings) to FILE; defaults to $GITHUB_STEP_SUMMARY.",
            HelpName = "FILE",
        };

        var maxFindings = new Option<int>("--max-findings-per-rule")
        {
            Description = "List at most N findings of each rule per file and sum up the rest in one closing finding (0: list all; SARIF and GitLab always list all). Counts, exit code and --fix cover every finding.",
            HelpName = "N",
            DefaultValueFactory = _ => Reporting.FindingCap.DefaultLimit,
        };

        var command = new Command("lint", "Lint drafts and report findings. Exit code 0: no errors; 1: at least one error-severity finding; 2: usage, configuration or unreadable input.")
        {
            paths, format, output, fix, unsafeFixes, dryRun, color, noColor, quiet, noPlugins, rulesDir, baseline, updateBaseline, stdinFilename, noIgnore, exclude, stepSummary, allowPluginApis, maxFindings,
        };

        command.SetAction(parse =>
        {
            var options = new LintOptions(
                parse.GetValue(paths) ?? [],
                parse.GetValue(format) ?? "pretty",
                parse.GetValue(output),
                parse.GetValue(fix) || parse.GetValue(unsafeFixes),
                parse.GetValue(dryRun),
                parse.GetValue(noColor),
                parse.GetValue(quiet),
                parse.GetValue(noPlugins),
                parse.GetValue(rulesDir))
            {
                UnsafeFixes = parse.GetValue(unsafeFixes),
                Color = parse.GetValue(color) ?? "auto",
                Baseline = parse.GetValue(baseline),
                UpdateBaseline = parse.GetValue(updateBaseline),
                StdinFilename = parse.GetValue(stdinFilename),
                NoIgnore = parse.GetValue(noIgnore),
                Exclude = parse.GetValue(exclude) ?? [],
                StepSummary = parse.GetValue(stepSummary) ?? NonEmpty(Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY")),
                Stdin = stdin,
                AllowPluginApis = parse.GetValue(allowPluginApis),
                MaxFindingsPerRule = parse.GetValue(maxFindings),
            };
            return Run(options, stdout, stderr);
        });
        return command;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    internal sealed record LintOptions(string[] Paths, string Format, string? Output, bool Fix, bool DryRun, bool NoColor, bool Quiet, bool NoPlugins, string? RulesDir)
    {
        /// <summary>With <c>--fix</c>: also apply fixes that need review.</summary>
        public bool UnsafeFixes { get; init; }

        public string Color { get; init; } = "auto";

        public string? Baseline { get; init; }

        public bool UpdateBaseline { get; init; }

        public string? StdinFilename { get; init; }

        public bool NoIgnore { get; init; }

        public IReadOnlyList<string> Exclude { get; init; } = [];

        public string? StepSummary { get; init; }

        public Func<Stream> Stdin { get; init; } = Console.OpenStandardInput;

        /// <summary>Let plugin rules use the APIs banned by default (see docs/writing-rules.md).</summary>
        public bool AllowPluginApis { get; init; }

        /// <summary>Findings listed per rule and file before the rest are summed up (<c>--max-findings-per-rule</c>; 0: all).</summary>
        public int MaxFindingsPerRule { get; init; } = Reporting.FindingCap.DefaultLimit;
    }

    internal static int Run(LintOptions o, TextWriter stdout, TextWriter stderr)
    {
        Validate(o);
        var input = InputFiles.Expand(o.Paths, new InputFiles.Options(o.NoIgnore, o.Exclude));
        foreach (var n in input.Notes)
        {
            stderr.WriteLine($"editorial-lint: {n}");
        }

        if (input.Stdin && o.Fix && !o.DryRun)
        {
            throw new CliUsageException("--fix cannot rewrite standard input; use --fix --dry-run to see the changes");
        }

        var baseline = o.Baseline is null ? null : Baseline.Load(o.Baseline, o.UpdateBaseline);

        // With --fix each draft's size, time and hash are remembered as it is read: it is written only if unchanged.
        var snapshots = new ConcurrentDictionary<string, FileSnapshot>(StringComparer.Ordinal);
        var inputs = DocumentInputs(o, input, snapshots);
        var (session, setup) = SessionSetup.Create(o, inputs, input.Problems);
        var report = new LintReport(session.Registry, setup.PluginErrors.Count + inputs.Count) { UsesBaseline = baseline is not null, BaselineFile = o.Baseline, MaxFindingsPerRule = o.MaxFindingsPerRule };

        LintRun run;
        using (var sink = ReportSink.Open(o, inputs.Count, stdout, stderr))
        {
            run = new LintRun(o, session, baseline, report, sink, snapshots, stdout, stderr);
            var tanalyze = Timings.Start();
            sink.Begin(report);
            session.LintInOrder(inputs, run.Accept, onDocumentDone: _ => sink.Tick());
            Timings.Stop("cli: analyze+report (wall)", tanalyze);
            if (!sink.Commit(report))
            {
                return ExitCodes.Usage;
            }

            run.ReportFailure = sink.Failure;
        }

        return Finish(o, baseline, run, stderr);
    }

    /// <summary>Options that contradict each other are a usage error before anything is read.</summary>
    private static void Validate(LintOptions o)
    {
        if (o.DryRun && !o.Fix)
        {
            throw new CliUsageException("--dry-run only makes sense with --fix");
        }

        if (o.UpdateBaseline && o.Baseline is null)
        {
            throw new CliUsageException("--update-baseline needs --baseline FILE (the file to write)");
        }

        if (o.UpdateBaseline && o.Fix)
        {
            throw new CliUsageException("--update-baseline cannot be combined with --fix: fix first, then update the baseline");
        }

        if (o.StdinFilename is not null && !o.Paths.Contains(InputFiles.StdinArgument, StringComparer.Ordinal))
        {
            throw new CliUsageException("--stdin-filename names standard input, which is read only when - is among the paths");
        }
    }

    /// <summary>
    /// What the run reads: standard input (under --stdin-filename) and the files; with --fix a file's size, time and
    /// hash go to <paramref name="snapshots"/> as it is read.
    /// </summary>
    private static List<DocumentInput> DocumentInputs(LintOptions o, InputFiles.Result input, ConcurrentDictionary<string, FileSnapshot> snapshots)
    {
        var stdinName = o.StdinFilename ?? DefaultStdinName;
        var inputs = new List<DocumentInput>();
        if (input.Stdin)
        {
            inputs.Add(new DocumentInput(stdinName, () =>
            {
                using var s = o.Stdin();
                using var buffer = new MemoryStream();
                s.CopyTo(buffer);
                return buffer.ToArray();
            }));
        }

        inputs.AddRange(input.Files.Select(f => new DocumentInput(f, o.Fix && !o.DryRun
            ? () =>
            {
                var (bytes, snapshot) = FileSnapshot.Read(f);
                snapshots[f] = snapshot;
                return bytes;
            }
            : () => FileOps.ReadDraft(f))));
        return inputs;
    }

    /// <summary>After the report: the baseline written, failures to write reported, and the exit code.</summary>
    private static int Finish(LintOptions o, Baseline? baseline, LintRun run, TextWriter stderr)
    {
        if (baseline is not null && o.UpdateBaseline)
        {
            try
            {
                var (written, dropped) = baseline.Write();
                stderr.WriteLine($"editorial-lint: baseline {o.Baseline}: {written} finding{(written == 1 ? string.Empty : "s")} accepted, {dropped} no longer found and dropped");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"editorial-lint: cannot write the baseline {o.Baseline}: {ex.Message}");
                return ExitCodes.Usage;
            }
        }

        if (run.ReportFailure is { } lost && o.Output is null)
        {
            stderr.WriteLine($"editorial-lint: cannot write the report: {lost.Message}");
            return ExitCodes.Usage;
        }

        if (run.WriteFailures > 0)
        {
            stderr.WriteLine($"editorial-lint: {run.WriteFailures} file{(run.WriteFailures == 1 ? " was" : "s were")} not fixed (see above)");
            return ExitCodes.Usage;
        }

        if (Timings.Enabled)
        {
            stderr.Write(Timings.Report());
            stderr.WriteLine($"process start to here: {(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds:F0} ms");
        }

        if (run.HasUsageError)
        {
            return ExitCodes.Usage;
        }

        return run.HasError ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>A configuration file under the current folder is shown relative to it, as the drafts are.</summary>
    private static string RelativeToCurrentFolder(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return path;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <summary>
    /// One run's findings as they arrive, in path order: run problems, fixes, the baseline, the report, and what
    /// decides the exit code.
    /// </summary>
    private sealed class LintRun(
        LintOptions o, LintSession session, Baseline? baseline, LintReport report, ReportSink sink,
        ConcurrentDictionary<string, FileSnapshot> snapshots, TextWriter stdout, TextWriter stderr)
    {
        /// <summary>Files that could not be fixed: they make the run exit 2.</summary>
        public int WriteFailures { get; set; }

        /// <summary>An error-severity finding remains (exit 1).</summary>
        public bool HasError { get; private set; }

        /// <summary>An error that fails the run remains (configuration, unreadable input: exit 2).</summary>
        public bool HasUsageError { get; private set; }

        /// <summary>The first failure to write the report to standard output, or null.</summary>
        public IOException? ReportFailure { get; set; }

        /// <summary>One draft's result (or a run problem): fixed with --fix, then reported.</summary>
        public void Accept(DocumentResult result)
        {
            if (result.IsRunProblem)
            {
                var problem = result with { Path = RelativeToCurrentFolder(result.Path) };
                Take(problem, problem);
                return;
            }

            if (!o.Fix)
            {
                Take(result, result);
                return;
            }

            var (shown, remaining) = FixOne(session, result, o.DryRun, o.UnsafeFixes, sink.Color, snapshots.GetValueOrDefault(result.Path), this, stdout, stderr);
            if (o.DryRun)
            {
                report.AddWouldRemove(Math.Max(0, LintReport.Visible(result).Count() - LintReport.Visible(remaining).Count()));
            }

            Take(shown, remaining);
        }

        /// <summary>Report <paramref name="result"/> (less what the baseline accepts); <paramref name="remaining"/> decides the exit code.</summary>
        private void Take(DocumentResult result, DocumentResult remaining)
        {
            if (baseline is not null)
            {
                (result, remaining) = FilterByBaseline(result, remaining);
            }

            report.Add(result);
            foreach (var d in remaining.Diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Error)
                {
                    HasError |= !o.UpdateBaseline || Baseline.IsEngine(d);
                    HasUsageError |= EngineTags.FailsTheRun(d.Diagnostic);
                }
            }

            sink.Write(report, result);
        }

        private (DocumentResult Result, DocumentResult Remaining) FilterByBaseline(DocumentResult result, DocumentResult remaining)
        {
            var remainingNew = ReferenceEquals(remaining, result) ? null : baseline!.Peek(remaining); // before Filter uses up the counts
            var (fresh, entries, unchanged) = baseline!.Filter(result);
            report.AddUnchanged(unchanged.Count);
            sink.WriteUnchanged(report, result, unchanged);
            if (o.UpdateBaseline)
            {
                // Everything but engine findings goes into the new baseline: nothing else is reported.
                report.AddUnchanged(entries.Count(e => !Baseline.IsEngine(e.Diagnostic)));
                entries = [.. entries.Where(e => Baseline.IsEngine(e.Diagnostic))];
                fresh = fresh with { Diagnostics = [.. entries.Select(e => e.Diagnostic)] };
            }

            report.SetEntries(fresh, entries);
            return (fresh, remainingNew ?? fresh);
        }
    }

    /// <summary>
    /// Fix one draft: returns what to report (the findings before fixing with --dry-run, what remains otherwise) and
    /// what remains after the fixes, which decides the exit code. The file is written only if it is unchanged since it
    /// was read (<paramref name="snapshot"/>); a file that cannot be written counts in <paramref name="state"/>.
    /// </summary>
    private static (DocumentResult Shown, DocumentResult Remaining) FixOne(LintSession session, DocumentResult result, bool dryRun, bool unsafeFixes, bool color, FileSnapshot? snapshot, LintRun state, TextWriter stdout, TextWriter stderr)
    {
        Func<EditorialDiagnostic, bool> applies = unsafeFixes ? FixEngine.AnyFix : FixEngine.SafeOnly;
        if (result.Document is not { } original || !result.Diagnostics.Any(applies))
        {
            return (result, result);
        }

        FixOutcome outcome;
        try
        {
            outcome = session.Fix(result, applies);
            if (!outcome.Settled)
            {
                stderr.WriteLine($"editorial-lint: {Sanitizer.Path(original.Path)}: some fixes undo each other (or did not settle in {FixEngine.MaxRounds} rounds); the text was settled on one of them");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            stderr.WriteLine($"editorial-lint: could not fix {Sanitizer.Path(original.Path)}: {AnalysisDriver.Describe(ex)}; the file is unchanged");
            state.WriteFailures++;
            return (result, result);
        }

        if (!outcome.Changed(original))
        {
            return (result, result);
        }

        var (after, current, total) = (outcome.Text, outcome.Result, outcome.Applied);
        if (dryRun)
        {
            stdout.Write(UnifiedDiff.Create(original.Path, original.Content, after, color));
            return (result, current);
        }

        try
        {
            var bytes = StrictDecoder.Encode(after, original.Encoding);
            if (snapshot is null)
            {
                throw new FileWriteException("it was not read from disk");
            }

            AtomicFile.Replace(original.Path, bytes, snapshot);
            stderr.WriteLine($"editorial-lint: fixed {total} finding{(total == 1 ? string.Empty : "s")} in {Sanitizer.Path(original.Path)}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or EncoderFallbackException)
        {
            stderr.WriteLine($"editorial-lint: could not write {Sanitizer.Path(original.Path)}: {Sanitizer.Text(ex.Message)}; the file is unchanged");
            state.WriteFailures++;
            return (result, result);
        }

        return (current, current);
    }
}
