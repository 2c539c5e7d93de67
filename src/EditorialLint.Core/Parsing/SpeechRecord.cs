using System.Text.RegularExpressions;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Recognises a record of speech by its speaker turns at the start of paragraphs: a parliamentary record's
/// "Mr. WILSON of South Carolina." or "Ms. FOXX.", an address to the chair ("Madam Speaker, …"), a transcript's
/// "MR. KIRBY:", "SENIOR ADMINISTRATION OFFICIAL:" or "Q". Two turns (one record-style speaker line) make a record, and
/// so does front matter that files the page as a speech, remarks, a transcript, an interview or a hearing.
/// </summary>
internal static partial class SpeechRecord
{
    [GeneratedRegex(@"^(Mr|Mrs|Ms|Dr)\. [A-Z][A-Z'\u2019-]+( of [A-Z][a-z]+( [A-Z][a-z]+)?)?\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex RecordSpeaker();

    [GeneratedRegex(@"^((Mr\.|Madam|Madame) (Speaker|President|Chairman|Chair)[,.]|Q[ \t:]|[A-Z][A-Z.'\u2019 -]{1,40}:\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Turn();

    /// <summary>Front matter that files the page as speech: <c>tags: speeches-remarks</c>, <c>type: transcript</c>.</summary>
    [GeneratedRegex(@"^\s*(tags|type|category|categories|kind|genre|layout)\s*:.*\b(speech|speeches|remarks|transcript|interview|hearing|testimony)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SpeechFrontMatter();

    public static bool Detect(EditorialDocument document)
    {
        foreach (var s in document.SkippedSpans)
        {
            if (s.Kind == SkippedKind.FrontMatter && SpeechFrontMatter().IsMatch(document.GetText(s.Span)))
            {
                return true;
            }
        }

        var turns = 0;
        foreach (var p in document.Paragraphs)
        {
            var start = document.Content.AsSpan(p.Span.Start, Math.Min(p.Span.Length, 80)).ToString();
            if (RecordSpeaker().IsMatch(start))
            {
                return true;
            }

            if (Turn().IsMatch(start) && ++turns >= 2)
            {
                return true;
            }
        }

        return false;
    }
}
