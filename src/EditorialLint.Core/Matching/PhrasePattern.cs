using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Matching;

/// <summary>
/// A word or phrase from a rule file, found as whole words: a space in it matches any run of white space, a line
/// break included (a phrase wrapped in a plain-text note); the text around a match must not be a letter or a digit.
/// Case-sensitive patterns match the phrase as written and in capitals (TURKEY in a running header), as the house-term
/// rule does; case-insensitive ones match any casing.
/// </summary>
public sealed class PhrasePattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly Regex[] _regexes;

    /// <summary>A pattern for <paramref name="phrase"/>.</summary>
    public PhrasePattern(string phrase, bool ignoreCase)
    {
        Phrase = phrase.Trim();
        IgnoreCase = ignoreCase;
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        var forms = ignoreCase ? [Phrase] : new[] { Phrase, Phrase.ToUpperInvariant() }.Distinct(StringComparer.Ordinal);
        _regexes = [.. forms.Select(f => new Regex(Body(f), options, Timeout))];
    }

    /// <summary>The phrase as the rule file writes it (trimmed).</summary>
    public string Phrase { get; }

    /// <summary>True when any casing matches.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Every whole-word match in <paramref name="text"/>, in order of position.</summary>
    public IEnumerable<TextSpan> Matches(string text) => Matches(text, 0, text.Length);

    /// <summary>Whole-word matches that lie inside [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IEnumerable<TextSpan> Matches(string text, int from, int to)
    {
        var found = new SortedSet<int>();
        var spans = new List<TextSpan>();
        foreach (var regex in _regexes)
        {
            var at = from;
            while (at < to)
            {
                var m = regex.Match(text, at, to - at);
                if (!m.Success)
                {
                    break;
                }

                if (IsWholeWord(text, m.Index, m.Index + m.Length) && found.Add(m.Index))
                {
                    spans.Add(new TextSpan(m.Index, m.Length));
                }

                at = m.Index + 1;
            }
        }

        return spans.OrderBy(s => s.Start);
    }

    /// <summary>True when a match of this pattern covers [<paramref name="start"/>, <paramref name="end"/>) in <paramref name="text"/>.</summary>
    public bool Covers(string text, int start, int end)
    {
        // Look in a window around the span: the phrase cannot reach further than about its own length (white space may stretch).
        var window = Phrase.Length * 2;
        var from = Math.Max(0, start - window);
        var to = Math.Min(text.Length, end + window);
        return Matches(text, from, to).Any(m => m.Start <= start && m.End >= end);
    }

    private static string Body(string phrase) =>
        string.Join(@"\s+", phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));

    private static bool IsWholeWord(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
}
