using EditorialLint.Core.Rules;
using EditorialLint.RuleTesting;
using EditorialLint.Rules.Footnotes;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Footnotes;

public class EL1001Tests
{
    [Fact]
    public Task Numbering_starting_at_2() =>
        RuleVerifier<EL1001FootnoteNumberingStart>.VerifyAsync("# T\n\nA.{|EL1001:[^2]|} B.[^3]\n\n[^2]: x\n[^3]: y\n");

    [Fact]
    public Task Numbering_from_1_and_named_notes_are_fine() =>
        RuleVerifier<EL1001FootnoteNumberingStart>.VerifyAsync("# T\n\nA.[^src] B.[^1]\n\n[^src]: x\n[^1]: y\n");
}

public class EL1002Tests
{
    [Fact]
    public Task Gap_is_reported_and_renumbered() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyFixAsync(
            "# T\n\nOne.[^1] Two.[^2] Four.{|EL1002:[^4]|}\n\n[^1]: a\n[^2]: b\n[^4]: d\n",
            "# T\n\nOne.[^1] Two.[^2] Four.[^3]\n\n[^1]: a\n[^2]: b\n[^3]: d\n");

    [Fact]
    public Task Plain_text_brackets_gap() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyAsync("Title\n\nOne.[1] Two.[2] Five.{|EL1002:[5]|}\n\nNotes\n\n[1] a\n[2] b\n[5] e\n", RuleVerifier<EL1002FootnoteNumberGap>.PlainText());

    [Fact]
    public Task No_fix_when_order_is_also_wrong() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyFixAsync(
            "# T\n\nOne.[^1] Four.{|EL1002:[^4]|} Two.[^2]\n\n[^1]: a\n[^2]: b\n[^4]: d\n",
            "# T\n\nOne.[^1] Four.[^4] Two.[^2]\n\n[^1]: a\n[^2]: b\n[^4]: d\n");

    [Fact]
    public Task A_number_cited_later_is_an_order_problem_not_a_gap() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyAsync("# T\n\nA.[^1] B.[^2] D.[^4] C.[^3]\n\n[^1]: a\n[^2]: b\n[^3]: c\n[^4]: d\n");

    [Fact]
    public Task Only_the_numbers_never_cited_are_named() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyAsync(
            "# T\n\nA.[^1] F.{|#0:[^6]|} C.[^3] E.[^5]\n\n[^1]: a\n[^3]: c\n[^5]: e\n[^6]: f\n",
            RuleVerifier<EL1002FootnoteNumberGap>.Markdown(),
            new ExpectedDiagnostic("EL1002").WithLocation(0).WithMessage("Footnote 6 follows footnote 1; 2 and 4 are missing"));

    [Fact]
    public Task Consecutive_numbers_and_years_are_fine() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyAsync("# T\n\nIn [2019] the talks[^1] resumed [sic].[^2] See [^1].\n\n[^1]: a\n[^2]: b\n");
}

public class EL1003Tests
{
    [Fact]
    public Task Out_of_order_first_use() =>
        RuleVerifier<EL1003FootnoteOutOfOrder>.VerifyAsync("# T\n\nA.[^1] C.[^3] B.{|EL1003:[^2]|}\n\n[^1]: a\n[^2]: b\n[^3]: c\n");

    [Fact]
    public Task Citing_an_earlier_note_again_is_fine() =>
        RuleVerifier<EL1003FootnoteOutOfOrder>.VerifyAsync("# T\n\nA.[^1] B.[^2] Again.[^1]\n\n[^1]: a\n[^2]: b\n");
}

public class EL1004Tests
{
    [Fact]
    public Task Bracket_number_used_twice() =>
        RuleVerifier<EL1004FootnoteNumberReused>.VerifyAsync("Title\n\nA.[1] B.[2] C.{|EL1004:[2]|}\n", RuleVerifier<EL1004FootnoteNumberReused>.PlainText());

    [Fact]
    public Task Markdown_caret_reference_may_repeat() =>
        RuleVerifier<EL1004FootnoteNumberReused>.VerifyAsync("# T\n\nA.[^1] B.[^1]\n\n[^1]: a\n");

