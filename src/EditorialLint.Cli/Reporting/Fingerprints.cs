using System.Security.Cryptography;
using System.Text;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// A finding's identity that survives edits elsewhere in the draft: a hash of the rule id, the flagged text and a
/// little of the text on either side of it on the same line (white space collapsed). Line and column numbers are not
/// part of it, so a finding whose paragraph moves keeps its fingerprint. Two findings with the same hash in one file
/// are told apart by their occurrence (0, 1, ... in reading order), which makes <see cref="Entry.Unique"/> unique
/// within a file; the baseline matches on <see cref="Entry.Hash"/> with counts instead.
/// </summary>
internal static class Fingerprints
{
    /// <summary>Characters of context kept on each side of the flagged text.</summary>
    private const int Context = 24;

    public readonly record struct Entry(EditorialDiagnostic Diagnostic, string Hash, int Occurrence)
    {
        /// <summary>Unique within one file: the hash and the occurrence.</summary>
        public string Unique => Occurrence == 0 ? Hash : $"{Hash}:{Occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Fingerprints of the given diagnostics of one result, in the order given.</summary>
    public static IReadOnlyList<Entry> For(DocumentResult result, IEnumerable<EditorialDiagnostic> diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<Entry>();
        foreach (var d in diagnostics)
        {
            var hash = Hash(result, d);
            seen.TryGetValue(hash, out var n);
            seen[hash] = n + 1;
            list.Add(new Entry(d, hash, n));
        }

        return list;
    }

    /// <summary>The flagged text and its context as hashed (exposed for tests and for the baseline's readable "text").</summary>
    public static (string Flagged, string Before, string After) Material(DocumentResult result, EditorialDiagnostic d)
    {
        if (result.Document is not { } doc || d.Location.Kind == Microsoft.CodeAnalysis.LocationKind.None)
        {
            return (d.Message, string.Empty, string.Empty);
        }

        var text = doc.Text;
        var span = d.Location.SourceSpan;
        var start = Math.Clamp(span.Start, 0, text.Length);
        var end = Math.Clamp(span.End, start, text.Length);
        var line = text.Lines.GetLineFromPosition(start);
        var lineEnd = end <= line.End ? line.End : text.Lines.GetLineFromPosition(end).End;
        var before = text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(line.Start, start - line.Start));
        var after = text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(end, Math.Max(0, lineEnd - end)));
        var flagged = text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(start, end - start));
        before = Collapse(before);
        after = Collapse(after);
        before = before.Length > Context ? before[^Context..] : before;
        after = after.Length > Context ? after[..Context] : after;
        return (Collapse(flagged), before, after);
    }

    public static string Hash(DocumentResult result, EditorialDiagnostic d)
    {
        var (flagged, before, after) = Material(result, d);

        // An empty span (an insertion point, a missing section) says little by itself: the message says what is missing.
        // Numbers are left out of it, since messages cite line numbers ("as on line 4").
        var extra = flagged.Length == 0 ? WithoutNumbers(d.Message) : string.Empty;
        var material = string.Join('\u001f', "v1", d.Id, flagged, before, after, extra);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(material));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    private static string WithoutNumbers(string s) => System.Text.RegularExpressions.Regex.Replace(s, "[0-9]+", "#", System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
