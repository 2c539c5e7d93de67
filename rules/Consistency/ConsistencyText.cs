using System.Globalization;
using System.Text;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Consistency;

/// <summary>Helpers the consistency rules share.</summary>
internal static class ConsistencyText
{
    /// <summary>The word without a possessive ending ('s, ’s), and the ending.</summary>
    public static (string Stem, string Suffix) SplitPossessive(string word)
    {
        if (word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019')
        {
            return (word[..^2], word[^2..]);
        }

        return (word, string.Empty);
    }

    /// <summary>Letters without diacritics, lower case, invariant: Erdoğan → erdogan, Vučić → vucic, İstanbul → istanbul.</summary>
    public static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                'ı' => 'i',
                'đ' or 'Đ' => 'd',
                'ł' or 'Ł' => 'l',
                'ø' or 'Ø' => 'o',
                'ß' => 's',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }

    public static int NonAscii(string s) => s.Count(c => c > 0x7F);

    /// <summary>True for a word written in capitals (TÜRKİYE, NATO): at least two letters, none lower case.</summary>
    public static bool IsAllCapitals(ReadOnlySpan<char> word) => Spelling.SpellingText.IsAllCaps(word, minLetters: 2);

    /// <summary>
    /// True when two words differ in case alone, Turkish-aware: İ is the capital of i (TÜRKİYE, Türkiye), and when
    /// one word is in capitals, its I may stand for ı or i and its İ for i (ISTANBUL, İstanbul; KIRKLARELI, Kırklareli).
    /// </summary>
    public static bool SameIgnoringCase(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var lenient = IsAllCapitals(a) || IsAllCapitals(b);
        for (var i = 0; i < a.Length; i++)
        {
            if (CaseFold(a[i], lenient) != CaseFold(b[i], lenient))
            {
                return false;
            }
        }

        return true;
    }

    private static char CaseFold(char c, bool lenientDots) => c switch
    {
        'İ' => 'i',
        'I' or 'ı' when lenientDots => 'i',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>True when a word at the position starts a sentence (the document's prose view decides).</summary>
    public static bool IsSentenceStart(EditorialDocument document, int position) => document.Prose.IsSentenceStart(position);

    /// <summary>The word before <paramref name="position"/> when only spaces (and at most one line break) separate them.</summary>
    public static TextSpan? WordBefore(EditorialDocument document, int position)
    {
        var words = document.Words;
        int lo = 0, hi = words.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Span.End <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && OnlySpace(document, TextSpan.FromBounds(words[found].Span.End, position)) ? words[found].Span : null;
    }

    /// <summary>The word after <paramref name="position"/> when only spaces (and at most one line break) separate them.</summary>
    public static TextSpan? WordAfter(EditorialDocument document, int position)
    {
        var words = document.Words;
        int lo = 0, hi = words.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Span.Start >= position)
            {
                found = mid;
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return found >= 0 && OnlySpace(document, TextSpan.FromBounds(position, words[found].Span.Start)) ? words[found].Span : null;
    }

    private static bool OnlySpace(EditorialDocument document, TextSpan gap)
    {
        var s = document.Slice(gap);
        if (s.Length == 0 || !s.IsWhiteSpace())
        {
            return false;
        }

        // A wrapped line inside one paragraph or note, not a heading and the paragraph after it.
        return !s.Contains('\n') || (s.Count('\n') == 1 && Block(document, gap.Start) == Block(document, gap.End));
    }

    /// <summary>
    /// True when the text at <paramref name="span"/> is part of a capitalised multi-word proper name: a capitalised
    /// word right after it (Istanbul Convention, Prishtina Airport), a capitalised word right before it that does not
    /// merely start the sentence (Hasan Prishtina; at a sentence start, only a word the dictionaries do not know), or
    /// "Capitalised of" before it (University of Prishtina, Republic of Kosova).
    /// </summary>
    public static bool IsInMultiWordName(EditorialDocument document, TextSpan span, ISpellChecker? speller)
    {
        if (WordAfter(document, span.End) is { } next && IsCapitalised(document.Slice(next)))
        {
            return true;
        }

        if (WordBefore(document, span.Start) is not { } before)
        {
            return false;
        }

        var prev = document.Slice(before);
        if (SplitPossessive(prev.ToString()).Suffix.Length > 0)
        {
            // Türkiye’s Istanbul: a possessive is not part of the name after it.
            return false;
        }

        if (prev.SequenceEqual("of") && WordBefore(document, before.Start) is { } owner)
        {
            return IsCapitalised(document.Slice(owner));
        }

        return IsCapitalised(prev) && (!IsSentenceStart(document, before.Start) || (speller is not null && !speller.Check(prev.ToString().ToLowerInvariant())));
    }

    private static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]);

    /// <summary>
    /// The block of text a position belongs to: its paragraph, else its footnote definition (plain-text notes are not
    /// paragraphs), else its heading, else the lines around it up to blank lines.
    /// </summary>
    private static TextSpan? Holding<T>(System.Collections.Immutable.ImmutableArray<T> items, Func<T, TextSpan> span, int position)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (span(items[mid]).Start <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && span(items[lo - 1]).Contains(position) ? span(items[lo - 1]) : null;
    }

    public static TextSpan Block(EditorialDocument document, int position)
    {
        // Paragraphs, notes and headings are each in source order and do not overlap: a binary search finds the one
        // holding the position (a scan from the top for every call was quadratic in long drafts; issue 17).
        if (Holding(document.Paragraphs, p => p.Span, position) is { } paragraph)
        {
            return paragraph;
        }

        if (Holding(document.FootnoteDefinitions, d => d.Span, position) is { } note)
        {
            return note;
        }

        if (Holding(document.Headings, h => h.Span, position) is { } heading)
        {
            return heading;
        }

        // Lines up to a blank line either side (CR LF or LF).
        var lines = document.Text.Lines;
        var first = lines.GetLineFromPosition(position).LineNumber;
        var last = first;
        while (first > 0 && !IsBlank(document, lines[first - 1].Span))
        {
            first--;
        }

        while (last + 1 < lines.Count && !IsBlank(document, lines[last + 1].Span))
        {
            last++;
        }

        return TextSpan.FromBounds(lines[first].Start, lines[last].End);
    }

    private static bool IsBlank(EditorialDocument document, TextSpan line) => document.Slice(line).IsWhiteSpace();

    /// <summary>Title-case, upper-case or as-is, following the casing of <paramref name="model"/>.</summary>
    public static string MatchCase(string replacement, string model)
    {
        if (model.Length > 1 && model.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            // Turkish-aware upper case for Turkish words (Türkiye → TÜRKİYE); invariant otherwise.
            var turkish = replacement.AsSpan().IndexOfAny("ğĞıİşŞ") >= 0 || replacement.StartsWith("Türk", StringComparison.Ordinal);
            return replacement.ToUpper(turkish ? CultureInfo.GetCultureInfo("tr-TR") : CultureInfo.InvariantCulture);
        }

        return replacement;
    }
}
