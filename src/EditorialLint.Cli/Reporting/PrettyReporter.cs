using System.Globalization;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// Human output: one block per finding with the source line and a caret line, then a summary. The excerpt is a window
/// of the line around the span, cut to fit <paramref name="width"/> terminal columns (the gutter and the ellipses
/// included).
/// </summary>
internal sealed class PrettyReporter(bool color, int width = PrettyReporter.DefaultWidth) : IReporter
{
    /// <summary>Columns assumed when the output is not a terminal.</summary>
    public const int DefaultWidth = 110;

    /// <summary>"    3 | " before the excerpt and an ellipsis on each side.</summary>
    private const int Chrome = 10;

    private readonly int _maxShown = Math.Max(20, width - Chrome);

    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        foreach (var d in report.Shown(result))
        {
            WriteOne(w, result, d, report);
        }
    }

    public void End(LintReport report, TextWriter w) => w.WriteLine(Summary(report));

    internal static string Summary(LintReport report)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var errors = report.Count(DiagnosticSeverity.Error);
            var warnings = report.Count(DiagnosticSeverity.Warning);
            var suggestions = report.Count(DiagnosticSeverity.Info);
            var parts = new List<string> { "error".ToQuantity(errors), "warning".ToQuantity(warnings) };
            if (suggestions > 0)
            {
                parts.Add("suggestion".ToQuantity(suggestions));
            }

            var summary = $"{string.Join(", ", parts)} in {"file".ToQuantity(report.Files)}";
            var notes = new List<string>();
            if (report.WouldRemove is { } removed)
            {
                notes.Add($"--fix would remove {"finding".ToQuantity(removed)}");
            }
            else
            {
                if (report.SafelyFixable > 0)
                {
                    notes.Add($"{report.SafelyFixable} can be fixed with --fix");
                }

                if (report.FixableWithReview > 0)
                {
                    notes.Add($"{report.FixableWithReview} more with --unsafe-fixes (review the changes)");
                }
            }

            if (report.UsesBaseline && report.Unchanged > 0)
            {
                notes.Add($"{report.Unchanged} more in the baseline");
            }

            return notes.Count == 0 ? summary : $"{summary} ({string.Join("; ", notes)})";
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private void WriteOne(TextWriter w, DocumentResult result, EditorialDiagnostic d, LintReport report)
    {
        var span = d.Location.GetLineSpan();
        var line = span.StartLinePosition.Line + 1;
        var col = span.StartLinePosition.Character + 1;
        var sev = LintReport.SeverityWord(d.Severity);
        var sevColored = color ? Color(sev, d.Severity) : sev;
        var alias = report.Registry.GetAlias(d.Id);
        w.WriteLine($"{Sanitizer.Path(result.Path)}:{line}:{col}: {sevColored} {d.Id}: {Sanitizer.Text(d.Message)} [{alias}]");

        if (result.Document is { } doc && doc.Text.Length > 0 && span.StartLinePosition.Line < doc.Text.Lines.Count)
        {
            var textLine = doc.Text.Lines[span.StartLinePosition.Line];
            var lineText = textLine.ToString();
            var startCol = span.StartLinePosition.Character;
            var endCol = span.EndLinePosition.Line == span.StartLinePosition.Line ? span.EndLinePosition.Character : lineText.Length;
            endCol = Math.Max(endCol, startCol + 1);

            // Show a window of the line around the span.
            var from = 0;
            if (lineText.Length > _maxShown && startCol > _maxShown / 3)
            {
                from = Math.Min(startCol - (_maxShown / 3), Math.Max(0, lineText.Length - _maxShown));
            }

            var to = Math.Min(lineText.Length, from + _maxShown);
            while (to > from + 1 && DisplayWidth(lineText.AsSpan(from, to - from)) > _maxShown)
            {
                to--; // wide characters take two columns
            }

            if (to < lineText.Length && char.IsLowSurrogate(lineText[to]) && to > from + 1)
            {
                to--; // never split a surrogate pair
            }
            var shown = Printable(lineText[from..to]);
            var gutter = line.ToString(CultureInfo.InvariantCulture).PadLeft(5);
            w.WriteLine($"{gutter} | {(from > 0 ? "…" : string.Empty)}{shown}{(to < lineText.Length ? "…" : string.Empty)}");
            var pad = DisplayWidth(lineText.AsSpan(from, Math.Clamp(startCol - from, 0, to - from))) + (from > 0 ? 1 : 0);
            var width = Math.Max(1, DisplayWidth(lineText.AsSpan(Math.Min(startCol, lineText.Length), Math.Clamp(Math.Min(endCol, to) - startCol, 0, lineText.Length - Math.Min(startCol, lineText.Length)))));
            var carets = new string('^', width);
            w.WriteLine($"{new string(' ', 5)} | {new string(' ', pad)}{(color ? Color(carets, d.Severity) : carets)}");
        }

        if (d.Fix is { } fix)
        {
            w.WriteLine($"{new string(' ', 5)} = fix{(fix.IsSafe ? string.Empty : " (needs review, --unsafe-fixes)")}: {Sanitizer.Text(fix.Title)}");
        }
    }

    private static string Printable(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\t')
            {
                chars[i] = ' ';
            }
            else if (Sanitizer.NeedsReplacing(chars[i]))
            {
                chars[i] = Sanitizer.Symbol(chars[i]); // control pictures; bidirectional controls too
            }
        }

        return new string(chars);
    }

    /// <summary>Terminal columns: wide East Asian characters take two, combining marks none.</summary>
    internal static int DisplayWidth(ReadOnlySpan<char> s)
    {
        var width = 0;
        foreach (var c in s)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if ((cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format && !Sanitizer.IsBidiControl(c)) || char.IsLowSurrogate(c))
            {
                continue;
            }

            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or
            (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    private static string Color(string s, DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => $"\u001b[31;1m{s}\u001b[0m",
        DiagnosticSeverity.Warning => $"\u001b[33;1m{s}\u001b[0m",
        DiagnosticSeverity.Info => $"\u001b[36m{s}\u001b[0m",
        _ => s,
    };
}
