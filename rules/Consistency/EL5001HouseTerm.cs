using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Data;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Consistency;

/// <summary>
/// EL5001: a form the house style replaces (dictionaries/house-terms.txt): "Turkey" → "Türkiye". Exceptions: the
/// phrases the file lists (organisation names, journal titles; a phrase may wrap across a line break), verbatim text
/// of the document's prose view (quotations, cited titles such as *Insight Turkey*, official names such as the
/// "EU-Turkey Statement", link text), and other casings (the bird is "turkey"). The fix keeps capitals and the
/// possessive; it changes a word, so it needs review.
/// </summary>
public sealed class EL5001HouseTerm : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL5001", "House term", "House style is '{0}', not '{1}'",
        RuleCategories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "The house uses one form of certain names and terms (Türkiye, not Turkey); the list is dictionaries/house-terms.txt.",
        customTags: [RuleTags.ReviewFix]);

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

        var doc = c.Document;
        var text = doc.Content;
        foreach (var term in terms)
        {
            foreach (var rejected in term.Rejected)
            {
                foreach (var form in new[] { rejected, rejected.ToUpperInvariant() }.Distinct(StringComparer.Ordinal))
                {
                    var i = text.IndexOf(form, StringComparison.Ordinal);
                    while (i >= 0)
                    {
                        var end = i + form.Length;
                        var boundary = (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || IsPossessive(text, end));
                        if (boundary && !doc.IsSkipped(i) && !IsException(text, i, end, term.Exceptions) && !Core.Syntax.EditorialDocumentExtensions.InPageFurniture(doc, i) && !doc.Prose.OverlapsVerbatim(TextSpan.FromBounds(i, end)))
                        {
                            var replacement = ConsistencyText.MatchCase(term.Preferred, form);
                            var span = TextSpan.FromBounds(i, end);
                            c.Report(Descriptor, span, CodeFix.Replace($"Replace with '{replacement}'", span, replacement), replacement, form);
                        }

                        i = text.IndexOf(form, end, StringComparison.Ordinal);
                    }
                }
            }
        }
    });

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] == 's' && (end + 2 >= text.Length || !char.IsLetter(text[end + 2]));

    private static bool IsException(string text, int start, int end, ImmutableArray<string> exceptions)
    {
        foreach (var phrase in exceptions)
        {
            // Does the phrase occur in the text so that it covers [start, end)? A space in the phrase matches any run
            // of white space, a line break included (a journal title wrapped in a plain-text note).
            var window = phrase.Length * 2;
            var from = Math.Max(0, start - window);
            var to = Math.Min(text.Length, end + window);
            for (var m = PhrasePattern(phrase).Match(text, from, to - from); m.Success; m = m.NextMatch())
            {
                if (m.Index <= start && m.Index + m.Length >= end)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private static Regex PhrasePattern(string phrase) => Patterns.GetOrAdd(phrase, p =>
        new Regex(@"(?<![\p{L}\p{N}])" + string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)) + @"(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
}
