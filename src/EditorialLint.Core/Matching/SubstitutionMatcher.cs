using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Matching;

/// <summary>One substitution: a rejected form, the form written instead, and phrases in which the rejected form is right.</summary>
/// <param name="Rejected">The form the house replaces.</param>
/// <param name="Preferred">The form it writes.</param>
/// <param name="Exceptions">Phrases (any casing) inside which <paramref name="Rejected"/> is left alone.</param>
public sealed record SubstitutionEntry(PhrasePattern Rejected, string Preferred, IReadOnlyList<PhrasePattern> Exceptions);

/// <summary>A rejected form found in the author's prose, and its replacement cased like it.</summary>
/// <param name="Span">Where the form is.</param>
/// <param name="Found">The text found.</param>
/// <param name="Replacement">The preferred form, cased like the text found.</param>
public sealed record SubstitutionMatch(TextSpan Span, string Found, string Replacement);

/// <summary>
/// The engine code of substitution: finds the rejected forms of a list in a document's own prose (not machine text,
/// page furniture or verbatim text), outside their exceptions, the longer match winning where two overlap. Used by
/// <c>kind: substitution</c> rule files and by the built-in house-term rule (EL5001), which passes the list of
/// dictionaries/house-terms.txt.
/// </summary>
public sealed class SubstitutionMatcher
{
    private readonly IReadOnlyList<SubstitutionEntry> _entries;
    private readonly bool _followInitial;

    /// <summary>
    /// A matcher for <paramref name="entries"/>; with <paramref name="followInitial"/> a capital first letter of the
    /// found text is kept in the replacement (for case-insensitive forms).
    /// </summary>
    public SubstitutionMatcher(IEnumerable<SubstitutionEntry> entries, bool followInitial)
    {
        _entries = [.. entries];
        _followInitial = followInitial;
    }

    /// <summary>The entries, in the order given.</summary>
    public IReadOnlyList<SubstitutionEntry> Entries => _entries;

    /// <summary>Every rejected form in <paramref name="document"/>'s own prose, in order of position.</summary>
    public IEnumerable<SubstitutionMatch> Find(EditorialDocument document)
    {
        var text = document.Content;
        var found = _entries.SelectMany(e => e.Rejected.Matches(text).Select(span => (Item: e, Span: span)));
        foreach (var (entry, span) in ProseText.Outermost(found))
        {
            if (!ProseText.IsAuthorsProse(document, span) || entry.Exceptions.Any(x => x.Covers(text, span.Start, span.End)))
            {
                continue;
            }

            var form = document.GetText(span);
            var replacement = ProseText.MatchCase(entry.Preferred, form, _followInitial);
            if (!string.Equals(replacement, form, StringComparison.Ordinal))
            {
                yield return new SubstitutionMatch(span, form, replacement);
            }
        }
    }
}
