using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Footnotes;

/// <summary>
/// EL1010: footnote markers placed inconsistently within a draft: after the punctuation ("end.[1]") in most places and
/// before it ("end[2].") in others, or with a space before the marker ("end. [3]"). The draft's majority wins; with
/// <c>editorial_lint.footnote_marker_placement = after|before</c> the setting does.
/// </summary>
public sealed class EL1010FootnoteMarkerPlacement : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1010", "Footnote marker placement", "Footnote marker {0}; elsewhere this draft puts it {1}",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Footnote markers should sit in the same place relative to punctuation throughout a draft, with no space before them.",
        helpLinkUri: "rules/Footnotes/EL1010FootnoteMarkerPlacement.md");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    private enum Placement
    {
        Other,
        AfterPunctuation,
        BeforePunctuation,
    }

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var text = c.Document.Content;
        var facts = new List<(FootnoteReference Ref, Placement Place, bool Space)>();
        foreach (var r in c.References)
        {
            var b = r.Span.Start;
            var space = b > 0 && text[b - 1] is ' ' or '\u00A0';
            var k = b;
            while (k > 0 && text[k - 1] is ' ' or '\u00A0')
            {
                k--;
            }

            var before = k > 0 ? text[k - 1] : '\0';
            var after = r.Span.End < text.Length ? text[r.Span.End] : '\0';
            var place = before is '.' or ',' or ';' or ':' or '!' or '?' ? Placement.AfterPunctuation
                : after is '.' or ',' or ';' or ':' ? Placement.BeforePunctuation
                : Placement.Other;
            facts.Add((r, place, space && k > 0 && text[k - 1] != '\n'));
        }

        var configured = c.Options.GetString("footnote_marker_placement")?.ToLowerInvariant();
        var afterCount = facts.Count(f => f.Place == Placement.AfterPunctuation);
        var beforeCount = facts.Count(f => f.Place == Placement.BeforePunctuation);
        var majority = configured switch
        {
            "after" => Placement.AfterPunctuation,
            "before" => Placement.BeforePunctuation,
            _ => afterCount > beforeCount ? Placement.AfterPunctuation : beforeCount > afterCount ? Placement.BeforePunctuation : Placement.Other,
        };

        foreach (var (r, place, space) in facts)
        {
            if (space)
            {
                var gapStart = r.Span.Start;
                while (gapStart > 0 && text[gapStart - 1] is ' ' or '\u00A0')
                {
                    gapStart--;
                }

                c.Report(Descriptor, r.Span, CodeFix.Delete("Remove the space before the marker", TextSpan.FromBounds(gapStart, r.Span.Start)), "has a space before it", "directly after the text");
            }
            else if (majority != Placement.Other && place != Placement.Other && place != majority)
            {
                c.Report(Descriptor, r.Span, null,
                    place == Placement.AfterPunctuation ? "comes after the punctuation" : "comes before the punctuation",
                    majority == Placement.AfterPunctuation ? "after it" : "before it");
            }
        }
    });
}
