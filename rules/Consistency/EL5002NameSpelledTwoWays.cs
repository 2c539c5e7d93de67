using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Data;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Consistency;

/// <summary>
/// EL5002: a word written with and without its diacritics in one draft (Erdogan and Erdoğan, Vucic and Vučić), found
/// without a list: words that fold to the same letters are compared. The form with diacritics is taken as right (the
/// author knew them); between two forms with diacritics, the majority. Only the other forms are reported.
/// </summary>
public sealed class EL5002NameSpelledTwoWays : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL5002", "Name spelled two ways", "'{0}' is also written '{1}' (line {2})",
        RuleCategories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "One name written with and without its diacritics in the same draft.", customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [DataFileOptions.NameVariants, DataFileOptions.HouseTerms];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var doc = c.Document;
        var groups = new Dictionary<string, List<(string Stem, string Suffix, TextSpan Span)>>(StringComparer.Ordinal);
        foreach (var w in doc.Words)
        {
            var s = doc.Slice(w.Span);

            // Names: capitalised words (a lower-case word written with and without diacritics is a spelling matter).
            if (s.Length < 3 || !char.IsUpper(s[0]))
            {
                continue;
            }

            // A quotation, a cited title or a link's text spells a name its own way and does not vote.
            if (doc.Prose.IsVerbatim(w.Span.Start, VerbatimKind.Quotation | VerbatimKind.Title | VerbatimKind.LinkText))
            {
                continue;
            }

            var (stem, suffix) = ConsistencyText.SplitPossessive(s.ToString());
            var key = ConsistencyText.Fold(stem);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add((stem, suffix, TextSpan.FromBounds(w.Span.Start, w.Span.Start + stem.Length)));
        }

        var variants = DataFiles.NameVariants(c.Options);
        var houseTerms = DataFiles.HouseTerms(c.Options);
        foreach (var list in groups.Values)
        {
            // Forms that differ in diacritics, not in case alone (TÜRKİYE is Türkiye in capitals). A form in capitals
            // is never the one to fix toward: only mixed-case forms can be preferred.
            var forms = list.GroupBy(x => x.Stem, StringComparer.Ordinal).ToList();
            var candidates = forms.Where(f => !ConsistencyText.IsAllCapitals(f.Key)).ToList();
            if (forms.Count < 2 || candidates.Count == 0)
            {
                continue;
            }

            var preferred = candidates.OrderByDescending(f => ConsistencyText.NonAscii(f.Key)).ThenByDescending(f => f.Count()).First();
            var anchor = preferred.First().Span;
            foreach (var other in forms.Where(f => f != preferred && !ConsistencyText.SameIgnoringCase(f.Key, preferred.Key)))
            {
                if (IsDifferentName(c, other, preferred) || IsListed(other.Key, preferred.Key, variants, houseTerms))
                {
                    continue;
                }

                var unambiguous = ConsistencyText.NonAscii(preferred.Key) > ConsistencyText.NonAscii(other.Key) || preferred.Count() > other.Count();
                foreach (var occurrence in other)
                {
                    var replacement = ConsistencyText.MatchCase(preferred.Key, other.Key);
                    var fix = unambiguous ? CodeFix.Replace($"Write '{replacement}'", occurrence.Span, replacement) : null;
                    c.Report(Descriptor, occurrence.Span, [anchor], fix, other.Key, preferred.Key, c.LineNumber(anchor.Start));
                }
            }
        }
    });

    /// <summary>
    /// True when the two forms are two different names, not one name spelled two ways: the form with fewer diacritics
    /// is itself a word the dictionaries know (Peter beside Péter, Istanbul beside İstanbul; Erdogan is unknown), or
    /// it is always part of a full name whose other part never stands beside the other form (Peter Stano and Péter
    /// Szijjártó; Ahmed Dogan and the Doğan media group), unless the dictionaries know the form with diacritics.
    /// </summary>
    private static bool IsDifferentName(DocumentAnalysisContext c, IGrouping<string, (string Stem, string Suffix, TextSpan Span)> other, IGrouping<string, (string Stem, string Suffix, TextSpan Span)> preferred)
    {
        var otherIsPlain = ConsistencyText.NonAscii(other.Key) < ConsistencyText.NonAscii(preferred.Key);
        var plain = otherIsPlain ? other.Key : preferred.Key;
        if (c.SpellChecker is { } speller && speller.Check(plain))
        {
            return true;
        }

        // A name the dictionaries know only with its diacritics (Erdoğan) is one name whatever stands beside it:
        // `Recep Tayyip Erdogan … Erdoğan said` misspells it once.
        var marked = otherIsPlain ? preferred.Key : other.Key;
        if (c.SpellChecker is { } known && known.Check(marked))
        {
            return false;
        }

        var otherNeighbours = new HashSet<string>(StringComparer.Ordinal);
        foreach (var occurrence in other)
        {
            var names = NameNeighbours(c, occurrence.Span, occurrence.Suffix).ToList();
            if (names.Count == 0)
            {
                return false;
            }

            otherNeighbours.UnionWith(names);
        }

        // Beside the other form, any capitalised word counts (a given name that starts the sentence is still shared).
        return !preferred.Any(p => NameNeighbours(c, p.Span, p.Suffix, anyCapitalised: true).Any(otherNeighbours.Contains));
    }

    /// <summary>The capitalised words right beside a name that are names themselves (a given name or a surname), not titles or common words.</summary>
    private static IEnumerable<string> NameNeighbours(DocumentAnalysisContext c, TextSpan span, string suffix, bool anyCapitalised = false)
    {
        var doc = c.Document;
        bool IsName(TextSpan word, bool sentenceStart)
        {
            var w = doc.GetText(word);
            // A possessive (Serbia’s Nis) is not part of the name it stands before.
            if (w.Length < 2 || !char.IsUpper(w[0]) || ConsistencyText.IsAllCapitals(w) || ConsistencyText.SplitPossessive(w).Suffix.Length > 0)
            {
                return false;
            }

            // With dictionaries: a name is a word they do not know in lower case (President, Minister are known).
            // Without: any capitalised word that does not merely start the sentence.
            return anyCapitalised || (c.SpellChecker is { } speller ? !speller.Check(w.ToLowerInvariant()) : !sentenceStart);
        }

        if (ConsistencyText.WordBefore(doc, span.Start) is { } before && IsName(before, ConsistencyText.IsSentenceStart(doc, before.Start)))
        {
            yield return doc.GetText(before);
        }

        if (suffix.Length == 0 && ConsistencyText.WordAfter(doc, span.End) is { } after && IsName(after, sentenceStart: false))
        {
            yield return doc.GetText(after);
        }
    }

    /// <summary>Pairs the data files cover are left to EL5004 (name variants) and EL5001 (house terms), so one span gets one finding.</summary>
    private static bool IsListed(string other, string preferred, ImmutableArray<ImmutableArray<string>> variants, ImmutableArray<HouseTerm> houseTerms) =>
        variants.Any(g => g.Contains(other, StringComparer.Ordinal) && g.Contains(preferred, StringComparer.Ordinal))
        || houseTerms.Any(t => t.Rejected.Contains(other, StringComparer.Ordinal) || t.Rejected.Contains(preferred, StringComparer.Ordinal));
}
