using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text.Repair;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3003: UTF-8 read as Windows-1252 or Latin-1 (TÃ¼rkiye, â€™), or as another single-byte code page (Windows-1250,
/// 1251, 1257, ISO 8859-2, MacRoman, code page 437), once or more; fixed by strict re-decoding (see <see cref="Utf8Mojibake"/>).
/// </summary>
public sealed class EL3003Utf8Mojibake : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3003",
        "UTF-8 read as a single-byte code page",
        "'{0}' is {1}; it should read '{2}'",
        RuleCategories.Characters,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Mojibake: the UTF-8 bytes of a character were decoded as Windows-1252, Latin-1 or another single-byte code page, so one letter became two or three.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var run in context.Analyses.CharacterDamage.Mojibake)
        {
            if (IsNonProse(context.Document, run.Span))
            {
                continue;
            }

            var original = context.Document.GetText(run.Span);
            context.Report(Descriptor, run.Span, CodeFix.Replace($"Re-decode as '{run.Repaired}'", run.Span, run.Repaired, FixSafety.Safe), original, run.Description, run.Repaired);
        }
    }

    /// <summary>Code, URLs, HTML and the like; a superscript digit taken for a footnote marker may itself be mojibake (Â²).</summary>
    private static bool IsNonProse(Core.Syntax.EditorialDocument document, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        // Skipped spans are sorted by start and do not nest: start from the last one that begins before the span's
        // start (a binary search; scanning from the top for every run was quadratic in long drafts).
        var skipped = document.SkippedSpans;
        int lo = 0, hi = skipped.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (skipped[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = Math.Max(0, lo - 1); k < skipped.Length; k++)
        {
            var s = skipped[k];
            if (s.Span.Start >= span.End)
            {
                break;
            }

            if (s.Kind != Core.Syntax.SkippedKind.FootnoteMarker && s.Span.OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }
}
