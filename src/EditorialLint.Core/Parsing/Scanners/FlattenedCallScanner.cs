using System.Collections.Frozen;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Note calls a PDF extraction flattened into plain digits ("Central Europe.1", "education2"): read only when nothing
/// else in the draft is a call and the notes list confirms them.
/// </summary>
internal sealed class FlattenedCallScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        if (builder.References.Count != 0 || builder.Definitions.Count < 2)
        {
            return;
        }

        var text = builder.Text;
        var blocked = builder.SkippedSet(extra: builder.PageFurniture.Concat(builder.NoteBlocks));
        var noteNumbers = builder.Definitions.Select(d => d.Number).OfType<int>().ToHashSet();
        foreach (var p in builder.Paragraphs)
        {
            Scan(text, p.Span, blocked.Contains, noteNumbers, builder.References);
        }

        if (!NotesConfirm(builder.References, noteNumbers))
        {
            builder.References.Clear();
        }
    }

    /// <summary>
    /// Note calls whose superscript was flattened into plain digits by a PDF extraction: one to three digits glued to
    /// the end of a word ("education2") or to punctuation after one ("Central Europe.1", "‘hub’.4", "in 2030.5 The"),
    /// followed by a space, punctuation or the end of the paragraph, and only numbers that have a note. Not: a code
    /// or model (G20, F-16, COVID-19, Q4, CO2: the digits follow a capital, a single letter or a hyphen), a decimal
    /// (4.2), an amount ($5, €12), an ordinal (21st), an abbreviation with its number ("No.7", "pp.12").
    /// </summary>
    public static void Scan(string text, TextSpan range, Func<int, bool> isSkipped, IReadOnlySet<int> noteNumbers, List<FootnoteReference> refs)
    {
        for (var i = range.Start + 1; i < range.End; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || char.IsAsciiDigit(text[i - 1]) || text[i] == '0')
            {
                continue;
            }

            var j = i;
            while (j < range.End && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            var after = j < range.End ? text[j] : ' ';
            var followedWell = char.IsWhiteSpace(after) || (after is ',' or ';' or ':' or ')' or '.' or '!' or '?' && (j + 1 >= range.End || !char.IsAsciiDigit(text[j + 1])));
            if (j - i > 3 || !followedWell || isSkipped(i) ||
                !int.TryParse(text.AsSpan(i, j - i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ||
                !noteNumbers.Contains(n) || !GluedToWord(text, range.Start, i, j, range.End))
            {
                i = j - 1;
                continue;
            }

            refs.Add(new FootnoteReference(TextSpan.FromBounds(i, j), text[i..j], FootnoteMarkerStyle.Superscript));
            i = j - 1;
        }
    }

    private static readonly FrozenSet<string> NumberAbbreviations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "p", "pp", "vol", "vols", "art", "arts", "para", "paras", "ch", "chap", "fig", "figs", "sec", "op", "cit", "nr", "tab", "ed", "eds",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What stands before the digits at <paramref name="i"/> makes them a glued call.</summary>
    private static bool GluedToWord(string text, int start, int i, int end, int rangeEnd)
    {
        var k = i;
        var punctuation = 0;
        while (k > start && punctuation < 2 && text[k - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\u201D' or '\u2019' or '"' or '\'' or '\u00BB')
        {
            k--;
            punctuation++;
        }

        if (k == start)
        {
            return false;
        }

        // The word the digits (or the punctuation) are glued to.
        var w = k;
        while (w > start && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text.AsSpan(w, k - w);
        if (word.Length == 0)
        {
            // "in 2030.5 The": after a year and a full stop, where a decimal makes no sense (a sentence follows).
            var y = k;
            while (y > start && char.IsAsciiDigit(text[y - 1]))
            {
                y--;
            }

            var next = end;
            while (next < rangeEnd && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            return punctuation > 0 && text[k] == '.' && k - y == 4 && text[y] is '1' or '2' && (y == start || !char.IsAsciiDigit(text[y - 1])) &&
                   (next >= rangeEnd || char.IsUpper(text[next]));
        }

        if (w > start && (char.IsAsciiDigit(text[w - 1]) || text[w - 1] == '-'))
        {
            return false; // "4x4", "Su-35"
        }

        if (punctuation == 0)
        {
            // Glued to the word itself: a lower-case ending of at least two letters ("education2"), not a code.
            return word.Length >= 3 && char.IsLower(word[^1]) && char.IsLower(word[^2]);
        }

        return !(text[i - 1] == '.' && punctuation == 1 && NumberAbbreviations.Contains(word.ToString()));
    }

    /// <summary>
    /// Flattened calls are only trusted as a set: at least two distinct numbers, at least half of the notes, and in
    /// the order of first use they mostly rise (a step down for at most a third of them), as calls do even when one is
    /// out of order; numbers that merely happen to match notes do not.
    /// </summary>
    public static bool NotesConfirm(List<FootnoteReference> calls, IReadOnlySet<int> noteNumbers)
    {
        var firstUses = calls.Select(c => c.Number ?? 0).Distinct().ToList();
        if (firstUses.Count < 2 || firstUses.Count * 2 < noteNumbers.Count)
        {
            return false;
        }

        var descents = firstUses.Zip(firstUses.Skip(1)).Count(pair => pair.Second < pair.First);
        return descents * 3 <= firstUses.Count;
    }
}
