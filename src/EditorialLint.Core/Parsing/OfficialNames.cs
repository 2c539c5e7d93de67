using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Runs of capitalised words inside running prose that name something ("the EU-Turkey Statement", "Ministry of
/// Foreign Affairs", "Organization for Security and Co-operation in Europe", "Statistical Modelling"): two or more
/// capitalised words joined by a space, a line break or a hyphen, with "of", "for", "de" and "the" between them (and
/// "and", "in", "on", "to" once an "of" or "for" has made the run a name). A possessive or any punctuation ends a
/// run; a function word that merely opens the sentence ("The", "In") is not part of it. Headings and lines in
/// capitals are left out: title case and capitals say nothing there.
/// </summary>
internal static class OfficialNames
{
    private static readonly FrozenSet<string> Linking = new[] { "of", "for", "de", "the", "du", "des", "van", "von", "der", "del", "di" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LinkingAfterOf = new[] { "and", "in", "on", "to", "at" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised only because they open the sentence.</summary>
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "as", "if", "when", "while", "after", "before", "since", "this", "that",
        "these", "those", "it", "its", "our", "we", "they", "he", "she", "his", "her", "their", "many", "some", "most", "all", "both", "each",
        "every", "such", "no", "not", "yet", "so", "still", "also", "however", "thus", "then", "there", "here", "with", "without", "from", "by",
        "to", "of", "under", "over", "between", "among", "during", "despite", "although", "though", "because", "unlike", "like", "what", "which",
        "who", "how", "why", "where", "meanwhile", "moreover", "furthermore", "indeed", "instead", "today", "yesterday", "now", "only", "even",
        "nor", "whether", "once", "until", "unless", "whereas", "against", "through", "within", "across", "beyond", "toward", "towards", "i",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingLookup = Linking.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingAfterOfLookup = LinkingAfterOf.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Scan(EditorialDocument document, ImmutableArray<TextSpan> blocks, ProseView prose, List<VerbatimSpan> found)
    {
        var text = document.Content;
        var words = document.Words;
        var bi = 0;
        var run = new List<int>(); // word indexes of the run's capitalised words
        var sawOf = false;
        var pendingLinks = 0;
        var capitalsLine = new CapitalsLines(text);

        void Flush()
        {
            // A name has a word in mixed case: "TURKEY AND SERBIA" or "EU NATO" in capitals is emphasis or a list of
            // acronyms, not one name.
            if (run.Count >= 2 && run.Any(w => !IsAllCapitals(text.AsSpan(words[w].Span.Start, words[w].Span.Length))))
            {
                var first = words[run[0]].Span;
                var last = words[run[^1]].Span;
                found.Add(new VerbatimSpan(TextSpan.FromBounds(first.Start, last.End), VerbatimKind.OfficialName));
            }

            run.Clear();
            sawOf = false;
            pendingLinks = 0;
        }

        for (var wi = 0; wi < words.Length; wi++)
        {
            var span = words[wi].Span;
            while (bi < blocks.Length && blocks[bi].End <= span.Start)
            {
                bi++;
                Flush();
            }

            if (bi >= blocks.Length || blocks[bi].Start > span.Start)
            {
                Flush();
                continue;
            }

            var connected = run.Count > 0 && Joined(text, words[wi - 1].Span.End, span.Start);
            if (!connected)
            {
                Flush();
            }

            var word = text.AsSpan(span.Start, span.Length);
            if (char.IsUpper(word[0]) && !capitalsLine.Contains(span.Start))
            {
                if (run.Count == 0 && prose.IsSentenceStart(span.Start) && OpenerLookup.Contains(word))
                {
                    continue; // "The" of "The Ministry of Defence said"
                }

                run.Add(wi);
                pendingLinks = 0;
                if (IsPossessive(word))
                {
                    // "the EU’s Western Balkans policy": the name ends with its possessive.
                    run.RemoveAt(run.Count - 1);
                    Flush();
                }

                continue;
            }

            if (run.Count > 0 && pendingLinks < 2 &&
                (LinkingLookup.Contains(word) || (sawOf && LinkingAfterOfLookup.Contains(word))))
            {
                sawOf |= word is "of" or "for";
                pendingLinks++;
                continue;
            }

            Flush();
        }

        Flush();
    }

    /// <summary>Only a space, a hyphen or one line break between two words.</summary>
    private static bool Joined(string text, int end, int start)
    {
        if (start - end == 1)
        {
            return text[end] is ' ' or '-' or '\u2010' or '\u2011' or '\n' or '\u00A0';
        }

        var gap = text.AsSpan(end, start - end);
        return gap.Length <= 3 && gap.Count('\n') == 1 && !gap.ContainsAnyExcept(" \r\n\t");
    }

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) => word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019';

    /// <summary>Whether the line of a position has no lower-case letter; each line is judged once (positions come in order).</summary>
    private sealed class CapitalsLines(string text)
    {
        private int _lineStart = -1;
        private int _lineEnd = -1;
        private bool _capitals;

        public bool Contains(int position)
        {
            if (position < _lineStart || position >= _lineEnd)
            {
                _lineStart = position;
                while (_lineStart > 0 && text[_lineStart - 1] != '\n')
                {
                    _lineStart--;
                }

                _lineEnd = position;
                _capitals = true;
                while (_lineEnd < text.Length && text[_lineEnd] != '\n')
                {
                    _capitals &= !char.IsLower(text[_lineEnd]);
                    _lineEnd++;
                }

                _lineEnd++;
            }

            return _capitals;
        }
    }
}
