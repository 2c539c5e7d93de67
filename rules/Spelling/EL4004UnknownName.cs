using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Spelling;

/// <summary>
/// EL4004: a capitalised word no dictionary knows, read as a name (Zalinger, Vucic). A name the draft writes the same
/// way twice or more is the draft's own and is not reported, unless a known name differs from it only in marks and
/// case (Vucic → Vučić, Erdogan → Erdoğan). Suggested: those names, then house names one edit away and names the draft
/// writes more often or the dictionaries know, one edit away (Holbroke beside Holbrooke); never common words
/// ("Lemkin" gets no "Potemkin").
/// </summary>
public sealed class EL4004UnknownName : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL4004",
        "Unknown name",
        "Unknown name '{0}'{1}",
        RuleCategories.Spelling,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A capitalised word that no configured dictionary knows and the draft does not repeat, or one close to a known name.");

    /// <summary>How many times the draft must write an unknown name the same way for it to count as the draft's own.</summary>
    public const int RepeatedName = 2;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [EngineOptions.Dictionaries, SpellingOptions.MaxSuggestions];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var found = EL4001UnknownWord.Collect(context);
        if (found is null || !found.Words.Any(w => w.Kind == EL4001UnknownWord.WordKind.Name))
        {
            return;
        }

        var speller = context.SpellChecker!;
        var document = context.Document;
        var maxSuggestions = EL4001UnknownWord.MaxSuggestions(context);

        // How often the draft writes each unknown name, and the names it knows: capitalised known words and
        // unknown names written at least twice.
        // (a name and its possessive count as one: Kademian, Kademian's)
        static string Stem(string name) => Consistency.ConsistencyText.SplitPossessive(name).Stem;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, key, kind) in found.Words)
        {
            if (kind == EL4001UnknownWord.WordKind.Name)
            {
                counts[Stem(key)] = counts.GetValueOrDefault(Stem(key)) + 1;
            }
        }

        var draftNames = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (span, isKnown) in found.Judged)
        {
            if (isKnown && span.Length >= 4 && char.IsUpper(document.Content[span.Start]) && !SpellingText.IsAllCaps(document.Content.AsSpan(span.Start, span.Length)))
            {
                var text = document.GetText(span);
                draftNames[text] = Math.Max(draftNames.GetValueOrDefault(text), int.MaxValue / 2);
            }
        }

        foreach (var (name, n) in counts)
        {
            if (n >= RepeatedName)
            {
                draftNames[name] = Math.Max(draftNames.GetValueOrDefault(name), n);
            }
        }

        var folded = draftNames.Keys.ToDictionary(k => k, Consistency.ConsistencyText.Fold, StringComparer.Ordinal);
        var verdicts = new Dictionary<string, (bool Report, string Hint)>(StringComparer.Ordinal);
        foreach (var (span, key, kind) in found.Words)
        {
            if (kind != EL4001UnknownWord.WordKind.Name)
            {
                continue;
            }

            if (!verdicts.TryGetValue(key, out var verdict))
            {
                var stem = Stem(key);
                var count = counts[stem];
                var near = new List<string>();

                // house and proper-name-list names first (Vucic → Vučić), then the draft's own names close to it
                foreach (var s in speller.SuggestNames(key, 5))
                {
                    near.Add(s);
                }

                var fold = Consistency.ConsistencyText.Fold(stem);
                var limit = fold.Length >= 9 ? 2 : 1;
                if (fold.Length >= 4)
                {
                    var close = new List<(int Distance, string Name)>();
                    foreach (var (name, times) in draftNames)
                    {
                        if (times <= count || string.Equals(name, stem, StringComparison.Ordinal))
                        {
                            continue; // only a name the draft writes more often (or knows) is the model
                        }

                        var d = SpellingText.Distance(fold, folded[name], limit);
                        if (d <= limit)
                        {
                            close.Add((d, name));
                        }
                    }

                    near.AddRange(close.OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name).Where(c => !near.Contains(c, StringComparer.Ordinal)));
                }

                // A repeated name is the draft's own unless a known name differs from it only in marks and case
                // (Erdogan, Vucic): one edit away is not enough (Şaban is not a misspelt Sabah).
                var report = count < RepeatedName || near.Any(n => string.Equals(Consistency.ConsistencyText.Fold(Stem(n)), fold, StringComparison.Ordinal));
                verdict = (report, report ? EL4001UnknownWord.SuggestionHint(near, maxSuggestions) : string.Empty);
                verdicts[key] = verdict;
            }

            if (verdict.Report)
            {
                context.Report(Descriptor, span, null, key, verdict.Hint);
            }
        }
    }
}
