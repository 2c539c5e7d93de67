using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Rules;

/// <summary>
/// What no fix may touch, whatever rule offers it (built-in or plugin): machine text (code, URLs, e-mail addresses,
/// HTML, link destinations and reference labels, template tags, domains, file names, math, front matter); and, for a
/// fix that needs review, other people's wording (quotations, cited titles, link text). A fix that would is dropped and
/// the finding is reported without it. Safe fixes restore characters (an encoding repair inside a quotation gives the
/// quotation back), so they may touch verbatim text. Nor may a fix leave half a surrogate pair: a change that starts or
/// ends inside a pair, or whose new text holds a lone surrogate, could not be written in any Unicode encoding.
/// </summary>
internal static class FixGuard
{
    public static CodeFix? Allow(EditorialDocument document, CodeFix? fix)
    {
        if (fix is null || fix.Changes.IsDefaultOrEmpty)
        {
            return fix;
        }

        foreach (var change in fix.Changes)
        {
            if (SplitsASurrogatePair(document.Text, change) ||
                TouchesMachineText(document, change.Span) ||
                (!fix.IsSafe && document.Prose.OverlapsVerbatim(change.Span, VerbatimKind.Quotation | VerbatimKind.Title | VerbatimKind.LinkText)))
            {
                return null;
            }
        }

        return fix;
    }

    private static bool SplitsASurrogatePair(Microsoft.CodeAnalysis.Text.SourceText text, Microsoft.CodeAnalysis.Text.TextChange change)
    {
        bool Inside(int position) =>
            position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);

        if (Inside(change.Span.Start) || Inside(change.Span.End))
        {
            return true;
        }

        var replacement = change.NewText ?? string.Empty;
        for (var i = 0; i < replacement.Length; i++)
        {
            if (char.IsHighSurrogate(replacement[i]) && i + 1 < replacement.Length && char.IsLowSurrogate(replacement[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(replacement[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TouchesMachineText(EditorialDocument document, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        // Skipped spans are ordered by start and do not nest: only the last few starting before the end can touch.
        var skipped = document.SkippedSpans;
        int lo = 0, hi = skipped.Length - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (skipped[mid].Span.Start <= span.End)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = last; i >= 0 && i > last - 4; i--)
        {
            var s = skipped[i];
            var touches = span.IsEmpty ? s.Span.Start < span.Start && span.Start < s.Span.End : s.Span.OverlapsWith(span);
            if (touches && s.Kind is not (SkippedKind.FootnoteMarker or SkippedKind.Abbreviation or SkippedKind.Citation))
            {
                return true;
            }
        }

        return false;
    }
}
