using System.Globalization;
using Humanizer;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>Human output: one block per finding with the source line and a caret line, then a summary.</summary>
internal sealed class PrettyReporter(bool color) : IReporter
{
    private const int MaxShown = 100;

    public void Write(LintReport report, DocumentResult result, TextWriter w)
    {
        foreach (var d in LintReport.Visible(result))
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

            return $"{string.Join(", ", parts)} in {"file".ToQuantity(report.Files)}";
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
            if (lineText.Length > MaxShown && startCol > MaxShown / 3)
            {
                from = Math.Min(startCol - (MaxShown / 3), Math.Max(0, lineText.Length - MaxShown));
            }

            var to = Math.Min(lineText.Length, from + MaxShown);
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
            w.WriteLine($"{new string(' ', 5)} = fix: {Sanitizer.Text(fix.Title)}");
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
