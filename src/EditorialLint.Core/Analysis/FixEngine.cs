using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Analysis;

/// <summary>The outcome of fixing one document to a fixed point.</summary>
/// <param name="Text">The fixed text.</param>
/// <param name="Result">The findings on <paramref name="Text"/>.</param>
/// <param name="Applied">How many fixes were applied over all rounds.</param>
/// <param name="Settled">False when fixes undo each other or the rounds ran out (the text is then one of the cycle's).</param>
internal sealed record FixOutcome(string Text, DocumentResult Result, int Applied, bool Settled)
{
    /// <summary>Whether the text changed.</summary>
    public bool Changed(EditorialDocument original) => Applied > 0 && !string.Equals(original.Content, Text, StringComparison.Ordinal);
}

/// <summary>
/// Applies fixes in rounds of non-overlapping changes (<see cref="FixApplier"/>), re-reading and re-analysing the text
/// after each round, until no fix changes it. The one fix loop of the engine: <c>lint --fix</c>, the rule tests and
/// <c>test-rules</c> all reach their fixed text through it.
/// </summary>
internal static class FixEngine
{
    /// <summary>Rounds of fixing per document before giving up on reaching a fixed point (each round re-lints the document).</summary>
    public const int MaxRounds = 200;

    /// <summary>Safe fixes only (<c>--fix</c>).</summary>
    public static bool SafeOnly(EditorialDiagnostic d) => d.Fix is { IsSafe: true };

    /// <summary>Safe fixes and those that need review (<c>--fix --unsafe-fixes</c>, and rule tests).</summary>
    public static bool AnyFix(EditorialDiagnostic d) => d.Fix is not null;

    /// <summary>
    /// Apply fix rounds until no fix changes the text (a fixed point), a text seen before comes back (fixes that undo
    /// each other: the ordinally smallest text of the cycle is kept, so a second run changes nothing), or
    /// <see cref="MaxRounds"/> is reached. <paramref name="analyze"/> lints a re-read document with its configuration.
    /// </summary>
    public static FixOutcome Run(DocumentResult result, EditorialDocument original, Func<EditorialDocument, DocumentResult> analyze, Func<EditorialDiagnostic, bool> applies)
    {
        var text = original.Text;
        var current = result;
        var total = 0;
        var seen = new List<string> { Fingerprint(original.Content) };
        for (var round = 0; ; round++)
        {
            if (round == MaxRounds)
            {
                return new FixOutcome(text.ToString(), current, total, false);
            }

            if (current.Document is null)
            {
                break; // the fixed text could not be analysed (EL9010): stop here
            }

            var (next, applied) = FixApplier.ApplyRound(text, Fixable(current, original, applies));
            if (applied == 0)
            {
                break;
            }

            var fingerprint = Fingerprint(next.ToString());
            var repeat = seen.IndexOf(fingerprint);
            if (repeat >= 0)
            {
                var (settle, settledResult) = SmallestInCycle(original, next, seen.Count - repeat, analyze, applies);
                return new FixOutcome(settle, settledResult, total + applied, false);
            }

            seen.Add(fingerprint);
            total += applied;
            text = next;
            current = analyze(Reread(original, text));
        }

        return new FixOutcome(text.ToString(), current, total, true);
    }

    /// <summary>
    /// Go round a cycle of fixes once more and settle on its ordinally smallest text, so that a run starting anywhere
    /// in the cycle ends on the same text. Only fingerprints were kept on the way, not every text.
    /// </summary>
    private static (string Text, DocumentResult Result) SmallestInCycle(EditorialDocument original, SourceText start, int length, Func<EditorialDocument, DocumentResult> analyze, Func<EditorialDiagnostic, bool> applies)
    {
        var state = start;
        var result = analyze(Reread(original, state));
        var (best, bestResult) = (state.ToString(), result);
        for (var k = 1; k < length && result.Document is not null; k++)
        {
            (state, _) = FixApplier.ApplyRound(state, Fixable(result, original, applies));
            result = analyze(Reread(original, state));
            var content = state.ToString();
            if (string.CompareOrdinal(content, best) < 0)
            {
                (best, bestResult) = (content, result);
            }
        }

        return (best, bestResult);
    }

    /// <summary>
    /// Parse a fixed text as a fresh run would read it: with the original's reader, or, when that reader gave up on
    /// the original (<see cref="EditorialDocument.ReaderFallback"/>), with the reader for its path again, since a fix
    /// may have removed what made it give up (else the fixed point is reached as plain text and a second run, reading
    /// Markdown, finds more to fix).
    /// </summary>
    private static EditorialDocument Reread(EditorialDocument original, SourceText text) =>
        DocumentParser.Parse(original.Path, text, original.Encoding, original.ReaderFallback is null ? original.Kind : DocumentParser.KindFor(original.Path));

    private static IEnumerable<EditorialDiagnostic> Fixable(DocumentResult result, EditorialDocument original, Func<EditorialDiagnostic, bool> applies) =>
        result.Diagnostics.Where(applies).Select(d => NormaliseNewLines(d, original.Encoding.LineEnding));

    private static string Fingerprint(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>A fix that inserts "\n" in a CRLF file inserts "\r\n": line endings stay as the author had them.</summary>
    private static EditorialDiagnostic NormaliseNewLines(EditorialDiagnostic d, string lineEnding)
    {
        if (lineEnding == "\n" || d.Fix is null || !d.Fix.Changes.Any(c => c.NewText?.Contains('\n') == true))
        {
            return d;
        }

        var changes = d.Fix.Changes.Select(c => new TextChange(c.Span, (c.NewText ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", lineEnding, StringComparison.Ordinal)));
        return d with { Fix = d.Fix with { Changes = [.. changes] } };
    }
}
