using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Footnotes;

/// <summary>
/// EL1010: footnote markers placed inconsistently within a draft: after the punctuation ("end.[1]") in most places and
/// before it ("end[2].") in others, or with a space before the marker ("end. [3]") in some places and not in others.
/// The draft's majority wins (a tie on spacing goes to no space); with <c>editorial_lint.footnote_marker_placement =
/// after|before</c> and <c>editorial_lint.footnote_marker_space = none|space</c> the settings do.
/// </summary>
public sealed class EL1010FootnoteMarkerPlacement : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1010", "Footnote marker placement", "Footnote marker {0}; {1} puts it {2}",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Footnote markers should sit in the same place relative to punctuation, and with the same spacing, throughout a draft.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>The house style for markers and punctuation, or auto for the draft's majority.</summary>
    public static readonly RuleOption<string> PlacementOption = RuleOption.Choice(
        "footnote_marker_placement", "auto", ["auto", "after", "before"],
        "Markers go after the punctuation (after) or before it (before); auto follows the draft's majority.");

    /// <summary>The house style for a space before a marker, or auto for the draft's majority.</summary>
    public static readonly RuleOption<string> SpaceOption = RuleOption.Choice(
        "footnote_marker_space", "auto", ["auto", "space", "none"],
        "A marker has a space before it (space) or none (none); auto follows the draft's majority, a tie meaning none.");

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [PlacementOption, SpaceOption];

    private enum Placement
    {
        Other,
        AfterPunctuation,
        BeforePunctuation,
    }

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var text = c.Document.Content;
        var facts = new List<(FootnoteReference Ref, Placement Place, bool? Space)>();
        FootnoteReference? previous = null;
        foreach (var r in c.References.Where(r => !r.Implied))
        {
            // The second and later markers of a list or range ("[1], [2]", "[1]–[3]", "¹,²") follow the first: only
            // the first says where the draft puts its markers.
            var inList = previous is not null && previous.Span.End <= r.Span.Start && r.Span.Start - previous.Span.End <= 3 &&
                text.AsSpan(previous.Span.End, r.Span.Start - previous.Span.End).Trim().ToString() is "," or "–" or "-" or "—" or ";" or "";
            previous = r;
            if (inList)
            {
                continue;
            }

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
            // At a line's start the space question does not arise (a CR-only line break is a line start too: inserting
            // a space there indented a setext heading, which EL2011 took out again, forever; found by the fuzz suite).
            facts.Add((r, place, k == 0 || text[k - 1] is '\n' or '\r' ? null : space));
        }

        var configured = c.Options.Get(PlacementOption);
        var afterCount = facts.Count(f => f.Place == Placement.AfterPunctuation);
        var beforeCount = facts.Count(f => f.Place == Placement.BeforePunctuation);
        var majority = configured switch
        {
            "after" => Placement.AfterPunctuation,
            "before" => Placement.BeforePunctuation,
            _ => afterCount > beforeCount ? Placement.AfterPunctuation : beforeCount > afterCount ? Placement.BeforePunctuation : Placement.Other,
        };
        var placementSource = configured is "after" or "before" ? "the house style" : "elsewhere this draft";

        // Spacing: markers at the start of a line have no say. A tie goes to no space (the usual house style).
        var configuredSpace = c.Options.Get(SpaceOption);
        var spaced = facts.Count(f => f.Space == true);
        var attached = facts.Count(f => f.Space == false);
        var wantSpace = configuredSpace switch
        {
            "space" => true,
            "none" => false,
            _ => spaced > attached,
        };
        var spaceSource = configuredSpace is "space" or "none" ? "the house style" : "elsewhere this draft";

        foreach (var (r, place, space) in facts)
        {
            if (space == true && !wantSpace)
            {
                var gapStart = r.Span.Start;
                while (gapStart > 0 && text[gapStart - 1] is ' ' or '\u00A0')
                {
                    gapStart--;
                }

                c.Report(Descriptor, r.Span, CodeFix.Delete("Remove the space before the marker", TextSpan.FromBounds(gapStart, r.Span.Start), FixSafety.Safe), "has a space before it", spaceSource, "directly after the text");
            }
            else if (space == false && wantSpace)
            {
                c.Report(Descriptor, r.Span, CodeFix.Insert("Put a space before the marker", r.Span.Start, " ", FixSafety.Safe), "has no space before it", spaceSource, "after a space");
            }
            else if (majority != Placement.Other && place != Placement.Other && place != majority)
            {
                c.Report(Descriptor, r.Span, null,
                    place == Placement.AfterPunctuation ? "comes after the punctuation" : "comes before the punctuation",
                    placementSource,
                    majority == Placement.AfterPunctuation ? "after it" : "before it");
            }
        }
    });
}
