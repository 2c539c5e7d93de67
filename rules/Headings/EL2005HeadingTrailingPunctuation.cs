using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Headings;

/// <summary>EL2005: a heading ending in punctuation (. , ; : !); a question mark is allowed.</summary>
public sealed class EL2005HeadingTrailingPunctuation : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL2005", "Heading trailing punctuation", "Heading ends with '{0}'",
        RuleCategories.Headings, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Headings are not sentences: no full stop, comma, colon, semicolon or exclamation mark at the end.",
        customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>The characters a heading may not end with.</summary>
    public static readonly RuleOption<string> Punctuation = RuleOption.Text(
        "heading_punctuation", ".,;:!。，；：！",
        "The characters a heading may not end with; an empty value allows every ending.", emptyIsValue: true);

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [Punctuation];

    public override void Initialize(RuleContext context) => context.RegisterHeadingAction(c =>
    {
        var punctuation = c.Options.Get(Punctuation);
        var span = c.Heading.ContentSpan;
        if (span.IsEmpty)
        {
            return;
        }

        var text = c.Document.Content;
        var last = text[span.End - 1];
        if (!punctuation.Contains(last, StringComparison.Ordinal))
        {
            return;
        }

        // An HTML entity (&amp;) ends in ';' but is not punctuation.
        if (last == ';' && text.LastIndexOf('&', span.End - 1) is var amp && amp >= span.Start && text.AsSpan(amp + 1, span.End - amp - 2).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#") < 0)
        {
            return;
        }

        // An abbreviation keeps its full stop: "the U.S.", "Washington, D.C.", "etc.".
        if (last == '.' && EndsWithAbbreviation(text, span))
        {
            return;
        }

        // A GitHub emoji shortcode (":bug:") ends in ':' but is not punctuation.
        if (last == ':' && IsEmojiShortcode(text, span))
        {
            return;
        }

        var start = span.End - 1;
        while (start > span.Start && punctuation.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var p = TextSpan.FromBounds(start, span.End);
        c.Report(Descriptor, p, CodeFix.Delete("Remove the trailing punctuation", p), text[start..span.End]);
    });

    private static readonly FrozenSet<string> Abbreviations = new HashSet<string>(StringComparer.Ordinal)
    {
        "etc", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "St", "vs", "al", "Bros", "No",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The last word before the final full stop is an abbreviation: dotted (U.S., D.C., e.g.) or a known one.</summary>
    private static bool EndsWithAbbreviation(string text, TextSpan content)
    {
        var end = content.End - 1; // the final '.'
        var k = end;
        while (k > content.Start && (char.IsLetter(text[k - 1]) || text[k - 1] == '.'))
        {
            k--;
        }

        var word = text.AsSpan(k, end - k);
        if (word.IsEmpty || !char.IsLetter(word[0]))
        {
            return false;
        }

        // U.S., D.C., e.g.: one or two letters between dots.
        if (word.Contains('.'))
        {
            foreach (var range in word.Split('.'))
            {
                if (word[range].Length is 0 or > 2)
                {
                    return false;
                }
            }

            return true;
        }

        return Abbreviations.Contains(word.ToString());
    }

    /// <summary>The content ends with <c>:name:</c>, the name of letters, digits, '_', '+' or '-' with at least one letter.</summary>
    private static bool IsEmojiShortcode(string text, TextSpan content)
    {
        var k = content.End - 2;
        var letters = 0;
        while (k >= content.Start && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '_' or '+' or '-'))
        {
            letters += char.IsAsciiLetter(text[k]) ? 1 : 0;
            k--;
        }

        return k >= content.Start && k < content.End - 2 && text[k] == ':' && letters > 0;
    }
}
