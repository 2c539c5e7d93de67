using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

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
        description: "One name written with and without its diacritics in the same draft.", helpLinkUri: "rules/Consistency/EL5002NameSpelledTwoWays.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

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

            var (stem, suffix) = ConsistencyText.SplitPossessive(s.ToString());
            var key = ConsistencyText.Fold(stem);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add((stem, suffix, TextSpan.FromBounds(w.Span.Start, w.Span.Start + stem.Length)));
        }

        foreach (var list in groups.Values)
        {
            // Forms that differ only in diacritics (case differences are not this rule's business).
            var forms = list.GroupBy(x => x.Stem, StringComparer.Ordinal).ToList();
            if (forms.Count < 2 || forms.Select(f => f.Key.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var byCase = forms.GroupBy(f => char.IsUpper(f.Key[0])).Where(g => g.Select(f => f.Key.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() > 1);
            foreach (var sameCase in byCase)
            {
                var preferred = sameCase.OrderByDescending(f => ConsistencyText.NonAscii(f.Key)).ThenByDescending(f => f.Count()).First();
                var anchor = preferred.First().Span;
                foreach (var other in sameCase.Where(f => f.Key != preferred.Key && f.Key.ToLowerInvariant() != preferred.Key.ToLowerInvariant()))
                {
                    var unambiguous = ConsistencyText.NonAscii(preferred.Key) > ConsistencyText.NonAscii(other.Key) || preferred.Count() > other.Count();
                    foreach (var occurrence in other)
                    {
                        var fix = unambiguous ? CodeFix.Replace($"Write '{preferred.Key}'", occurrence.Span, preferred.Key) : null;
                        c.Report(Descriptor, occurrence.Span, [anchor], fix, other.Key, preferred.Key, c.LineNumber(anchor.Start));
                    }
                }
            }
        }
    });
}
