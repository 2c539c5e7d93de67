using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Data;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Matching;

namespace EditorialLint.Rules.Consistency;

/// <summary>
/// EL5001: a form the house style replaces (dictionaries/house-terms.txt): "Turkey" → "Türkiye". Exceptions: the
/// phrases the file lists (organisation names, journal titles; a phrase may wrap across a line break), verbatim text
/// of the document's prose view (quotations, cited titles such as *Insight Turkey*, official names such as the
/// "EU-Turkey Statement", link text), and other casings (the bird is "turkey"). The fix keeps capitals and the
/// possessive; it changes a word, so it needs review. The matching is the engine code of the no-code substitution
/// kind (<see cref="SubstitutionMatcher"/>), given the house-term list of the draft's configuration.
/// </summary>
public sealed class EL5001HouseTerm : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL5001", "House term", "House style is '{0}', not '{1}'",
        RuleCategories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The house uses one form of certain names and terms (Türkiye, not Turkey); the list is dictionaries/house-terms.txt.",
        customTags: [RuleTags.ReviewFix]);

    // One matcher per house-term list (the list is read once per path, so its array is the key).
    private static readonly ConcurrentDictionary<ImmutableArray<HouseTerm>, SubstitutionMatcher> Matchers = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [DataFileOptions.HouseTerms];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        var terms = DataFiles.HouseTerms(c.Options);
        if (terms.IsEmpty)
        {
            return;
        }

        foreach (var m in Matchers.GetOrAdd(terms, Build).Find(c.Document))
        {
            c.Report(Descriptor, m.Span, CodeFix.Replace($"Replace with '{m.Replacement}'", m.Span, m.Replacement), m.Replacement, m.Found);
        }
    });

    /// <summary>
    /// Each rejected form of a term matches as written and in capitals (case-sensitive), with that term's exceptions
    /// (any casing).
    /// </summary>
    private static SubstitutionMatcher Build(ImmutableArray<HouseTerm> terms) => new(
        terms.SelectMany(t =>
        {
            var exceptions = t.Exceptions.Select(e => new PhrasePattern(e, ignoreCase: true)).ToList();
            return t.Rejected.Select(r => new SubstitutionEntry(new PhrasePattern(r, ignoreCase: false), t.Preferred, exceptions));
        }),
        followInitial: false);
}
