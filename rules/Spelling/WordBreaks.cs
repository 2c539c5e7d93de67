using System.Collections.Frozen;
using EditorialLint.Core.Spelling;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Rules.Spelling;

/// <summary>Why a word's boundaries are wrong (<see cref="EL4005BrokenWord"/>).</summary>
internal enum BreakKind
{
    /// <summary>Two known words with the space between them lost: "benefitwith", "RelationsThe".</summary>
    RunTogether,

    /// <summary>One known word split by a hyphen and a space, or by a lost line break: "constitu- ent", "signifi-cantly", "R EFERENCES".</summary>
    BrokenApart,

    /// <summary>Two known words with their space one letter off: "th eemergence".</summary>
    SpaceMisplaced,
}

/// <summary>A word whose boundaries extraction or haste damaged, with its repair.</summary>
internal readonly record struct BrokenWord(TextSpan Span, string Text, string Repair, BreakKind Kind);

/// <summary>
/// Word boundaries that went wrong, which are not spelling errors but damage with a certain repair: words run together,
/// a word broken apart, a space one letter off; and closed compounds of known parts, which are words.
/// </summary>
internal static class WordBreaks
{
    /// <summary>Prefixes English joins to a word without a hyphen (multiclass, cosegmentation, superyachts).</summary>
    private static readonly string[] Prefixes =
    [
        "anti", "auto", "bi", "co", "counter", "cross", "hyper", "inter", "intra", "macro", "mega", "meta", "micro", "mid",
        "mini", "multi", "neo", "non", "over", "post", "pre", "proto", "pseudo", "quasi", "re", "semi", "sub", "super",
        "trans", "tri", "ultra", "un", "under",
    ];

