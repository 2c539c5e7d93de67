using System.Collections.Frozen;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Headings;

/// <summary>Title case and sentence case, judged word by word.</summary>
internal static class HeadingCase
{
    // Words a title-cased heading keeps in lower case unless first or last (Chicago-style short function words).
    private static readonly FrozenSet<string> SmallWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "v", "from", "into", "onto", "with", "over", "amid", "than", "upon",
    }.ToFrozenSet(StringComparer.Ordinal);

    public enum Style
    {
        Neither,
        Title,
        Sentence,
        Both,
    }

    // Prefixes that cannot stand alone: after them a title-cased compound may keep the second part in lower case
    // (Chicago: "Anti-intellectual", "Non-aligned"), or capitalise it ("Non-Aligned").
    private static readonly FrozenSet<string> BoundPrefixes = new HashSet<string>(StringComparer.Ordinal)
    {
        "anti", "bi", "co", "counter", "de", "ex", "inter", "intra", "mid", "multi", "neo", "non", "pan", "post", "pre",
        "pro", "re", "semi", "sub", "super", "trans", "tri", "un",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Particles of personal names, lower case inside a title before the capitalised name (de Gaulle, al-Assad).
    private static readonly FrozenSet<string> NameParticles = new HashSet<string>(StringComparer.Ordinal)
    {
        "al", "bin", "da", "de", "del", "della", "der", "di", "du", "el", "ibn", "la", "le", "van", "von",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>One word of a heading and where it stands.</summary>
    /// <param name="Initial">The first word of the heading (a leading number or emoji does not count as a word).</param>
    /// <param name="AfterBreak">The first word after a colon or a dash: a new phrase starts.</param>
    /// <param name="Final">The last word.</param>
    /// <param name="AfterNumber">The first word after a leading number ("2023 long COVID report").</param>
    /// <param name="AfterPrefix">A part of a compound after a bound prefix ("Anti-corruption").</param>
    /// <param name="Quoted">Inside quotation marks: quoted text keeps its own case.</param>
    /// <param name="BeforeName">Followed by a capitalised word (for name particles).</param>
    /// <param name="AfterDash">The first word after a dash ("From Dayton to Brussels – and Back Again").</param>
    private readonly record struct HeadingWord(string Word, bool Initial, bool AfterBreak, bool Final, bool AfterNumber, bool AfterPrefix, bool Quoted, bool BeforeName, bool AfterDash);

    /// <summary>Words of a heading, split on spaces, hyphens and dashes, with code spans and HTML comments left out.</summary>
    private static List<HeadingWord> Words(string heading)
    {
        heading = Strip(Strip(heading, "<!--", "-->"), "`", "`");
        var result = new List<HeadingWord>();
        var parts = heading.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var seenLetters = false;
        var leadingNumber = false;
        var afterBreak = false;
        var afterDash = false;
        var inQuote = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var raw = parts[i];
            var opensQuote = raw.Length > 1 && raw[0] is '"' or '\'' or '“' or '‘';
            var core = raw.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '*', '_');
            var quoted = inQuote || opensQuote;
            var closesQuote = raw.TrimEnd(',', ';', ':', '.', '!', '?', ')').Length is var n && n > 0 && raw.TrimEnd(',', ';', ':', '.', '!', '?', ')')[n - 1] is '"' or '”' or '’' or '\'' && !raw.EndsWith("’s", StringComparison.Ordinal);
            inQuote = quoted && !closesQuote;

            // A leading number such as a year starts the heading ("2023 long COVID report"); a section number
            // ("1.", "2.3", "4)") is a label, and the word after it is the first word.
            if (!seenLetters && core.Length > 0 && core.All(char.IsDigit) && !raw.Contains('.') && !raw.Contains(')'))
            {
                leadingNumber = true;
            }

            var sub = core.Split(['-', '\u2010', '\u2011', '\u2013', '\u2014', '/'], StringSplitOptions.RemoveEmptyEntries);
            for (var k = 0; k < sub.Length; k++)
            {
                var hasLetters = sub[k].Any(char.IsLetter);
                var firstLettered = hasLetters && !seenLetters;
                var afterPrefix = k > 0 && BoundPrefixes.Contains(sub[k - 1].ToLowerInvariant());
                var nextWord = k + 1 < sub.Length ? sub[k + 1] : i + 1 < parts.Length ? parts[i + 1].TrimStart('"', '\'', '“', '‘', '(') : string.Empty;
                result.Add(new HeadingWord(
                    sub[k],
                    firstLettered && !leadingNumber,
                    afterBreak && k == 0,
                    i == parts.Length - 1 && k == sub.Length - 1,
                    firstLettered && leadingNumber,
                    afterPrefix,
                    quoted,
                    nextWord.Length > 0 && char.IsUpper(nextWord[0]),
                    afterDash && k == 0));
                seenLetters |= hasLetters;
            }

            afterDash = raw is "—" or "–" or "-";
            afterBreak = raw.EndsWith(':') || afterDash;
        }

        return result;
    }

    private static string Strip(string text, string open, string close)
    {
        while (true)
        {
            var a = text.IndexOf(open, StringComparison.Ordinal);
            var b = a < 0 ? -1 : text.IndexOf(close, a + open.Length, StringComparison.Ordinal);
            if (b < 0)
            {
                return text;
            }

            text = text[..a] + " " + text[(b + close.Length)..];
        }
    }

    private static bool IsNeutral(string w) =>
        w.Length == 0 || !char.IsLetter(w[0]) || w.Any(char.IsDigit) ||
        (w.Length == 1 && char.IsUpper(w[0])) || // "I", "Appendix A"
        (w.Length == 1 && w != "a") || // a one-letter word of another language: "Bosna i Hercegovina"
        (w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))) || // acronyms: EU, NATO, COVID
        (w.Length > 1 && w.Skip(1).Any(char.IsUpper) && w.Skip(1).Any(char.IsLower)); // McCoy, iPhone, GitHub

    /// <summary>A heading in capitals throughout (two or more words, none in lower case): shouting, wrong in either style.</summary>
    private static bool IsShouting(List<HeadingWord> words)
    {
        var lettered = words.Where(w => w.Word.Any(char.IsLetter) && !w.Quoted).ToList();
        return lettered.Count >= 2 && lettered.All(w => w.Word.All(c => !char.IsLetter(c) || char.IsUpper(c)));
    }

    /// <summary>
    /// A name the dictionaries know only with capitals (Paris, Japanese, GitHub), written in lower case. The casing
    /// the dictionaries want for a lower-case word they reject is among its suggestions, differing in case alone.
    /// </summary>
    private static bool IsLowercasedName(string w, ISpellChecker? speller)
    {
        if (speller is null || !char.IsLower(w[0]) || speller.Check(w))
        {
            return false;
        }

        if (speller.Check(char.ToUpperInvariant(w[0]) + w[1..]))
        {
            return true;
        }

        foreach (var suggestion in speller.Suggest(w))
        {
            if (suggestion.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true; // the dictionaries know the word, with other capitals
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised word that is a name to the dictionaries: known only capitalised (Paris), or an entry of its own
    /// beside a common word (Windows beside windows, Turkey beside turkey). Capitalised entries of two or three
    /// letters are mostly symbols and abbreviations (Be, It, Can), so for those only the first reading counts.
    /// </summary>
    private static bool IsKnownName(string w, ISpellChecker? speller) =>
        speller is not null && char.IsUpper(w[0]) && speller.Check(w) &&
        (!speller.Check(w.ToLowerInvariant()) || (w.Length >= 4 && speller.HasEntryAsWritten(w)));

    /// <summary>Does the heading follow title case? Every word capitalised except small words inside it.</summary>
    public static bool IsTitleCase(string heading, ISpellChecker? speller, out string? offending)
    {
        offending = null;
        var words = Words(heading);
        if (IsShouting(words))
        {
            offending = words.First(w => w.Word.Any(char.IsLetter)).Word;
            return false;
        }

        foreach (var word in words)
        {
            var w = word.Word;
            var initial = word.Initial || word.AfterBreak;
            if (word.Quoted || IsNeutral(w))
            {
                continue;
            }

            var lower = w.ToLowerInvariant();
            if (word.AfterDash && SmallWords.Contains(lower))
            {
                continue; // after a dash a small word may open the new phrase or stay small: "– and Back Again"
            }

            var small = SmallWords.Contains(lower) && !initial && !word.Final;
            if ((word.AfterNumber && small) || word.AfterPrefix)
            {
                continue; // "2026 in Review"; "Anti-corruption Drive" or "Anti-Corruption Drive"
            }

            if (!char.IsUpper(w[0]) && !initial && word.BeforeName && NameParticles.Contains(w))
            {
                continue; // "Charles de Gaulle"
            }

            if (small ? char.IsUpper(w[0]) && w.Length <= 3 && lower is "a" or "an" or "the" or "and" or "or" or "of" or "in" or "to" or "for" or "on" or "at" or "by" : !char.IsUpper(w[0]))
            {
                offending = w;
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Does the heading follow sentence case? The first word (and the first after a colon) capitalised, the others
    /// lower case unless they are names: words the draft capitalises in running text, or that the caller knows.
    /// </summary>
    public static bool IsSentenceCase(string heading, ISet<string> properNames, ISpellChecker? speller, out string? offending)
    {
        offending = null;
        var words = Words(heading);
        if (IsShouting(words))
        {
            offending = words.First(w => w.Word.Any(char.IsLetter)).Word;
            return false;
        }

        foreach (var word in words)
        {
            var w = word.Word;
            if (word.Quoted)
            {
                continue;
            }

            if (!word.Initial && IsLowercasedName(w, speller))
            {
                offending = w;
                return false;
            }

            // Either case after a colon or dash, or as the first word after a leading number.
            if (IsNeutral(w) || word.AfterBreak || word.AfterNumber)
            {
                continue;
            }

            if (word.Initial)
            {
                if (!char.IsUpper(w[0]))
                {
                    offending = w;
                    return false;
                }

                continue;
            }

            if (char.IsUpper(w[0]) && !properNames.Contains(w) && !properNames.Contains(StripPossessive(w)) && !IsKnownName(StripPossessive(w), speller))
            {
                offending = w;
                return false;
            }
        }

        return true;
    }

    public static Style Classify(string heading, ISet<string> properNames, ISpellChecker? speller)
    {
        var title = IsTitleCase(heading, speller, out _);
        var sentence = IsSentenceCase(heading, properNames, speller, out _);
        return (title, sentence) switch
        {
            (true, true) => Style.Both,
            (true, false) => Style.Title,
            (false, true) => Style.Sentence,
            _ => Style.Neither,
        };
    }

    /// <summary>Words the draft capitalises inside sentences of its prose: names, not sentence starts.</summary>
    public static HashSet<string> ProperNames(EditorialDocument document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStarts = new HashSet<string>(StringComparer.Ordinal);
        var lowercase = new HashSet<string>(StringComparer.Ordinal);

        // Looked up by span: a word's string is made only the first time the set sees it.
        var namesBySpan = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var sentenceStartsBySpan = sentenceStarts.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowercaseBySpan = lowercase.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = document.Content;
        var paragraphs = document.Paragraphs;
        var pi = 0;
        foreach (var w in document.Words)
        {
            while (pi < paragraphs.Length && paragraphs[pi].Span.End < w.Span.End)
            {
                pi++;
            }

            if (pi >= paragraphs.Length)
            {
                break;
            }

            var p = paragraphs[pi];
            if (w.Span.Start < p.Span.Start)
            {
                continue;
            }

            var s = document.Slice(w.Span);
            if (s.Length == 0 || !char.IsUpper(s[0]))
            {
                lowercaseBySpan.Add(StripPossessive(s));
                continue;
            }

            // A sentence start says nothing about a name (the document's prose view knows where sentences start).
            if (document.Prose.IsSentenceStart(w.Span.Start))
            {
                sentenceStartsBySpan.Add(StripPossessive(s));
                continue;
            }

            namesBySpan.Add(StripPossessive(s));
        }

        // A word seen only capitalised, even if only at sentence starts, is taken as a name ("Türkiye and Serbia met").
        foreach (var w in sentenceStarts)
        {
            if (!lowercase.Contains(w.ToLowerInvariant()))
            {
                names.Add(w);
            }
        }

        return names;
    }

    private static string StripPossessive(string w) =>
        w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> w) =>
        w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
}