    [Fact]
    public Task Square_and_cubic_units_are_not_notes() =>
        RuleVerifier<EL1004FootnoteNumberReused>.VerifyAsync(
            "The Bosnian Question\n\nThe war ended in 1995.¹ The constitution remains.² The area is 51,197 km² and the reservoir holds 3 m³, or 10³ litres.\n\nNotes\n\n¹ One.\n² Two.\n",
            RuleVerifier<EL1004FootnoteNumberReused>.PlainText());

    [Fact]
    public async Task A_numbered_reference_list_cites_a_source_again()
    {
        await RuleVerifier<EL1004FootnoteNumberReused>.VerifyAsync("# T\n\nA [1]. B [2]. C [1].\n\n## References\n\n[1] Source one.\n[2] Source two.\n");
        await RuleVerifier<EL1004FootnoteNumberReused>.VerifyAsync("# T\n\nA.[1] B.[2] C.{|EL1004:[1]|}\n\n## Notes\n\n1. Note one.\n2. Note two.\n");
    }
}

public class EL1005Tests
{
    [Fact]
    public Task Reference_without_note() =>
        RuleVerifier<EL1005ReferenceWithoutNote>.VerifyAsync("# T\n\nA.[^1] B.{|EL1005:[^2]|} C.{|EL1005:[^x]|}\n\n[^1]: a\n");

    [Fact]
    public Task No_notes_at_all_is_left_to_EL1007() =>
        RuleVerifier<EL1005ReferenceWithoutNote>.VerifyAsync("# T\n\nA.[^1] B.[^2]\n");
}

public class EL1006Tests
{
    [Fact]
    public Task Unreferenced_note() =>
        RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync("# T\n\nA.[^1]\n\n[^1]: a\n{|EL1006:[^2]:|} b\n");

    [Fact]
    public Task Plain_text_notes_section() =>
        RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync("Title\n\nA.[1]\n\nNotes\n\n[1] a\n{|EL1006:[2]|} b\n", RuleVerifier<EL1006NoteNeverReferenced>.PlainText());

    [Fact]
    public Task All_referenced() => RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync("# T\n\nA.[^1] B.[^n]\n\n[^1]: a\n[^n]: b\n");

    [Fact]
    public Task A_link_definition_under_the_notes_heading_is_not_a_note() =>
        RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync("# T\n\nA.[1] See [the data][3].\n\n## Notes\n\n1. Note one.\n\n[3]: https://example.com/data\n");
}

public class EL1007Tests
{
    [Fact]
    public Task Plain_text_with_references_and_no_notes_gets_one_finding() =>
        RuleVerifier<EL1007NotesMissing>.VerifyAsync(
            "Title\n\nA.{|#0:[1]|} B.[2] C.[3]\n",
            RuleVerifier<EL1007NotesMissing>.PlainText(),
            new ExpectedDiagnostic("EL1007").WithLocation(0).WithMessage("3 footnote references ([1]–[3]) but no notes"));

    [Fact]
    public Task Markdown_caret_references_without_notes() =>
        RuleVerifier<EL1007NotesMissing>.VerifyAsync("# T\n\nA.{|EL1007:[^1]|} B.[^2]\n");

    [Fact]
    public async Task Markdown_bracket_citations_need_no_notes_by_default_but_can_be_required()
    {
        await RuleVerifier<EL1007NotesMissing>.VerifyAsync("# T\n\nA.[1] B.[2]\n");
        await RuleVerifier<EL1007NotesMissing>.VerifyAsync("# T\n\nA.{|EL1007:[1]|} B.[2]\n", RuleVerifier<EL1007NotesMissing>.Markdown(("editorial_lint.require_notes", "always")));
    }

