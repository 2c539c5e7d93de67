using System.Collections.Frozen;

namespace EditorialLint.Core.Syntax;

/// <summary>
/// English function words: auxiliaries, modals, prepositions, conjunctions, determiners, pronouns and a few
/// adverbs that stand between phrases. A word after a noun phrase that is one of these starts something new (a verb,
/// a prepositional phrase, a clause); a content word after it usually belongs to the phrase.
/// </summary>
public static class FunctionWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "are", "were", "is", "was", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did", "can", "could", "will", "would",
        "shall", "should", "may", "might", "must", "need", "remain", "remains", "became", "become", "seem", "seems", "also", "still", "often",
        "all", "both", "themselves", "who", "which", "that", "whose", "whom", "where", "when", "and", "or", "but", "nor", "as", "than", "in", "on",
        "at", "of", "for", "to", "from", "with", "without", "by", "into", "onto", "over", "under", "between", "among", "against", "across",
        "through", "within", "during", "after", "before", "since", "until", "about", "around", "like", "unlike", "via", "per", "v", "vs", "the",
        "a", "an", "this", "these", "those", "it", "its", "they", "we", "he", "she", "you", "i", "not", "now", "then", "there", "here", "too",
        "alone", "only", "if", "while", "because", "so", "yet", "whether", "although", "though", "upon", "toward", "towards", "beyond", "despite",
        "out", "up", "off", "down", "again", "already", "ever", "never", "just", "even", "very", "more", "most", "less", "least",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a function word (articles, prepositions, conjunctions, pronouns …), in any casing.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
