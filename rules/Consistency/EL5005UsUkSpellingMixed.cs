using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Data;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Consistency;

/// <summary>
/// EL5005: American and British spellings in one draft (defense and theatres). Judged from the variant pairs built from
/// the en_US and en_GB dictionaries (dictionaries/us-uk-variants.txt); forms both dictionaries accept are neutral.
/// With <c>editorial_lint.spelling_standard = en-US</c> or <c>en-GB</c> every form of the other standard is reported and
/// fixed; with <c>auto</c> (default) the minority standard is reported, and fixed when the majority is at least twice
/// its size.
/// </summary>
public sealed class EL5005UsUkSpellingMixed : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL5005", "US and UK spelling mixed", "'{0}' is {1} spelling; {2} (such as '{3}' on line {4})",
        RuleCategories.Consistency, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "A draft should use one spelling standard, American or British.", customTags: [RuleTags.ReviewFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>The spelling standard of the house, or auto for the draft's majority.</summary>
    public static readonly RuleOption<string> Standard = RuleOption.Choice(
        "spelling_standard", "auto", ["auto", "en-us", "en-gb"],
        "en-us or en-gb (en_US, en_GB) reports every spelling of the other standard; auto reports the draft's minority.");

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [Standard, DataFileOptions.UsUkVariants];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(c =>
    {
        if (DataFiles.UsUkVariants(c.Options) is not var (usMap, ukMap))
        {
            return;
        }

        var doc = c.Document;
        var us = new List<(TextSpan Span, string Other)>();
        var uk = new List<(TextSpan Span, string Other)>();
        Span<char> lower = stackalloc char[64];
        foreach (var w in doc.Words)
        {
            var s = doc.Slice(w.Span);
            if (s.Length > 64 || s.Length < 3)
            {
                continue;
            }

            var n = s.ToLowerInvariant(lower);
            var key = lower[..n];
            var isUs = usMap.TryGetValue(key, out var ukForm);
            string? usForm = null;
            if (!isUs && !ukMap.TryGetValue(key, out usForm))
            {
                continue;
            }

            // Names and other people's words keep their own spelling: a capitalised word inside a sentence (Ministry of
            // Defence, Centre for European Reform), a word in capitals (a running header), and verbatim text: a quoted
            // headline, a cited title, an official name, the text of a link.
            if ((char.IsUpper(s[0]) && !ConsistencyText.IsSentenceStart(doc, w.Span.Start)) || ConsistencyText.IsAllCapitals(s) ||
                doc.Prose.IsVerbatim(w.Span.Start))
            {
                continue;
            }

            if (isUs)
            {
                us.Add((w.Span, ukForm!));
            }
            else
            {
                uk.Add((w.Span, usForm!));
            }
        }

        var standard = c.Options.Get(Standard);
        List<(TextSpan Span, string Other)> report;
        List<(TextSpan Span, string Other)> keep;
        bool fixable;
        if (standard is "en-us" or "en-gb")
        {
            (report, keep) = standard == "en-us" ? (uk, us) : (us, uk);
            fixable = true;
        }
        else
        {
            if (us.Count == 0 || uk.Count == 0 || us.Count == uk.Count)
            {
                return;
            }

            (report, keep) = us.Count > uk.Count ? (uk, us) : (us, uk);
            fixable = keep.Count >= 2 * report.Count;
        }

        var reportIsUs = ReferenceEquals(report, us);
        foreach (var (span, other) in report)
        {
            var word = doc.GetText(span);
            var replacement = MatchCase(other, word);
            var why = standard is "en-us" or "en-gb"
                ? $"this project writes {(reportIsUs ? "British" : "American")} English"
                : $"this draft otherwise uses {(reportIsUs ? "British" : "American")} spelling";
            var example = keep.Count > 0 ? keep[0].Span : span;
            c.Report(Descriptor, span, keep.Count > 0 ? [example] : [], fixable ? CodeFix.Replace($"Write '{replacement}'", span, replacement) : null,
                word, reportIsUs ? "American" : "British", why, doc.GetText(example), c.LineNumber(example.Start));
        }
    });

    private static string MatchCase(string replacement, string model) =>
        model.Length > 0 && char.IsUpper(model[0])
            ? (model.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) ? replacement.ToUpperInvariant() : char.ToUpperInvariant(replacement[0]) + replacement[1..])
            : replacement;
}
