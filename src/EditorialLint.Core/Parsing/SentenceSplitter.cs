using System.Collections.Frozen;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Splits a block of prose into sentences: after a full stop, question mark, exclamation mark or ellipsis (with any
/// closing quotes, brackets and note calls after it), space, then a capital or a digit (after any opening quotes).
/// A colon followed by a capital and a table cell bar also open a clause that is judged like a sentence start. A full
/// stop after an initial (J. Smith, U.S.) or a common abbreviation (Mr., Dr., No., Jan.) ends no sentence.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly System.Buffers.SearchValues<char> Enders = System.Buffers.SearchValues.Create(".!?\u2026:|");

    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Capt", "Adm", "Amb", "Pres", "Hon", "Rev",
        "vs", "etc", "eg", "ie", "cf", "No", "no", "Nos", "Vol", "vol", "pp", "p", "Art", "art", "Fig", "fig", "Ch", "ch", "Sec", "sec", "Ed", "ed",
        "eds", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "Inc", "Ltd", "Co", "Corp", "Dept",
        "Univ", "Assoc", "Mt", "op", "cit", "al",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Add the sentences of <paramref name="block"/> and the positions where their first words start.</summary>
    public static void Split(EditorialDocument document, TextSpan block, List<TextSpan> sentences, List<int> starts)
    {
        var text = document.Content;
        var start = FirstWordStart(document, block);
        if (start < 0)
        {
            return;
        }

        starts.Add(start);
        var i = start;
        while (i < block.End)
        {
            // Jump to the next mark that may end a sentence (vectorised).
            var skip = text.AsSpan(i, block.End - i).IndexOfAny(Enders);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (document.IsSkipped(i))
            {
                i++;
                continue;
            }

            var next = -1;
            if (c is '.' or '!' or '?' or '\u2026' || (c == ':' && i + 1 < block.End && char.IsWhiteSpace(text[i + 1])))
            {
                if (c != '.' || !AfterAbbreviation(text, block.Start, i))
                {
                    next = NextStart(document, block, i + 1, requireSpace: true);
                }
            }
            else if (c == '|')
            {
                next = NextStart(document, block, i + 1, requireSpace: false);
            }

            if (next > i)
            {
                sentences.Add(TextSpan.FromBounds(start, Math.Max(start, TrimEnd(text, start, next))));
                starts.Add(next);
                start = next;
                i = next;
                continue;
            }

            i++;
        }

        sentences.Add(TextSpan.FromBounds(start, Math.Max(start, TrimEnd(text, start, block.End))));
    }

    /// <summary>The first letter or digit of <paramref name="span"/> outside skipped text, or -1.</summary>
    public static int FirstWordStart(EditorialDocument document, TextSpan span)
    {
        var text = document.Content;
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !document.IsSkipped(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the next sentence starts after a possible end at <paramref name="from"/>: closing quotes, brackets and
    /// note calls, then white space, then opening quotes, brackets or dashes, then a capital or a digit; -1 if not.
    /// </summary>
    private static int NextStart(EditorialDocument document, TextSpan block, int from, bool requireSpace)
    {
        var text = document.Content;
        var i = from;
        while (i < block.End && (text[i] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '.' or '!' or '?' or '*' or '_' ||
                                 SuperscriptDigits.Is(text[i]) || (document.IsSkipped(i) && !char.IsWhiteSpace(text[i]))))
        {
            i++;
        }

        var space = i;
        while (i < block.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (requireSpace && i == space)
        {
            return -1;
        }

        while (i < block.End && (text[i] is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB' or '\u201E' or '*' or '_' or '-' or '\u2013' or '\u2014' ||
                                 char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        return i < block.End && (char.IsUpper(text[i]) || char.IsDigit(text[i])) && !document.IsSkipped(i) ? i : -1;
    }

    /// <summary>The full stop at <paramref name="dot"/> follows an initial (J., U.S.) or a listed abbreviation.</summary>
    private static bool AfterAbbreviation(string text, int blockStart, int dot)
    {
        var k = dot;
        while (k > blockStart && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        var token = text.AsSpan(k, dot - k);
        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return true;
        }

        return token.Length > 0 && AbbreviationLookup.Contains(token);
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