    /// <summary>Closed-class words, which do not form closed compounds: a word joined to one lost its space.</summary>
    private static readonly FrozenSet<string> FunctionWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "all", "also", "an", "any", "and", "are", "as", "at", "be", "been", "being", "between", "but", "by", "can", "could",
        "each", "even", "every", "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it", "its", "may", "might",
        "many", "more", "most", "much", "must", "no", "not", "of", "on", "onto", "or", "our", "should", "so", "some", "such", "than", "that", "the", "their", "them",
        "then", "there", "these", "they", "this", "those", "to", "too", "upon", "very", "via", "was", "we", "well", "were", "what", "when", "where", "which", "who",
        "whose", "will", "with", "would", "you", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsFunctionWord(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 8)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return FunctionWordLookup.Contains(lower);
    }

    /// <summary>Known as a common word: as written, and (for a capitalised word) in lower case, so that a name list does not count.</summary>
    private static bool KnownWord(ReadOnlySpan<char> part, ISpellChecker speller)
    {
        if (part.Length == 0 || !speller.Check(part))
        {
            return false;
        }

        return !char.IsUpper(part[0]) || SpellingText.IsAllCaps(part) || speller.Check(part.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// Two or more known words written without their spaces: at changes of case ("RelationsThe", "THISunfortunately",
    /// "ILSVRCin", "funThis"), or, in a word of one case after its first letter, where a function word meets a known word
    /// ("benefitwith", "analternative", "Deploymentof") or two long known words meet ("financialaid",
    /// "Registeringmigrants"). Returns the words with their spaces, or null.
    /// </summary>
    public static string? RunTogether(ReadOnlySpan<char> word, ISpellChecker speller) => RunTogether(word, speller, out _);

    /// <summary>
    /// As <see cref="RunTogether(ReadOnlySpan{char}, ISpellChecker)"/>; <paramref name="weak"/> is true when only a short
    /// word before a known word explains it (warzone), which a typo can also look like (pervalent: "per valent").
    /// </summary>
    public static string? RunTogether(ReadOnlySpan<char> word, ISpellChecker speller, out bool weak)
    {
        weak = false;
        if (word.Length < 4 || word.Length > 64)
        {
            return null;
        }

        var byCase = AtCaseChanges(word, speller);
        if (byCase is not null)
        {
            return byCase;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return null;
            }
        }

        var best = -1;
        var bestScore = 0;
        var contentCuts = 0;
        var functionScore = 2 * word.Length;
        for (var cut = 2; cut <= word.Length - 2; cut++)
        {
            var score = Score(word[..cut], word[cut..], word.Length, speller);
            if (score > 0 && score < functionScore)
            {
                contentCuts++;
            }

            if (score > bestScore)
            {
                (best, bestScore) = (cut, score);
            }
        }

        // Without a function word, only the dictionary's two words explain the cut: when two cuts both give known words
        // (piledriver: "pile driver", "piled river") the word is a closed compound the lists lack, and a word that is a
        // known word with a productive ending (operationalised, denialist) is a derivation, not two words.
        if (best >= 0 && bestScore < functionScore && (contentCuts > 1 || IsDerivation(word, speller)))
        {
            return null;
        }

        weak = bestScore == WeakScore;
        return best < 0 ? null : string.Concat(word[..best], " ", word[best..]);
    }

    /// <summary>Endings of past and present participles (known, founded, read, built, meant, done, thought, meaning).</summary>
    private static readonly string[] ParticipleEndings = ["ed", "en", "wn", "nt", "ne", "ad", "lt", "ght", "de", "ing"];

    /// <summary>
    /// "wellknown", "wellfounded": <i>well</i> and a participle written as one word, which English hyphenates before a
    /// noun ("a well-known case") and writes apart after a verb ("it is well known"). The wide word lists accept many
    /// such forms; the dictionaries proper know the few closed words (wellspring, wellhead). Returns the hyphenated
    /// form, or null.
    /// </summary>
    public static string? ClosedWellCompound(ReadOnlySpan<char> word, ISpellChecker speller)
    {
        if (word.Length < 8 || !word.StartsWith("well", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return null;
            }
        }

        var tail = word[4..];
        var participle = false;
        foreach (var ending in ParticipleEndings)
        {
            participle |= tail.EndsWith(ending, StringComparison.Ordinal);
        }

        // wellbeing is a noun of its own, written closed in British usage
        if (!participle || tail.SequenceEqual("being") || !speller.IsCommonWord(tail) || speller.IsCommonWord(word))
        {
            return null;
        }

        return string.Concat(word[..4], "-", tail);
    }

    /// <summary>Productive endings English adds to a known word to make a new one (operational-ised, denial-ist).</summary>
    private static readonly string[] DerivationalEndings =
        ["ise", "ised", "ises", "ising", "isation", "ize", "ized", "izes", "izing", "ization", "ist", "ists", "ism", "isms"];

    /// <summary>
    /// A word in lower case (after its first letter) made of a known word and a productive ending: operationalised
    /// (operational), denialist (denial). A word the dictionaries lack, not a typo nor two words.
    /// </summary>
    public static bool IsDerivation(ReadOnlySpan<char> word, ISpellChecker speller)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return false;
            }
        }

        foreach (var ending in DerivationalEndings)
        {
            if (word.Length >= ending.Length + 5 && word.EndsWith(ending, StringComparison.Ordinal) && speller.Check(word[..^ending.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The score of a cut after a short word (warzone): below every other kind of cut.</summary>
    private const int WeakScore = 1;

    /// <summary>How well a cut explains a run-together word (0: not at all); a function word is the strongest sign.</summary>
    private static int Score(ReadOnlySpan<char> head, ReadOnlySpan<char> tail, int length, ISpellChecker speller)
    {
        var headFunction = IsFunctionWord(head);
        var tailFunction = IsFunctionWord(tail);
        int score;
        var capitalised = char.IsUpper(head[0]);
        if (tailFunction && (head.Length >= 4 || headFunction))
        {
            // benefitwith, careof, tothe; a name before a short function word is a name (Ramanan is not Raman an,
            // Serrat not Serr at)
            if (tail.Length < 3 && (!KnownWord(head, speller) || (capitalised && head.Length < 5)))
            {
                return 0;
            }

            score = 2 * length;
        }
        else if (headFunction && (capitalised ? head.Length >= 3 && tail.Length >= 3 : head.Length >= 3 || tail.Length >= 4))
        {
            score = 2 * length; // analternative, beinterpreted, Thenew; not "indep"
        }
        else if (head.Length >= 3 && tail.Length >= 3 && length >= 10 && EndsLikeAWord(head) && !IsPrefix(head))
        {
            score = Math.Min(head.Length, tail.Length); // financialaid, Registeringmigrants; not Eagleburger, Shakespear
        }
        else if (!capitalised && head.Length is >= 3 and <= 5 && tail.Length >= 4 && !IsPrefix(head) && !tailFunction && !headFunction)
        {
            // warzone, placenames: English writes these apart until a dictionary knows them; of two such cuts the first,
            // with the longer second word, wins (pile driver, not piled river)
            return speller.Check(head) && KnownWord(tail, speller) ? WeakScore : 0;
        }
        else
        {
            return 0;
        }

        // the head may be a name (Egyptwhich, Syrianrefugees); the tail must be a common word, so that a name is not
        // read as two (Hochreiter)
        return speller.Check(head) && KnownWord(tail, speller) ? score : 0;
    }

    /// <summary>Inflectional and derivational endings, which end words and seldom the first part of a name or compound.</summary>
    private static readonly string[] WordEndings =
        ["ing", "ed", "ion", "ment", "al", "ic", "ive", "ous", "ity", "ness", "ful", "less", "able", "ible", "ary", "ory", "ly"];

    private static bool EndsLikeAWord(ReadOnlySpan<char> head)
    {
        foreach (var ending in WordEndings)
        {
            if (head.Length > ending.Length + 2 && head.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Splits at changes of case; every part must be a known word. A capitalised camel-case word of ten letters or less
    /// is a name (ImageNet, OpenID, McCallum); a part in capitals only leads (THISunfortunately, ILSVRCin).
    /// </summary>
    private static string? AtCaseChanges(ReadOnlySpan<char> word, ISpellChecker speller)
    {
        var cuts = new List<int>();
        var leadingCaps = 0;
        while (leadingCaps < word.Length && char.IsUpper(word[leadingCaps]))
        {
            leadingCaps++;
        }

        if (leadingCaps >= 3 && leadingCaps < word.Length - 1)
        {
            cuts.Add(leadingCaps);
        }

        for (var i = Math.Max(1, leadingCaps); i < word.Length; i++)
        {
            if (char.IsLower(word[i - 1]) && char.IsUpper(word[i]))
            {
                cuts.Add(i);
            }
        }

        if (cuts.Count == 0 || (char.IsUpper(word[0]) && leadingCaps < 3 && cuts.Count == 1 && word.Length < 11))
        {
            return null;
        }

        var parts = new List<string>();
        var start = 0;
        foreach (var cut in cuts.Append(word.Length))
        {
            var part = word[start..cut];
            var shortAllowed = part.Length == 2 && (IsFunctionWord(part) || SpellingText.IsAllCaps(part));
            // a leading part in capitals is an acronym, known or not (ILSVRC); every other part a known word
            var acronym = start == 0 && cut == leadingCaps;
            if ((part.Length < 3 && !shortAllowed) || (!acronym && !speller.Check(part)) || (start > 0 && SpellingText.IsAllCaps(part) && part.Length > 1))
            {
                return null;
            }

            parts.Add(part.ToString());
            start = cut;
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// A lower-case (or capitalised) word made of a prefix English writes closed and a known word (multiclass,
    /// cosegmentation, superyachts, Multiscale): a word, not a typo. Two words written as one (warzone, placenames) are
    /// <see cref="RunTogether"/>'s.
    /// </summary>
    public static bool IsClosedCompound(ReadOnlySpan<char> word, ISpellChecker speller)
    {
        if (word.Length < 6 || word.Length > 40)
        {
            return false;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return false;
            }
        }

        // Multiclass, Quasiconvexity: a compound at a sentence start or in a title; a capitalised word needs a prefix
        // and a longer word after it, as names are often two short words to a dictionary (Rodham, Github, Subotic)
        var capitalised = char.IsUpper(word[0]);
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        for (var cut = 2; cut <= Math.Min(7, lower.Length - 3); cut++)
        {
            ReadOnlySpan<char> head = lower[..cut];
            ReadOnlySpan<char> tail = lower[cut..];
            if (capitalised && (!IsPrefix(head) || tail.Length < 5))
            {
                continue;
            }

            if (IsPrefix(head) && tail.Length >= 3 && !IsFunctionWord(tail) && speller.Check(tail))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrefix(ReadOnlySpan<char> head)
    {
        foreach (var p in Prefixes)
        {
            if (head.SequenceEqual(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word at <paramref name="index"/> (which the dictionaries reject) and a neighbour are one known word broken
    /// apart ("constitu- ent", "signifi-cantly", "R EFERENCES") or two known words with their space one letter off
    /// ("th eemergence").
    /// </summary>
    public static BrokenWord? Find(Core.Syntax.EditorialDocument document, int index, ISpellChecker speller)
    {
        var words = document.Words;
        if (index + 1 < words.Length && Pair(document, words[index].Span, words[index + 1].Span, speller) is { } after)
        {
            return after;
        }

        return index > 0 && Pair(document, words[index - 1].Span, words[index].Span, speller) is { } before ? before : null;
    }

    private static BrokenWord? Pair(Core.Syntax.EditorialDocument document, TextSpan a, TextSpan b, ISpellChecker speller)
    {
        var text = document.Content;
        var first = text.AsSpan(a.Start, a.Length);
        var second = text.AsSpan(b.Start, b.Length);
        var gap = text.AsSpan(a.End, b.Start - a.End);
        if (gap.Length == 0 || gap.Length > 3 || !SpellingText.IsCheckable(second) || (first.Length > 1 && !SpellingText.IsCheckable(first)))
        {
            return null;
        }

        var span = TextSpan.FromBounds(a.Start, b.End);
        var joined = string.Concat(first, second);
        if (gap[0] == '-' && gap[1..].Trim(' ').IsEmpty)
        {
            // "constitu- ent" (a hyphen and a space: the line break of a PDF); "signifi-cantly": both halves unknown and
            // the first no prefix ("pre-war", "co-operation" are words).
            var spaced = gap.Length > 1;
            if (first.Length >= 2 && (spaced || (!IsPrefix(first) && !speller.Check(first) && !speller.Check(second))) &&
                !char.IsUpper(second[0]) && speller.Check(joined))
            {
                return new BrokenWord(span, text.Substring(span.Start, span.Length), joined, BreakKind.BrokenApart);
            }

            return null;
        }

        if (gap is not " ")
        {
            return null;
        }

        // "R EFERENCES": small capitals, whose first letter extraction set apart
        if (first.Length == 1 && char.IsUpper(first[0]) && second.Length >= 3 && SpellingText.IsAllCaps(second) && speller.Check(joined))
        {
            return new BrokenWord(span, text.Substring(span.Start, span.Length), joined, BreakKind.BrokenApart);
        }

        // "th eemergence": both halves unknown, and moving one letter across the space makes two known words
        if (first.Length >= 2 && second.Length >= 3 && char.IsLower(second[0]) && !speller.Check(first) && !speller.Check(second))
        {
            var left = string.Concat(first, second[..1]);
            if (speller.Check(left) && speller.Check(second[1..]))
            {
                return new BrokenWord(span, text.Substring(span.Start, span.Length), $"{left} {second[1..]}", BreakKind.SpaceMisplaced);
            }

            if (first.Length >= 3 && speller.Check(first[..^1]) && speller.Check(string.Concat(first[^1..], second)))
            {
                return new BrokenWord(span, text.Substring(span.Start, span.Length), $"{first[..^1]} {first[^1..]}{second}", BreakKind.SpaceMisplaced);
            }
        }

        return null;
    }

    /// <summary>
    /// A lower-case word with capitals inside that is not words run together (dePk, evalB, globalPb, pMID): an
    /// identifier or a variable of extracted technical text, not a word to spell.
    /// </summary>
    public static bool IsIdentifier(ReadOnlySpan<char> word)
    {
        if (!char.IsLower(word[0]))
        {
            return false;
        }

        foreach (var c in word[1..])
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
