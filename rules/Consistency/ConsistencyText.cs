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

    /// <summary>
    /// True when the position starts a sentence: nothing but space, opening quotes or brackets and Markdown block
    /// markers between it and the start of the text, a blank line, a new Markdown block or list item, or a full stop,
    /// question mark, exclamation mark or colon.
    /// </summary>
    public static bool IsSentenceStart(EditorialDocument document, int position)
    {
        var text = document.Content;
        var newlines = 0;
        var markup = false;
        for (var i = position - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (markup || ++newlines > 1)
                {
                    return true;
                }

                continue;
            }

            if (c is '#' or '>' or '*' or '+' or '-' or '|')
            {
                markup = true;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '\u201C' or '\u2018' or '"' or '\'' or '(' or '[' or '_' or '\u201E' or '\u00AB')
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or '\u2026' || document.Headings.Any(h => h.ContentSpan.Start == position);
        }

        return true;
    }

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
    /// True when the position is inside Markdown emphasis (*Title* or _Title_) within a note: a footnote definition or
    /// the notes section, where emphasis marks the title of a book or journal.
    /// </summary>
    public static bool IsEmphasisedInNotes(EditorialDocument document, int position)
    {
        TextSpan region;
        if (document.FootnoteDefinitions.FirstOrDefault(d => d.Span.Contains(position)) is { } note)
        {
            region = note.Span;
        }
        else if (document.NotesSection is { } notes && notes.Span.Contains(position))
        {
            region = Block(document, position);
        }
        else
        {
            return false;
        }

        var text = document.Content;
        foreach (var mark in "*_")
        {
            var opened = -1;
            for (var i = region.Start; i < region.End; i++)
            {
                if (text[i] != mark || document.IsSkipped(i))
                {
                    continue;
                }

                var before = i > region.Start ? text[i - 1] : ' ';
                var after = i + 1 < region.End ? text[i + 1] : ' ';
                if (after == mark || before == mark)
                {
                    // ** or __ (strong): treated like single emphasis, one delimiter per run.
                    if (after == mark)
                    {
                        continue;
                    }
                }

                var canOpen = !char.IsWhiteSpace(after) && (mark == '*' || !char.IsLetterOrDigit(before));
                var canClose = !char.IsWhiteSpace(before) && (mark == '*' || !char.IsLetterOrDigit(after));
                if (opened < 0 && canOpen)
                {
                    opened = i;
                }
                else if (opened >= 0 && canClose)
                {
                    if (opened < position && position < i)
                    {
                        return true;
                    }

                    opened = -1;
                }
            }
        }

        return false;
    }

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

    /// <summary>True when the position is inside a quotation (“…” or "…") within its paragraph (or note, or block).</summary>
    public static bool IsQuoted(EditorialDocument document, int position)
    {
        if (position >= document.Content.Length)
        {
            return false;
        }

        var block = Block(document, position);
        var text = document.Content;
        var open = 0;
        var straight = 0;
        for (var i = block.Start; i < position; i++)
        {
            switch (text[i])
            {
                case '\u201C':
                    open++;
                    break;
                case '\u201D':
                    open = Math.Max(0, open - 1);
                    break;
                case '"':
                    straight++;
                    break;
            }
        }

        return open > 0 || straight % 2 == 1;
    }

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
