using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Data;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Spelling;

/// <summary>
/// EL4003: a possessive whose apostrophe was lost, as PDF extraction does with U+2019 ("Türkiyes role"). Reported
/// when the word is not in the dictionaries but the name before the final s is, or when it ends a listed name of a
/// single institution ("the European Unions role": dictionaries/singular-names.txt); fixed by putting the apostrophe
/// back in the draft's own style (’ or ').
/// </summary>
public sealed class EL4003LostPossessiveApostrophe : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL4003",
        "Lost possessive apostrophe",
        "'{0}' looks like the possessive '{1}' with its apostrophe lost",
        RuleCategories.Spelling,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A capitalised name or acronym followed by s, which is not a word, while the name is: the apostrophe of a possessive was lost.",
        customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [DataFileOptions.SingularNames];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var speller = context.SpellChecker;
        if (speller is null)
        {
            return;
        }

        var document = context.Document;
        char? preferred = null;
        HashSet<string>? plurals = null;
        var singularNames = DataFiles.SingularNames(context.Options);
        foreach (var word in document.Words)
        {
            var text = document.Slice(word.Span);

            // Cheap first: only a capitalised word ending in s can be such a possessive.
            if (text.Length < 3 || text[^1] != 's' || !char.IsUpper(text[0]) || !SpellingText.IsCheckable(text))
            {
                continue;
            }

            var stem = SpellingText.LostApostropheStem(text, speller);
            if (stem < 0 && EndsSingularName(document.Content, word.Span.Start, text, singularNames))
            {
                stem = text.Length - 1;
            }

            if (stem < 0)
            {
                continue;
            }

            // A possessive is followed by what it owns ("Türkiyes role"); a plural is followed by punctuation, a verb
            // or a preposition ("the Kurds in Syria", "APIs.", "CNNs are", "### Owner APIs"), or is counted ("two
            // KWs"). Quotations, cited titles and link text keep their wording.
            if (!FollowedByOwnedWord(document, word.Span, speller) || (plurals ??= PluralWords(document)).GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) ||
                document.Prose.IsVerbatim(word.Span.Start, VerbatimKind.Quotation | VerbatimKind.Title | VerbatimKind.LinkText))
            {
                continue;
            }

            var apostrophe = preferred ??= PreferredApostrophe(document.Content);
            var fixedWord = string.Concat(text[..stem], apostrophe.ToString(), text[stem..]);
            var fix = CodeFix.Insert($"Insert the apostrophe: {fixedWord}", word.Span.Start + stem, apostrophe.ToString());
            context.Report(Descriptor, word.Span, fix, text.ToString(), fixedWord);
        }
    }

    /// <summary>
    /// "Unions" in "the European Unions role": a capitalised word ending in s whose stem is the last word of a listed
    /// singular name, preceded in the text by the rest of that name (any run of spaces or a line break between words).
    /// </summary>
    private static bool EndsSingularName(string content, int start, ReadOnlySpan<char> word, System.Collections.Immutable.ImmutableArray<string> names)
    {
        if (names.IsEmpty || word.Length < 3 || word[^1] != 's' || !char.IsUpper(word[0]))
        {
            return false;
        }

        var stem = word[..^1];
        foreach (var name in names)
        {
            var lastSpace = name.LastIndexOf(' ');
            if (!name.AsSpan(lastSpace + 1).SequenceEqual(stem))
            {
                continue;
            }

            // Walk the name's earlier words backwards through the text.
            var pos = start;
            var matched = true;
            var words = name[..Math.Max(lastSpace, 0)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = words.Length - 1; i >= 0 && matched; i--)
            {
                var gap = pos;
                while (gap > 0 && content[gap - 1] is ' ' or '\t' or '\n' or '\r' or '\u00A0')
                {
                    gap--;
                }

                var w = words[i];
                matched = gap < pos && gap >= w.Length && string.CompareOrdinal(content, gap - w.Length, w, 0, w.Length) == 0 &&
                    (gap - w.Length == 0 || !char.IsLetterOrDigit(content[gap - w.Length - 1]));
                pos = gap - w.Length;
            }

            if (matched)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Organisation heads after a name in -s: "the Brookings Institution", "Lyons Group".</summary>
    private static readonly FrozenSet<string> NameHeads = new[]
    {
        "Institution", "Institute", "University", "College", "School", "Foundation", "Center", "Centre", "Council", "Group", "Company", "Bank",
        "Fund", "Agency", "Commission", "Committee", "Association", "Society", "Trust", "Program", "Programme", "Project", "Report", "Review",
        "Journal", "Press", "Corporation", "Inc", "Ltd", "Law", "Act", "Treaty", "Agreement", "Accords", "Accord", "Conference", "Forum",
        "River", "Sea", "Lake", "Mountains", "Mountain", "Valley", "Island", "Islands", "Gulf", "Strait", "Bay", "Basin", "Plain", "Desert",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The next word, in the same sentence with only space (one line break at most) between, is one a possessive can
    /// own: not punctuation, not a verb, preposition or conjunction, not the head of an organisation's name.
    /// </summary>
    private static bool FollowedByOwnedWord(Core.Syntax.EditorialDocument document, Microsoft.CodeAnalysis.Text.TextSpan word, Core.Spelling.ISpellChecker speller)
    {
        var text = document.Content;
        var i = word.End;
        var newlines = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            newlines += text[i] == '\n' ? 1 : 0;
            i++;
        }

        if (i >= text.Length || i == word.End || newlines > 1 || !char.IsLetter(text[i]) || document.IsSkipped(i) ||
            document.Headings.Any(h => h.Span.Contains(word.Start) && !h.Span.Contains(i)))
        {
            return false;
        }

        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var next = text.AsSpan(i, end - i);

        // A capitalised word the dictionaries do not know continues a name in another language ("Meds Yeghern").
        if (char.IsUpper(next[0]) && !speller.Check(next.ToString()))
        {
            return false;
        }

        return !FunctionWords.Contains(next) && !NameHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
    }

    /// <summary>Counters and determiners that only a plural follows: "two KWs", "these APIs", "many CNNs".</summary>
    private static readonly FrozenSet<string> PluralDeterminers = new[]
    {
        "these", "those", "many", "several", "few", "various", "numerous", "both", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "different", "multiple", "other", "some", "most", "all", "such",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The words that the draft uses as plurals somewhere: after a counter or a small number, or defined in brackets.</summary>
    private static HashSet<string> PluralWords(Core.Syntax.EditorialDocument document)
    {
        var plurals = new HashSet<string>(StringComparer.Ordinal);
        var words = document.Words;
        for (var i = 1; i < words.Length; i++)
        {
            var w = document.Slice(words[i].Span);
            if (w.Length < 3 || w[^1] != 's' || !char.IsUpper(w[0]))
            {
                continue;
            }

            // "Convolutional Neural Networks (CNNs)": an abbreviation defined in brackets after its plural expansion.
            var span = words[i].Span;
            var content = document.Content;
            if (span.Start > 0 && span.End < content.Length && content[span.Start - 1] == '(' && content[span.End] == ')')
            {
                plurals.Add(w.ToString());
                continue;
            }

            var before = document.Slice(words[i - 1].Span);
            var adjacent = document.Content.AsSpan(words[i - 1].Span.End, words[i].Span.Start - words[i - 1].Span.End).IsWhiteSpace();
            if (adjacent && (PluralDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) || (before.Length is > 0 and < 4 && !before.ContainsAnyExceptInRange('0', '9'))))
            {
                plurals.Add(w.ToString());
            }
        }

        return plurals;
    }

    /// <summary>The apostrophe the draft uses between letters; the typographic ’ when it uses none.</summary>
    private static char PreferredApostrophe(string text)
    {
        var straight = 0;
        var curly = 0;
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                if (text[i] == '\'')
                {
                    straight++;
                }
                else if (text[i] == '\u2019')
                {
                    curly++;
                }
            }
        }

        return straight > curly ? '\'' : '\u2019';
    }
}
