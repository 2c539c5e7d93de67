using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Spelling;

/// <summary>
/// EL4001: a word none of the configured dictionaries knows, with up to five suggestions; a listed common misspelling
/// with its certain fix. Capitalised unknown words are names, reported by <see cref="EL4004UnknownName"/>: both rules
/// share one pass over the document (<see cref="Collect"/>).
/// </summary>
public sealed class EL4001UnknownWord : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL4001",
        "Unknown word",
        "Unknown word '{0}'{1}",
        RuleCategories.Spelling,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The word is in none of the configured dictionaries (editorial_lint.dictionaries; by default en_US, the house dictionary and en_GB).",
        customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [EngineOptions.Dictionaries, SpellingOptions.MaxSuggestions, SpellingOptions.IgnoreAcronyms];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    /// <summary>A French or Italian elision: "d'état", "l'Europe", "l’Union" (English has no word in d' or l').</summary>
    private static bool IsElided(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[0] is 'd' or 'l' or 'D' or 'L' && word[1] is '\'' or '\u2019' && char.IsLetter(word[2]);

    /// <summary>"lengthly [sic]", "lengthly \[sic\]", "(sic)": the author says the spelling is the source's.</summary>
    private static bool FollowedBySic(string text, int end)
    {
        var i = end;
        while (i < text.Length && i - end < 4 && text[i] is ' ' or '\\' or '[' or '(' or '\u00A0')
        {
            i++;
        }

        return i + 3 <= text.Length && text.AsSpan(i, 3).Equals("sic", StringComparison.OrdinalIgnoreCase) && i > end && text[i - 1] is '[' or '(' &&
               (i + 3 == text.Length || !char.IsLetter(text[i + 3]));
    }

    /// <summary>A word broken off in speech, as transcripts print it: a hyphen, a space, then a dash ("wel- — will").</summary>
    private static bool IsFalseStart(string text, int end)
    {
        if (end >= text.Length || text[end] != '-')
        {
            return false;
        }

        var i = end + 1;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
        {
            i++;
        }

        return i > end + 1 && i < text.Length && (text[i] is '\u2014' or '\u2013' || text.AsSpan(i).StartsWith("--", StringComparison.Ordinal));
    }

    private static bool TouchesDamage(string text, int i) =>
        i >= 0 && i < text.Length && (text[i] is '\uFFFD' or (>= '\uE000' and <= '\uF8FF') || (text[i] < 0x20 && !char.IsWhiteSpace(text[i])) ||
            (text[i] == '?' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1])));

    private static void Analyze(DocumentAnalysisContext context)
    {
        var found = Collect(context);
        if (found is null)
        {
            return;
        }

        var speller = context.SpellChecker!;
        var maxSuggestions = MaxSuggestions(context);
        var hints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (span, key, kind) in found.Words)
        {
            if (kind == WordKind.Name)
            {
                continue;
            }

            CodeFix? fix = null;
            if (kind == WordKind.CapitalSlip)
            {
                var recased = found.Repairs[key];
                context.Report(Descriptor, span, CodeFix.Replace($"Replace with '{recased}'", span, recased), key, $"; a capital too many: '{recased}'");
                continue;
            }

            if (kind == WordKind.Misspelling)
            {
                var fixes = speller.CommonMisspelling(key);
                if (fixes.Count == 1)
                {
                    fix = CodeFix.Replace($"Replace with '{fixes[0]}'", span, fixes[0]);
                }
            }

            if (!hints.TryGetValue(key, out var hint))
            {
                // Suggestions only for reported words, once per distinct word in the draft.
                hint = kind == WordKind.Misspelling ? MisspellingHint(speller.CommonMisspelling(key), maxSuggestions) : SuggestionHint(maxSuggestions == 0 ? [] : speller.Suggest(key, maxSuggestions), maxSuggestions);
                hints[key] = hint;
            }

            context.Report(Descriptor, span, fix, key, hint);
        }
    }

    internal static int MaxSuggestions(AnalysisContext context) => Math.Clamp(context.Options.Get(SpellingOptions.MaxSuggestions), 0, 10);

    internal static string SuggestionHint(IReadOnlyList<string> suggestions, int max) =>
        suggestions.Count == 0 || max == 0 ? string.Empty : $"; did you mean {string.Join(", ", suggestions.Take(max).Select(s => $"'{s}'"))}?";

    private static string MisspellingHint(IReadOnlyList<string> fixes, int max) =>
        fixes.Count == 1 ? $"; a common misspelling of '{fixes[0]}'"
        : $"; a common misspelling{(max == 0 ? string.Empty : $": did you mean {string.Join(", ", fixes.Take(Math.Max(max, 1)).Select(s => $"'{s}'"))}?")}";

    internal enum WordKind { Word, Misspelling, Name, RunTogether, Compound, CapitalSlip }

    /// <summary>
    /// "SUnni", "TUrkey": a capital held one letter too long, which the dictionaries know with its second letter in lower
    /// case. Two capitals, then at least two lower-case letters (so that "IDs" and "TVs" stay acronyms). Returns the
    /// word re-cased, or null.
    /// </summary>
    private static string? CapitalSlip(string word, Core.Spelling.ISpellChecker speller)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]) || !char.IsUpper(word[1]))
        {
            return null;
        }

        for (var i = 2; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return null;
            }
        }

        var recased = string.Concat(word.AsSpan(0, 1), char.ToLowerInvariant(word[1]).ToString(), word.AsSpan(2));
        return speller.Check(recased) ? recased : null;
    }

    /// <summary>
    /// The unknown words of a document, classified, in text order, and the words whose boundaries are damaged (run
    /// together, broken apart); shared by EL4001, EL4004 and EL4005.
    /// </summary>
    internal sealed record Findings(
        List<(TextSpan Span, string Key, WordKind Kind)> Words, List<(TextSpan Span, bool Known)> Judged, List<BrokenWord> Broken, IReadOnlyDictionary<string, string> Repairs);

    private sealed record Cached(object Speller, Core.Configuration.RuleOptions Options, Findings Findings);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Core.Syntax.EditorialDocument, Cached> Shared = new();

    /// <summary>
    /// The document's unknown words (null without dictionaries), computed once for both rules: they run one after
    /// the other on a document with the same options and speller.
    /// </summary>
    internal static Findings? Collect(DocumentAnalysisContext context)
    {
        if (context.SpellChecker is not { } speller)
        {
            return null;
        }

        if (Shared.TryGetValue(context.Document, out var cached) && ReferenceEquals(cached.Speller, speller) && ReferenceEquals(cached.Options, context.Options))
        {
            return cached.Findings;
        }

        var computed = Compute(context);
        Shared.AddOrUpdate(context.Document, new Cached(speller, context.Options, computed));
        return computed;
    }

    /// <summary>Uses that make an unknown lower-case word the draft's own term.</summary>
    private const int DraftTermUses = 3;

    private static Findings Compute(DocumentAnalysisContext context)
    {
        var speller = context.SpellChecker!;

        var ignoreAcronyms = context.Options.Get(SpellingOptions.IgnoreAcronyms);
        var document = context.Document;

        // Words inside mojibake are the character rules' business (EL3003): "TÃ¼rkiye" is not a spelling error.
        var damage = context.Analyses.CharacterDamage;

        // A draft repeats most of its words: judge each distinct word once.
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        var knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        HashSet<string>? marked = null;
        var judged = new List<(TextSpan Span, bool Known)>();
        var candidates = new List<(TextSpan Span, string Key)>();
        var kinds = new Dictionary<string, (WordKind Kind, string? Repair)>(StringComparer.Ordinal);
        var brokenWords = new List<BrokenWord>();
        var lastBroken = 0;
        var words = document.Words;
        for (var index = 0; index < words.Length; index++)
        {
            var word = words[index];
            var text = document.Slice(word.Span);
            if (!SpellingText.IsCheckable(text))
            {
                continue;
            }

            // Not prose, until the document model leaves such text out: "et al.", a template tag's name
            // ({% endtooltip %}), a piece of a domain or file name (example.org, report.pdf).
            if (SpellingText.IsNonProse(document.Content, word.Span.Start, word.Span.End))
            {
                continue;
            }

            if (ignoreAcronyms && IsAcronymForm(text))
            {
                continue;
            }

            if (!knownLookup.TryGetValue(text, out var isKnown))
            {
                isKnown = speller.Check(text) || SpellingText.IsVerbContraction(text);
                knownLookup[text] = isKnown;
            }

            // px, xj, nP: units and variables of extracted text, not words (nor evidence of another language)
            if (!isKnown && SpellingText.IsSymbolLike(text) && speller.CommonMisspelling(text).Count == 0)
            {
                continue;
            }

            // dePk, evalB, pMID: identifiers and variables, unless known words run together (funThis)
            if (!isKnown && WordBreaks.IsIdentifier(text) && WordBreaks.RunTogether(text, speller) is null)
            {
                continue;
            }

            judged.Add((word.Span, isKnown));
            if (isKnown)
            {
                // wellknown: accepted by the wide lists, but "well" and a participle are two words (EL4005)
                if (WordBreaks.ClosedWellCompound(text, speller) is { } hyphenated)
                {
                    brokenWords.Add(new BrokenWord(word.Span, text.ToString(), hyphenated, BreakKind.RunTogether));
                }

                continue;
            }

            // wi, yc, ji: variables and indices (still evidence of another language: "Ovo je kraj")
            if (SpellingText.IsTwoLetterSymbol(text, speller) && speller.CommonMisspelling(text).Count == 0)
            {
                continue;
            }

            // A decomposed letter (EL3010) is still the right word: judge its composed form.
            if (text.IndexOfAnyInRange('\u0300', '\u036F') >= 0 && speller.Check(text.ToString().Normalize(System.Text.NormalizationForm.FormC)))
            {
                continue;
            }

            // Not English to judge: a term set in italics (a foreign word, a Latin name), a word the author marks as
            // quoted exactly ("lengthly [sic]"), a false start a transcript breaks off ("wel- — will have").
            if ((document.Prose.IsVerbatim(word.Span.Start, Core.Syntax.VerbatimKind.ForeignTerm | Core.Syntax.VerbatimKind.Title) &&
                 speller.CommonMisspelling(text).Count == 0) ||
                FollowedBySic(document.Content, word.Span.End) || IsFalseStart(document.Content, word.Span.End) || IsElided(text))
            {
                continue;
            }

            // "…for a more indep": the text was cut off here, at its very end; the word is not misspelt, it is unfinished
            if (word.Span.End == document.Content.Length)
            {
                continue;
            }

            // “A markov random field”, “mri”: a quoted title whose casing the source lowered (as BibTeX does); the word
            // is right, its case is the source's
            if (char.IsLower(text[0]) && document.Prose.IsVerbatim(word.Span.Start, Core.Syntax.VerbatimKind.Quotation | Core.Syntax.VerbatimKind.Title) &&
                IsLoweredName(text, speller))
            {
                continue;
            }

            if (TouchesDamage(document.Content, word.Span.Start - 1) || TouchesDamage(document.Content, word.Span.End))
            {
                continue; // "Erdo�an", "Erdo?an": a lost character (EL3001, EL3006), not a misspelling
            }

            if (damage.TouchesMojibake(word.Span))
            {
                continue;
            }

            // "cooper-/ation": a word broken across lines by the PDF's hyphenation is right when its halves join.
            if (HalfOfBrokenWord(document, index, speller))
            {
                continue;
            }

            // "constitu- ent", "signifi-cantly", "R EFERENCES", "th eemergence": damage EL4005 reports with its repair
            if (WordBreaks.Find(document, index, speller) is { } broken)
            {
                judged[^1] = (word.Span, true);
                if (broken.Span.Start >= lastBroken)
                {
                    brokenWords.Add(broken);
                    lastBroken = broken.Span.End;
                }

                continue;
            }

            // Erdoðan: Turkish text decoded with the wrong code page, which EL3005 reports and repairs.
            if (Core.Text.Repair.LegacyCodePage.HasSuspect(text) &&
                Core.Text.Repair.LegacyCodePage.Repair(text, context.Analyses.Vocabulary, speller) is not null)
            {
                continue;
            }

            // Türkiyes: EL4003 reports the lost apostrophe; one finding is enough.
            if (SpellingText.LostApostropheStem(text, speller) > 0)
            {
                continue;
            }

            // Erdogan beside Erdoğan, which the dictionaries know: EL5002 reports the name spelled two ways.
            if (char.IsUpper(text[0]) && (marked ??= MarkedKnownNames(document, speller)).Contains(Consistency.ConsistencyText.Fold(text.ToString())))
            {
                continue;
            }

            // Words run together and compounds are English words for the foreign-passage test below.
            var key = text.ToString();
            if (!kinds.TryGetValue(key, out var classified))
            {
                kinds[key] = classified = Classify(key, speller);
            }

            if (classified.Kind is WordKind.RunTogether or WordKind.Compound)
            {
                judged[^1] = (word.Span, true);
            }

            candidates.Add((word.Span, key));
        }

        var foreign = candidates.Count == 0 && brokenWords.Count == 0 ? [] : ForeignPassages(document, judged);
        brokenWords.RemoveAll(b => foreign.Any(f => f.Contains(b.Span)));
        var result = new List<(TextSpan Span, string Key, WordKind Kind)>();
        var uses = candidates.CountBy(c => c.Key, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        foreach (var (span, key) in candidates)
        {
            if (foreign.Any(f => f.Contains(span)))
            {
                continue;
            }

            var classified = kinds[key];
            var kind = classified.Kind;

            // A word the draft writes the same way three times or more is its own term (subteams, keypoints), as a
            // repeated name is: a slip is rarely repeated letter for letter, and the common ones are listed.
            if (kind == WordKind.Compound || (kind is WordKind.Word or WordKind.RunTogether && uses[key] >= DraftTermUses))
            {
                continue;
            }

            if (kind == WordKind.RunTogether)
            {
                brokenWords.Add(new BrokenWord(span, key, classified.Repair!, BreakKind.RunTogether));
                continue;
            }

            result.Add((span, key, kind));
        }

        brokenWords.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var repairs = kinds.Where(k => k.Value.Kind == WordKind.CapitalSlip).ToDictionary(k => k.Key, k => k.Value.Repair!, StringComparer.Ordinal);
        return new Findings(result, judged, brokenWords, repairs);
    }

    /// <summary>
    /// A listed common misspelling (also capitalised: "Goverment" at a sentence start); else a prefix compound
    /// (multiclass) or a derivation (operationalised), which are words; else known words run together ("RelationsThe", "THISunfortunately",
    /// "benefitwith", "warzone", with the words apart); else a capitalised word is a name, and a lower-case one unknown.
    /// </summary>
    private static (WordKind Kind, string? Repair) Classify(string word, Core.Spelling.ISpellChecker speller)
    {
        if (speller.CommonMisspelling(word).Count > 0)
        {
            return (WordKind.Misspelling, null);
        }

        if (WordBreaks.IsClosedCompound(word, speller) || WordBreaks.IsDerivation(word, speller))
        {
            return (WordKind.Compound, null);
        }

        if (WordBreaks.RunTogether(word, speller, out var weak) is { } apart && !(weak && IsNearKnownWord(word, speller)))
        {
            return (WordKind.RunTogether, apart);
        }

        if (CapitalSlip(word, speller) is { } recased)
        {
            return (WordKind.CapitalSlip, recased);
        }

        return (char.IsUpper(word[0]) ? WordKind.Name : WordKind.Word, null);
    }

    /// <summary>A lower-case word the dictionaries know capitalised or in capitals (markov, bayesian, mri, gpu).</summary>
    private static bool IsLoweredName(ReadOnlySpan<char> word, Core.Spelling.ISpellChecker speller)
    {
        Span<char> cased = stackalloc char[word.Length];
        word.ToUpperInvariant(cased);
        if (speller.Check(cased))
        {
            return true;
        }

        word.CopyTo(cased);
        cased[0] = char.ToUpperInvariant(word[0]);
        return speller.Check(cased);
    }

    /// <summary>
    /// One edit from a word the dictionaries know, in case or letters (european, pervalent, resurgency): a typo, even when
    /// it also splits after a short word ("euro pean", "per valent"). The split itself ("war zone") does not count.
    /// </summary>
    private static bool IsNearKnownWord(string word, Core.Spelling.ISpellChecker speller)
    {
        foreach (var suggestion in speller.Suggest(word, 3))
        {
            if (suggestion.AsSpan().IndexOfAny(' ', '-') < 0 && SpellingText.Distance(word.ToLowerInvariant(), suggestion.ToLowerInvariant(), 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The word is one half of a word hyphenated at a line end ("environ-" + "ment") and the two halves together are
    /// a word the dictionaries know.
    /// </summary>
    /// <summary>The folded forms (erdogan) of the capitalised words with diacritics in the draft that the dictionaries know (Erdoğan).</summary>
    private static HashSet<string> MarkedKnownNames(Core.Syntax.EditorialDocument document, Core.Spelling.ISpellChecker speller)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in document.Words)
        {
            var text = document.GetText(word.Span);
            if (text.Length >= 3 && char.IsUpper(text[0]) && !System.Text.Ascii.IsValid(text) && seen.Add(text) && speller.Check(text))
            {
                result.Add(Consistency.ConsistencyText.Fold(text));
            }
        }

        return result;
    }

    private static bool HalfOfBrokenWord(Core.Syntax.EditorialDocument document, int index, Core.Spelling.ISpellChecker speller)
    {
        var words = document.Words;
        var text = document.Content;
        static bool BreakBetween(string text, TextSpan a, TextSpan b)
        {
            var gap = text.AsSpan(a.End, b.Start - a.End);
            return gap.Length >= 2 && gap[0] == '-' && gap[1..].Trim(' ').TrimStart('\r') is ['\n', ..] && gap[1..].IsWhiteSpace();
        }

        if (index + 1 < words.Length && BreakBetween(text, words[index].Span, words[index + 1].Span) &&
            speller.Check(string.Concat(document.Slice(words[index].Span), document.Slice(words[index + 1].Span))))
        {
            return true;
        }

        return index > 0 && BreakBetween(text, words[index - 1].Span, words[index].Span) &&
               speller.Check(string.Concat(document.Slice(words[index - 1].Span), document.Slice(words[index].Span)));
    }

    /// <summary>An all-capital acronym of up to five letters, also in the plural or possessive: EU, NGOs, OSCE’s.</summary>
    private static bool IsAcronymForm(ReadOnlySpan<char> text)
    {
        if (text.EndsWith("’s", StringComparison.Ordinal) || text.EndsWith("'s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        else if (text.Length > 2 && text[^1] == 's' && SpellingText.IsAllCaps(text[..^1]))
        {
            text = text[..^1];
        }

        return text.Length is > 0 and <= 5 && SpellingText.IsAllCaps(text);
    }

    /// <summary>
    /// Passages in another language, whose words are not misspellings of English ones: a quotation (between “ ”,
    /// „ “, « » or straight double quotes) or a bracket, or a whole paragraph, in which at least half of the words the
    /// dictionaries judged are unknown (three words at least in a quotation or bracket, six in a paragraph), or every
    /// one of three or more ("Keine Ergebnisse gefunden").
    /// </summary>
    private static List<TextSpan> ForeignPassages(Core.Syntax.EditorialDocument document, List<(TextSpan Span, bool Known)> judged)
    {
        var result = new List<TextSpan>();
        if (judged.All(j => j.Known))
        {
            return result;
        }

        var content = document.Content;
        var next = 0; // judged words are in text order, and so are paragraphs
        foreach (var paragraph in document.Paragraphs)
        {
            while (next < judged.Count && judged[next].Span.Start < paragraph.Span.Start)
            {
                next++;
            }

            var inside = new List<(TextSpan Span, bool Known)>();
            for (var k = next; k < judged.Count && judged[k].Span.End <= paragraph.Span.End; k++)
            {
                inside.Add(judged[k]);
            }

            if (!inside.Any(w => !w.Known))
            {
                continue;
            }

            // A paragraph of unknown words only ("Wird geladen (Jetzt Volltext ansehen)"), then its quotations and
            // brackets, each judged on its own, and the rest.
            if (IsForeign(inside, int.MaxValue, content, bracket: false))
            {
                result.Add(paragraph.Span);
                continue;
            }

            var quotes = new List<TextSpan>();
            Enclosed(content, paragraph.Span, quotations: true, quotes);
            Enclosed(content, paragraph.Span, quotations: false, quotes);
            foreach (var quote in quotes)
            {
                if (IsForeign(inside.Where(j => quote.Contains(j.Span)).ToList(), 3, content, bracket: content[quote.Start] is '[' or '('))
                {
                    result.Add(quote);
                }
            }

            // The rest of the paragraph, outside its quotations.
            if (IsForeign(inside.Where(j => !quotes.Any(q => q.Contains(j.Span))).ToList(), 6, content, bracket: false))
            {
                result.Add(paragraph.Span);
            }
        }

        return result;
    }

    /// <summary>The quotations (“…”, „…“, «…», "…") or the brackets ([…], (…)) of a paragraph, not nested.</summary>
    private static void Enclosed(string content, TextSpan paragraph, bool quotations, List<TextSpan> into)
    {
        var open = -1;
        var closer = '\0';
        for (var i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = content[i];
            if (open < 0)
            {
                closer = quotations ? c switch { '“' => '”', '„' => '“', '«' => '»', '"' => '"', _ => '\0' } : c switch { '[' => ']', '(' => ')', _ => '\0' };
                if (closer != '\0')
                {
                    open = i;
                }
            }
            else if (c == closer || (closer == '“' && c == '”'))
            {
                into.Add(TextSpan.FromBounds(open, i + 1));
                open = -1;
            }
        }
    }

    /// <summary>
    /// Half the judged words unknown (at least <paramref name="minimum"/>), or all of three or more with a lower-case
    /// one among them. A bracket needs three in four unknown and two of them lower case: names in brackets are English
    /// ("(Vucic and Thaci)"), a foreign phrase has unknown common words ("[desde que comenzó la guerra]").
    /// </summary>
    private static bool IsForeign(List<(TextSpan Span, bool Known)> words, int minimum, string content, bool bracket)
    {
        var unknown = words.Count(w => !w.Known);
        var lowerUnknown = words.Count(w => !w.Known && char.IsLower(content[w.Span.Start]));
        if (bracket)
        {
            return words.Count >= minimum && unknown * 4 >= words.Count * 3 && lowerUnknown >= 2;
        }

        return (words.Count >= minimum && unknown * 2 >= words.Count) || (words.Count >= 3 && unknown == words.Count && lowerUnknown >= 1);
    }
}
