using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Headings;

/// <summary>Title case and sentence case, judged word by word.</summary>
internal static class HeadingCase
{
    // Words a title-cased heading keeps in lower case unless first or last (Chicago-style short function words).
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "v", "from", "into", "onto", "with", "over", "amid", "than", "upon",
    };

    public enum Style
    {
        Neither,
        Title,
        Sentence,
        Both,
    }

    /// <summary>Words of a heading: split on spaces, hyphens and dashes; each keeps whether it starts a phrase.</summary>
    private static List<(string Word, bool Initial, bool Final)> Words(string heading)
    {
        var result = new List<(string, bool, bool)>();
        var parts = heading.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var afterColon = true;
        for (var i = 0; i < parts.Length; i++)
        {
            var raw = parts[i];
            var core = raw.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '*', '_', '`');
            var sub = core.Split(['-', '\u2010', '\u2011', '\u2013', '\u2014', '/'], StringSplitOptions.RemoveEmptyEntries);
            for (var k = 0; k < sub.Length; k++)
            {
                result.Add((sub[k], afterColon && k == 0, i == parts.Length - 1 && k == sub.Length - 1));
            }

            afterColon = raw.EndsWith(':') || raw is "—" or "–" or "-";
        }

        return result;
    }

    private static bool IsNeutral(string w) =>
        w.Length == 0 || !char.IsLetter(w[0]) || w.Any(char.IsDigit) ||
        (w.Length > 1 && w.Count(char.IsUpper) > 1) || // acronyms (EU, NATO), names like McCoy, iPhone
        (w.Length > 1 && char.IsLower(w[0]) && w.Skip(1).Any(char.IsUpper));

    /// <summary>Does the heading follow title case? Every word capitalised except small words inside it.</summary>
    public static bool IsTitleCase(string heading, out string? offending)
    {
        offending = null;
        foreach (var (w, initial, final) in Words(heading))
        {
            if (IsNeutral(w))
            {
                continue;
            }

            var lower = w.ToLowerInvariant();
            var small = SmallWords.Contains(lower) && !initial && !final;
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
    public static bool IsSentenceCase(string heading, ISet<string> properNames, out string? offending)
    {
        offending = null;
        foreach (var (w, initial, _) in Words(heading))
        {
            if (IsNeutral(w))
            {
                continue;
            }

            if (initial)
            {
                if (!char.IsUpper(w[0]))
                {
                    offending = w;
                    return false;
                }

                continue;
            }

            if (char.IsUpper(w[0]) && !properNames.Contains(w) && !properNames.Contains(StripPossessive(w)))
            {
                offending = w;
                return false;
            }
        }

        return true;
    }

    public static Style Classify(string heading, ISet<string> properNames)
    {
        var title = IsTitleCase(heading, out _);
        var sentence = IsSentenceCase(heading, properNames, out _);
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
                lowercase.Add(StripPossessive(s.ToString()));
                continue;
            }

            // Sentence start: only spaces and quotes back to a full stop, or to the paragraph's start.
            var k = w.Span.Start - 1;
            while (k >= p.Span.Start && (char.IsWhiteSpace(text[k]) || text[k] is '"' or '“' or '‘' or '(' or '*' or '_'))
            {
                k--;
            }

            if (k < p.Span.Start || text[k] is '.' or '!' or '?' or ':' or ']')
            {
                sentenceStarts.Add(StripPossessive(s.ToString()));
                continue;
            }

            names.Add(StripPossessive(s.ToString()));
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
}
