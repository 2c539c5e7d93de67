using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Matching;

/// <summary>
/// What every kind asks before it reports: is this text the author's own prose? Not machine text (code, URLs, template
/// tags, front matter: the document's skipped spans), not page furniture, and not verbatim text (quotations, cited
/// titles, official names, link text) — the same questions the built-in house-term rule (EL5001) asks.
/// </summary>
public static class ProseText
{
    /// <summary>True when <paramref name="span"/> is the author's own prose.</summary>
    public static bool IsAuthorsProse(EditorialDocument document, TextSpan span) =>
        !document.IsSkipped(span.Start) &&
        (span.Length == 0 || !document.IsSkipped(span.End - 1)) &&
        !EditorialDocumentExtensions.InPageFurniture(document, span.Start) &&
        !document.Prose.OverlapsVerbatim(span);

    /// <summary>
    /// <paramref name="replacement"/> cased like <paramref name="model"/>: in capitals when the model is (two letters
    /// or more, none lower case; Turkish letters take Turkish capitals: Türkiye → TÜRKİYE); with a capital first letter
    /// when <paramref name="followInitial"/> and the model starts with one.
    /// </summary>
    public static string MatchCase(string replacement, string model, bool followInitial)
    {
        if (IsAllCapitals(model))
        {
            var turkish = replacement.AsSpan().IndexOfAny("ğĞıİşŞ") >= 0 || replacement.StartsWith("Türk", StringComparison.Ordinal);
            return replacement.ToUpper(turkish ? CultureInfo.GetCultureInfo("tr-TR") : CultureInfo.InvariantCulture);
        }

        if (followInitial && model.Length > 0 && char.IsUpper(model[0]) && replacement.Length > 0 && char.IsLower(replacement[0]))
        {
            return char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }

        return replacement;
    }

    /// <summary>True for text in capitals: at least two letters, none lower case.</summary>
    public static bool IsAllCapitals(string text) => text.Count(char.IsLetter) >= 2 && !text.Any(char.IsLower);

    /// <summary>Drop matches that lie inside a longer match (the longer phrase is the one meant).</summary>
    public static List<(T Item, TextSpan Span)> Outermost<T>(IEnumerable<(T Item, TextSpan Span)> matches)
    {
        var kept = new List<(T, TextSpan)>();
        var reach = -1;
        foreach (var m in matches.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End))
        {
            if (m.Span.End <= reach)
            {
                continue;
            }

            kept.Add(m);
            reach = Math.Max(reach, m.Span.End);
        }

        return kept;
    }
}