    [Fact]
    public async Task Plain_text_notes_with_no_heading_at_the_end_are_notes()
    {
        const string Draft = "Türkiye and the Western Balkans\n\nAnkara widened its footprint.[1] Trade grew.[2]\n\nThe Limits\n\nBrussels still sets the limits.[3]\n\n" +
                             "[1] Anadolu Agency, 2024.\n[2] TÜİK, Foreign Trade Statistics,\n    2025.\n\n[3] European Commission, 2025.\n";
        await RuleVerifier<EL1007NotesMissing>.VerifyAsync(Draft, RuleVerifier<EL1007NotesMissing>.PlainText());
        await RuleVerifier<EL1004FootnoteNumberReused>.VerifyAsync(Draft, RuleVerifier<EL1004FootnoteNumberReused>.PlainText());
        await RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync(Draft.Replace("Trade grew.[2]", "Trade grew.", StringComparison.Ordinal).Replace("[2] TÜİK", "{|EL1006:[2]|} TÜİK", StringComparison.Ordinal), RuleVerifier<EL1006NoteNeverReferenced>.PlainText());
    }

    [Fact]
    public async Task Plain_text_footnotes_at_the_foot_of_a_page_are_notes()
    {
        const string Draft = "Türkiye’s Mediation in the Black Sea\n\nAnkara brokered the grain deal.[1] It hosted talks.[2] The arrangement\nlasted a year, until Moscow withdrew, citing unmet\n\n" +
                             "[1] United Nations, Black Sea Grain Initiative, 2022.\n[2] Anadolu Agency, 10 March 2022.\n\n3\n\nAVİM Commentary • No: 2026 / 15 • March 2026\n\n" +
                             "conditions on its own exports.[3]\n\n[3] Reuters, 17 July 2023.\n";
        var doc = EditorialLint.Core.Parsing.DocumentParser.Parse("page.txt", Draft);
        Assert.Equal(["1", "2", "3"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.Equal(["1", "2", "3"], doc.FootnoteDefinitions.Select(d => d.Label));
        Assert.Contains(doc.Paragraphs, p => doc.GetText(p.Span).StartsWith("Ankara", StringComparison.Ordinal) && doc.GetText(p.Span).EndsWith("exports.[3]", StringComparison.Ordinal));
        await RuleVerifier<EL1004FootnoteNumberReused>.VerifyAsync(Draft, RuleVerifier<EL1004FootnoteNumberReused>.PlainText());
        await RuleVerifier<EL1007NotesMissing>.VerifyAsync(Draft, RuleVerifier<EL1007NotesMissing>.PlainText());
    }

    [Fact]
    public async Task Markdown_bracketed_notes_with_no_heading_are_notes()
    {
        const string Draft = "# Title Here\n\nA claim.[1] Another claim.[2]\n\n[1] Source one, 2024.\n[2] Source two,\n2025.\n";
        var doc = EditorialLint.Core.Parsing.DocumentParser.Parse("notes.md", Draft);
        Assert.Equal(["1", "2"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.Equal(["[2] Source two,\n2025."], doc.FootnoteDefinitions.Skip(1).Select(d => doc.GetText(d.Span)));
        await RuleVerifier<EL1004FootnoteNumberReused>.VerifyAsync(Draft);
        await RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync(Draft.Replace("Another claim.[2]", "Another claim.", StringComparison.Ordinal).Replace("[2] Source", "{|EL1006:[2]|} Source", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("x.md", "# Title Here\n\nA claim [1]. Another [2].\n\n[1] argues the opposite [2].\n\n## References\n\n[1] Source one.\n[2] Source two.\n")]
    [InlineData("x.txt", "Title Here\n\nA claim [1]. Another [2].\n\n[1] argues the opposite [2].\n\nReferences\n\n[1] Source one.\n[2] Source two.\n")]
    public void A_paragraph_opening_with_a_citation_in_prose_is_not_a_notes_block(string name, string draft)
    {
        var doc = EditorialLint.Core.Parsing.DocumentParser.Parse(name, draft);
        Assert.Equal(["1", "2", "1", "2"], doc.FootnoteReferences.Select(r => r.Label));
        Assert.Equal(["1", "2"], doc.FootnoteDefinitions.Select(d => d.Label));
    }

    [Fact]
    public Task A_last_paragraph_that_only_starts_with_a_marker_in_prose_is_not_a_notes_block() =>
        RuleVerifier<EL1007NotesMissing>.VerifyAsync("Title Here\n\nA claim.{|EL1007:[1]|}\n\nAnother claim follows.[2]\n", RuleVerifier<EL1007NotesMissing>.PlainText());

    [Fact]
    public Task Notes_present() =>
        RuleVerifier<EL1007NotesMissing>.VerifyAsync("Title\n\nA.[1]\n\nEndnotes\n\n1. a\n", RuleVerifier<EL1007NotesMissing>.PlainText());
}

public class EL1008Tests
{
    [Fact]
    public Task Duplicate_definition() =>
        RuleVerifier<EL1008DuplicateNote>.VerifyAsync("# T\n\nA.[^1]\n\n[^1]: a\n{|EL1008:[^1]:|} again\n");

    [Fact]
    public Task Distinct_definitions() => RuleVerifier<EL1008DuplicateNote>.VerifyAsync("# T\n\nA.[^1] B.[^2]\n\n[^1]: a\n[^2]: b\n");
}

public class EL1009Tests
{
    [Fact]
    public Task Definitions_reordered() =>
        RuleVerifier<EL1009NotesOutOfOrder>.VerifyFixAsync(
            "# T\n\nA.[^1] B.[^2] C.[^3]\n\n{|EL1009:[^2]:|} b\n[^1]: a\n[^3]: c\n",
            "# T\n\nA.[^1] B.[^2] C.[^3]\n\n[^1]: a\n[^2]: b\n[^3]: c\n");

    [Fact]
    public Task One_note_listed_too_early_is_one_finding() =>
        RuleVerifier<EL1009NotesOutOfOrder>.VerifyFixAsync(
            "# T\n\nA.[^1] B.[^2] C.[^3] D.[^4]\n\n{|#0:[^4]:|} d\n[^1]: a\n[^2]: b\n[^3]: c\n",
            "# T\n\nA.[^1] B.[^2] C.[^3] D.[^4]\n\n[^1]: a\n[^2]: b\n[^3]: c\n[^4]: d\n",
            new ExpectedDiagnostic("EL1009").WithLocation(0).WithMessage("Note [4] is out of citation order (it is cited 4th)"));

    [Fact]
    public Task Named_notes_count_in_the_citation_order_when_asked() =>
        RuleVerifier<EL1009NotesOutOfOrder>.VerifyAsync(
            "# T\n\nA.[^1] B.[^src] C.[^2]\n\n[^1]: a\n{|EL1009:[^2]:|} b\n\nSee below.\n\n[^src]: s\n",
            RuleVerifier<EL1009NotesOutOfOrder>.Markdown(("named_notes_in_order", "true")));

    [Fact]
    public Task Named_notes_are_numbered_by_the_renderer_so_their_place_is_free() =>
        RuleVerifier<EL1009NotesOutOfOrder>.VerifyAsync(
            "# T\n\nA.[^1] B.[^src] C.[^2] D.[^council-roles]\n\n[^1]: a\n[^2]: b\n\n[^council-roles]: c\n\nSee below.\n\n[^src]: s\n");

    [Fact]
    public Task Two_notes_swapped_twice_are_two_findings() =>
        RuleVerifier<EL1009NotesOutOfOrder>.VerifyFixAsync(
            "# T\n\nA.[^1] B.[^2] C.[^3] D.[^4]\n\n{|EL1009:[^2]:|} b\n[^1]: a\n{|EL1009:[^4]:|} d\n[^3]: c\n",
            "# T\n\nA.[^1] B.[^2] C.[^3] D.[^4]\n\n[^1]: a\n[^2]: b\n[^3]: c\n[^4]: d\n");

    [Fact]
    public async Task A_label_defined_twice_is_not_reported_but_keeps_its_place()
    {
        await RuleVerifier<EL1009NotesOutOfOrder>.VerifyAsync("# T\n\nA.[^1] B.[^2]\n\n[^1]: one\n[^1]: two\n[^2]: b\n");
        await RuleVerifier<EL1009NotesOutOfOrder>.VerifyAsync("# T\n\nA.[^1] B.[^2]\n\n{|EL1009:[^2]:|} b\n[^1]: one\n[^1]: two\n");
    }

    [Fact]
    public Task Plain_text_notes_section() =>
        RuleVerifier<EL1009NotesOutOfOrder>.VerifyAsync(
            "A Title Here\n\nOne.[1] Two.[2] Three.[3]\n\nNotes\n\n{|EL1009:[3]|} c\n[1] a\n[2] b\n", RuleVerifier<EL1009NotesOutOfOrder>.PlainText());

    [Fact]
    public Task Uncited_notes_do_not_count() =>
        RuleVerifier<EL1009NotesOutOfOrder>.VerifyAsync("# T\n\nA.[^1] B.[^2]\n\n[^x]: stray\n[^1]: a\n[^2]: b\n");

    [Fact]
    public Task In_order() => RuleVerifier<EL1009NotesOutOfOrder>.VerifyAsync("# T\n\nA.[^1] B.[^2]\n\n[^1]: a\n\n[^2]: b\n");
}

public class EL1010Tests
{
    [Fact]
    public Task Markers_in_a_list_or_range_follow_the_first() =>
        RuleVerifier<EL1010FootnoteMarkerPlacement>.VerifyAsync(
            "# T\n\nThe preamble says so [1], [2]. Others agree [3]–[4]. Many do [5]. Some do so. {|EL1010:[6]|} Not all.\n\n## References\n\n[1] a\n[2] b\n[3] c\n[4] d\n[5] e\n[6] f\n");

    [Fact]
    public Task Minority_placement_and_space_before_marker() =>
        RuleVerifier<EL1010FootnoteMarkerPlacement>.VerifyFixAsync(
            "# T\n\nOne.[^1] Two.[^2] Three{|EL1010:[^3]|}. Four. {|EL1010:[^4]|}\n\n[^1]: a\n[^2]: b\n[^3]: c\n[^4]: d\n",
            "# T\n\nOne.[^1] Two.[^2] Three[^3]. Four.[^4]\n\n[^1]: a\n[^2]: b\n[^3]: c\n[^4]: d\n");

    [Fact]
    public Task Consistent_placement() =>
        RuleVerifier<EL1010FootnoteMarkerPlacement>.VerifyAsync("# T\n\nOne[^1]. Two[^2]. Mid-sentence[^3] text.\n\n[^1]: a\n[^2]: b\n[^3]: c\n");

    [Fact]
    public Task A_space_before_every_marker_is_a_consistent_style() =>
        RuleVerifier<EL1010FootnoteMarkerPlacement>.VerifyAsync(
            "North Macedonia’s Name Deal\n\nThe agreement was signed in 2018 [1]. It took effect in 2019 [2].\n\nReferences\n\n[1] Prespa Agreement.\n[2] UN document.\n",
            RuleVerifier<EL1010FootnoteMarkerPlacement>.PlainText());

    [Fact]
    public Task An_attached_marker_in_a_spaced_draft() =>
        RuleVerifier<EL1010FootnoteMarkerPlacement>.VerifyFixAsync(
            "# T\n\nOne [1]. Two [2]. Three{|#0:[3]|}.\n",
            "# T\n\nOne [1]. Two [2]. Three [3].\n",
            new ExpectedDiagnostic("EL1010").WithLocation(0).WithMessage("Footnote marker has no space before it; elsewhere this draft puts it after a space"));

    [Fact]
    public Task A_tie_on_spacing_goes_to_no_space() =>
        RuleVerifier<EL1010FootnoteMarkerPlacement>.VerifyAsync("# T\n\nOne.[^1] Two. {|EL1010:[^2]|}\n\n[^1]: a\n[^2]: b\n");

    [Fact]
    public Task The_configured_style_wins() =>
        RuleVerifier<EL1010FootnoteMarkerPlacement>.VerifyAsync(
            "# T\n\nOne {|#0:[^1]|}. Two {|#1:[^2]|}.\n\n[^1]: a\n[^2]: b\n",
            RuleVerifier<EL1010FootnoteMarkerPlacement>.Markdown(("editorial_lint.footnote_marker_space", "none")),
            new ExpectedDiagnostic("EL1010").WithLocation(0).WithMessage("Footnote marker has a space before it; the house style puts it directly after the text"),
            new ExpectedDiagnostic("EL1010").WithLocation(1));

    [Fact]
    public Task A_marker_at_the_start_of_a_line_has_no_spacing() =>
        RuleVerifier<EL1010FootnoteMarkerPlacement>.VerifyAsync("# T\n\nOne claim.\n[^1] Two claim.[^2]\n\n[^1]: a\n[^2]: b\n");
}

public class SeedFootnoteTests
{
    [Fact]
    public void Raw_seed_gives_exactly_one_notes_missing_finding()
    {
        var found = SeedHelper.Lint("commentary-2026-14.raw.txt", RuleCategories.Footnotes);
        var d = Assert.Single(found);
        Assert.Equal("EL1007", d.Id);
        Assert.Equal(7, d.Diagnostic.AdditionalLocations.Count);
    }

    [Fact]
    public void Clean_seed_gives_none() => Assert.Empty(SeedHelper.Lint("commentary-2026-14.clean.md", RuleCategories.Footnotes));

    [Fact]
    public Task EL1009_leaves_numbered_notes_in_number_order_to_EL1003() =>
        RuleVerifier<EL1009NotesOutOfOrder>.VerifyAsync("Text.[^1] More.[^3] Then.[^2]\n\n[^1]: One.\n[^2]: Two.\n[^3]: Three.\n");

    [Fact]
    public Task A_range_cites_the_numbers_between() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyAsync(
            "# T\n\nStudies agree [1]–[3]. Others disagree {|EL1002:[5]|}.\n\n## References\n\n[1] a\n[2] b\n[3] c\n[5] e\n");

    [Fact]
    public Task A_range_whose_inner_numbers_would_change_gets_no_renumbering_fix() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyFixAsync(
            "# T\n\nOne [1]. Studies agree {|EL1002:[3]|}–[5].\n\n## References\n\n[1] a\n[3] c\n[4] d\n[5] e\n",
            "# T\n\nOne [1]. Studies agree [3]–[5].\n\n## References\n\n[1] a\n[3] c\n[4] d\n[5] e\n");

    [Fact]
    public Task Renumbering_keeps_superscript_markers_superscript() =>
        RuleVerifier<EL1002FootnoteNumberGap>.VerifyFixAsync(
            "The Title of the Brief\n\nTrade grew fast in the last decade.¹ It slowed later.² The ties are deep.{|EL1002:⁴|}\n\n¹ First source.\n² Second source.\n⁴ Yunus Emre Institute, 2025.\n",
            "The Title of the Brief\n\nTrade grew fast in the last decade.¹ It slowed later.² The ties are deep.³\n\n¹ First source.\n² Second source.\n³ Yunus Emre Institute, 2025.\n",
            RuleVerifier<EL1002FootnoteNumberGap>.PlainText());
}

/// <summary>Superscript calls a PDF extraction flattened into digits ("Europe.1"), with a "1 Source" notes list.</summary>
public class FlattenedCallRuleTests
{
    [Fact]
    public Task A_note_the_flattened_calls_never_cite() =>
        RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync(
            "A Title Here\n\nGas goes to Central Europe.1 It costs more,2 as the 2022 shock showed.3\n\nNotes\n\n1 IEA, 2025.\n2 Eurostat, 2024.\n3 Reuters, 2022.\n{|EL1006:4|} Bruegel, 2023.\n",
            RuleVerifier<EL1006NoteNeverReferenced>.PlainText());

    [Fact]
    public Task A_flattened_call_out_of_order() =>
        RuleVerifier<EL1003FootnoteOutOfOrder>.VerifyAsync(
            "A Title Here\n\nGas goes to Central Europe.1 It costs more,3 as the 2022 shock showed.{|EL1003:2|} Then more.4\n\nNotes\n\n1 IEA, 2025.\n2 Eurostat, 2024.\n3 Reuters, 2022.\n4 Bruegel, 2023.\n",
            RuleVerifier<EL1003FootnoteOutOfOrder>.PlainText());

    [Fact]
    public Task Numbers_in_a_draft_without_flattened_calls_are_not_notes_cited() =>
        RuleVerifier<EL1006NoteNeverReferenced>.VerifyAsync(
            "A Title Here\n\nThe G20 met in 2022, and 4.2 billion cubic metres of gas went to F-16 buyers.\n\nNotes\n\n{|EL1006:1|} IEA, 2025.\n{|EL1006:2|} Eurostat, 2024.\n",
            RuleVerifier<EL1006NoteNeverReferenced>.PlainText());
}
