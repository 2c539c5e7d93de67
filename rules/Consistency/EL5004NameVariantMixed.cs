using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Data;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Consistency;

/// <summary>
/// EL5004: two accepted forms of one name in a draft (Bosnia and Herzegovina and Bosnia-Herzegovina; Kosovo and Kosova),
/// from dictionaries/name-variants.txt. The draft's majority form wins; on a tie, the house's (first) form. Quoted text
/// and a form inside a capitalised multi-word name (Republic of Kosova, University of Prishtina, Hasan Prishtina, the
/// Istanbul Convention) are someone else's spelling or an official name: neither reported nor counted.
/// </summary>
public sealed class EL5004NameVariantMixed : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL5004", "Name variants mixed", "'{0}' is also written '{1}' in this draft (line {2}); use one form",
        RuleCategories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A name with several accepted forms should be written one way throughout a draft.", customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [DataFileOptions.NameVariants];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var doc = c.Document;
        var text = doc.Content;
        foreach (var group in DataFiles.NameVariants(c.Options))
        {
            var found = new List<(int Form, TextSpan Span)>();
            for (var f = 0; f < group.Length; f++)
            {
                var i = text.IndexOf(group[f], StringComparison.Ordinal);
                while (i >= 0)
                {
                    var end = i + group[f].Length;
                    if ((i == 0 || !char.IsLetter(text[i - 1])) && (end >= text.Length || !char.IsLetter(text[end]) || text[end] is '\'' or '\u2019') && !doc.IsSkipped(i))
                    {
                        found.Add((f, TextSpan.FromBounds(i, end)));
                    }

                    i = text.IndexOf(group[f], end, StringComparison.Ordinal);
                }
            }

            // A longer form that contains a shorter one ("Bosnia-Herzegovina" is not "Bosnia and Herzegovina", but
            // "Pristina" could sit inside another form): drop matches covered by a longer match.
            // One sweep by start (longest first) instead of comparing every pair: quadratic in long drafts (issue 17).
            var covered = new HashSet<TextSpan>();
            var reach = -1;
            var ordered = found.Select(x => x.Span).Distinct().OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
            foreach (var span in ordered)
            {
                if (reach >= span.End)
                {
                    covered.Add(span); // an earlier (or equally early, longer) match reaches past its end
                }

                reach = Math.Max(reach, span.End);
            }

            found = found.Where(x => !covered.Contains(x.Span)).ToList();

            // Quotations and official multi-word names keep their own spelling and do not vote.
            found = found.Where(x => !doc.Prose.IsVerbatim(x.Span.Start, VerbatimKind.Quotation | VerbatimKind.Title | VerbatimKind.LinkText) &&
                                     !ConsistencyText.IsInMultiWordName(doc, x.Span, c.SpellChecker)).ToList();
            var counts = found.GroupBy(x => x.Form).ToDictionary(g => g.Key, g => g.Count());
            if (counts.Count < 2)
            {
                continue;
            }

            var top = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
            var anchor = found.First(x => x.Form == top).Span;
            foreach (var (form, span) in found.Where(x => x.Form != top))
            {
                c.Report(Descriptor, span, [anchor], CodeFix.Replace($"Write '{group[top]}'", span, group[top]), group[form], group[top], c.LineNumber(anchor.Start));
            }
        }
    });
}
