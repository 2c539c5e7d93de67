using EditorialLint.Core.Rules;
using EditorialLint.RuleTesting;
using EditorialLint.Rules.Headings;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Headings;

public class EL2001Tests
{
    [Fact]
    public Task Skipped_level() => RuleVerifier<EL2001HeadingLevelSkipped>.VerifyAsync("# T\n\n{|EL2001:### Deep|}\n\nx\n\n## Back\n\n# Up\n");

    [Fact]
    public async Task A_front_matter_title_stands_before_the_first_heading()
    {
        await RuleVerifier<EL2001HeadingLevelSkipped>.VerifyAsync("---\ntitle: A Title\n---\n\n{|EL2001:### Deep|}\n\ntext\n");
        await RuleVerifier<EL2001HeadingLevelSkipped>.VerifyAsync("---\nlayout: post\n---\n\n### Deep\n\ntext\n");
    }

    [Fact]
    public Task Plain_text_layout_headings_are_fine() =>
        RuleVerifier<EL2001HeadingLevelSkipped>.VerifyAsync("A Title Here\n\nSome text here.\n\nA Section Heading\n\nMore text.\n", RuleVerifier<EL2001HeadingLevelSkipped>.PlainText());
}

public class EL2002Tests
{
    [Fact]
    public Task Plain_text_that_opens_with_running_text_has_no_title() =>
        RuleVerifier<EL2002MissingTitle>.VerifyAsync(
            "{|EL2002:The Balkans is a region where East meets West and the talks went on.|}\nMore of the same paragraph.\n\nAnother paragraph.\n",
            RuleVerifier<EL2002MissingTitle>.PlainText());

    [Theory]
    [InlineData("1\n\nCreativity in Machine Learning\nMartin Thoma\nE-Mail: info@example.org\n\nAbstract text follows here and it goes on.\n")]
    [InlineData("arXiv:1602.06541v2 [cs.CV] 11 May 2016\n\nA Survey of Semantic Segmentation\n\nThe text starts here and goes on.\n")]
    [InlineData("European Western Balkans\nImage default\n\nThe interview starts here and goes on.\n")]
    [InlineData("The Montreux Convention After the Beginning of the Operation. Status Quo or Denunciation\n\nThe text starts here and goes on.\n")]
    public Task A_cover_of_short_or_title_case_lines_may_hold_the_title(string text) =>
        RuleVerifier<EL2002MissingTitle>.VerifyAsync(text, RuleVerifier<EL2002MissingTitle>.PlainText());

    [Fact]
    public Task A_metadata_list_sets_the_title_like_front_matter() =>
        RuleVerifier<EL2002MissingTitle>.VerifyAsync("- Feature Name: rust_has_provenance\n- Start Date: 2023-11-22\n\n## Summary\n\nText.\n");

    [Fact]
    public Task A_list_that_is_not_metadata_is_no_title() =>
        RuleVerifier<EL2002MissingTitle>.VerifyAsync("{|EL2002:- first point of the list|}\n- second point\n\n## Summary\n\nText.\n");
    [Fact]
    public Task Text_before_title() => RuleVerifier<EL2002MissingTitle>.VerifyAsync("{|EL2002:Some text first.|}\n\n# Title\n");

    [Fact]
    public Task Section_heading_first() => RuleVerifier<EL2002MissingTitle>.VerifyAsync("{|EL2002:## Section|}\n\ntext\n");

    [Fact]
    public async Task Title_after_comment_or_front_matter_title()
    {
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync("<!-- note -->\n# Title\n\ntext\n");
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync("---\ntitle: A Title\n---\n\nText.\n");
    }

    [Fact]
    public async Task With_a_preamble_allowed_the_first_heading_must_be_the_title()
    {
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync(
            "A standfirst.\n\n# Title\n\ntext\n",
            RuleVerifier<EL2002MissingTitle>.Markdown(("editorial_lint.title_allow_preamble", "true")));
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync(
            "A standfirst.\n\n{|EL2002:## Section|}\n\n# Title\n",
            RuleVerifier<EL2002MissingTitle>.Markdown(("editorial_lint.title_allow_preamble", "true")));
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync(
            "{|EL2002:No heading anywhere.|}\n",
            RuleVerifier<EL2002MissingTitle>.Markdown(("editorial_lint.title_allow_preamble", "true")));
    }

    [Fact]
    public async Task Toml_and_json_front_matter_titles()
    {
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync("+++\ndate = 2026-02-01\ntitle = \"A Title\"\n+++\n\nText.\n");
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync("{\n  \"title\": \"A Title\"\n}\n\nText.\n");
    }

    [Fact]
    public async Task Front_matter_title_can_be_turned_off_or_renamed()
    {
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync(
            "---\ntitle: A Title\n---\n{|EL2002:Text.|}\n",
            RuleVerifier<EL2002MissingTitle>.Markdown(("editorial_lint.front_matter_title", "none")));
        await RuleVerifier<EL2002MissingTitle>.VerifyAsync(
            "---\nheadline: A Title\n---\nText.\n",
            RuleVerifier<EL2002MissingTitle>.Markdown(("editorial_lint.front_matter_title", "^headline:")));
    }
}

public class EL2003Tests
{
    [Fact]
    public Task Second_title() => RuleVerifier<EL2003MultipleTitles>.VerifyAsync("# One\n\ntext\n\n{|EL2003:# Two|}\n\ntext\n");

    [Fact]
    public Task With_a_front_matter_title_every_level_1_heading_is_an_extra() =>
        RuleVerifier<EL2003MultipleTitles>.VerifyAsync("---\ntitle: The Title\n---\n{|EL2003:# Heading|}\n\ntext\n");

    [Fact]
    public Task Text_before_the_first_level_1_heading() => RuleVerifier<EL2003MultipleTitles>.VerifyAsync("Intro text.\n\n# One\n\n# Two\n");

    [Fact]
    public Task One_title() => RuleVerifier<EL2003MultipleTitles>.VerifyAsync("# One\n\n## Two\n\n## Three\n");
}

public class EL2004Tests
{
    [Fact]
    public Task Duplicate_siblings() =>
        RuleVerifier<EL2004DuplicateHeading>.VerifyAsync("# T\n\n## The Role of the EU\n\nx\n\n{|EL2004:## The role of the EU|}\n\ny\n");

    [Fact]
    public Task Comments_in_headings_are_not_part_of_them() =>
        RuleVerifier<EL2004DuplicateHeading>.VerifyAsync("# T\n\n## Outlook <!-- draft 1 -->\n\nx\n\n{|EL2004:## Outlook <!-- draft 2 -->|}\n\ny\n");

    [Fact]
    public async Task Same_subheading_under_different_sections_is_fine_by_default_but_not_document_wide()
    {
        await RuleVerifier<EL2004DuplicateHeading>.VerifyAsync("# T\n\n## Serbia\n\n### Outlook\n\n## Kosovo\n\n### Outlook\n");
        await RuleVerifier<EL2004DuplicateHeading>.VerifyAsync(
            "# T\n\n## Serbia\n\n### Outlook\n\n## Kosovo\n\n{|EL2004:### Outlook|}\n",
            RuleVerifier<EL2004DuplicateHeading>.Markdown(("editorial_lint.duplicate_heading_scope", "document")));
    }
}

public class EL2005Tests
{
    [Fact]
    public Task Trailing_full_stop_removed() =>
        RuleVerifier<EL2005HeadingTrailingPunctuation>.VerifyFixAsync("# T\n\n## Implementation gaps{|EL2005:.|}\n", "# T\n\n## Implementation gaps\n");

    [Fact]
    public Task Colon_is_punctuation_but_an_emoji_shortcode_is_not() =>
        RuleVerifier<EL2005HeadingTrailingPunctuation>.VerifyAsync("# T\n\n## Known issues :bug:\n\n## Notes{|EL2005::|}\n\n## At 10:30{|EL2005::|}\n");

    [Fact]
    public Task Question_mark_and_entities_are_fine() =>
        RuleVerifier<EL2005HeadingTrailingPunctuation>.VerifyAsync("# What Next?\n\n## Trade &amp;\n");

    [Fact]
    public Task Abbreviations_keep_their_full_stop_but_a_sentence_does_not() =>
        RuleVerifier<EL2005HeadingTrailingPunctuation>.VerifyAsync(
            "# Türkiye, Greece and the U.S.\n\n## Washington, D.C.\n\n## Pipelines, ports, etc.\n\n## Deals were signed{|EL2005:.|}\n\n## Ends with a word{|EL2005:..|}\n");
}

public class EL2006Tests
{
    [Fact]
    public Task Empty_heading() => RuleVerifier<EL2006EmptyHeading>.VerifyAsync("# T\n\n{|EL2006:##|}\n\ntext\n");

    [Fact]
    public Task Heading_with_text() => RuleVerifier<EL2006EmptyHeading>.VerifyAsync("# T\n\n## A\n");
}

public class EL2007Tests
{
    [Fact]
    public Task Empty_sections() => RuleVerifier<EL2007EmptySection>.VerifyAsync("# T\n\n{|EL2007:## Background|}\n\n## Analysis\n\ntext\n\n{|EL2007:## End|}\n");

    [Fact]
    public Task Section_with_subsection_or_text() => RuleVerifier<EL2007EmptySection>.VerifyAsync("# T\n\n## A\n\n### B\n\ntext\n");

    [Fact]
    public Task Plain_text_subtitle_and_byline_under_the_title_are_not_empty_sections() =>
        RuleVerifier<EL2007EmptySection>.VerifyAsync(
            "The Balkan Diaspora in Türkiye\n\nA Bridge Underused\n\nSelin Karaca\n\nMillions of citizens of Türkiye trace their ancestry to the Balkans, and many still keep family ties there.\n\n" +
            "{|EL2007:Background|}\n\nConclusion\n\nThe ties will last, as long as the families who keep them go on visiting each other.\n",
            RuleVerifier<EL2007EmptySection>.PlainText());
}

public class EL2008Tests
{
    [Fact]
    public Task Minority_style_is_reported() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            "# A New Phase in Türkiye–Serbia Relations\n\nTürkiye and Serbia met.\n\n## The Balkan Peace Platform and Its Claim\n\nx\n\n## {|#0:Scope and limits of the policy|}\n\ny\n\n## What Comes Next\n\nz\n",
            new ExpectedDiagnostic("EL2008").WithLocation(0).WithMessage("'limits'"));

    [Fact]
    public Task A_title_case_title_over_sentence_case_sections_is_a_house_style() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            "# A Quiet Recalibration in the Balkans\n\nTürkiye and Serbia met after Dayton, in Brussels; the local name is Bosna i Hercegovina.\n\n## Energy and the new corridors\n\nx\n\n## Bosna i Hercegovina: a test case\n\ny\n\n## From Dayton to Brussels – and back again\n\nz\n");

    [Fact]
    public Task After_a_dash_a_small_word_may_stay_small_in_title_case() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            "# From Dayton to Brussels – and Back Again\n\nx\n\n## From Dayton to Brussels – And Back Again\n\ny\n",
            RuleVerifier<EL2008HeadingCapitalisation>.Markdown(("editorial_lint.heading_case", "title")));

    [Fact]
    public Task Configured_sentence_case() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            "# {|EL2008:A New Phase in Relations|}\n\nTürkiye and Serbia met in the Balkans.\n\n## Scope and limits of Türkiye’s role\n\ny\n",
            RuleVerifier<EL2008HeadingCapitalisation>.Markdown(("editorial_lint.heading_case", "sentence")));

    [Fact]
    public Task Title_case_with_compounds_acronyms_and_names() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            "# Long-Term Ties: The EU and NATO in the Western Balkans\n\nx\n\n## Türkiye–Serbia Relations After 2026\n\ny\n",
            RuleVerifier<EL2008HeadingCapitalisation>.Markdown(("editorial_lint.heading_case", "title")));

    [Fact]
    public Task Lowercase_word_in_title_case() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            "# {|EL2008:Long-term Ties|}\n\nx\n",
            RuleVerifier<EL2008HeadingCapitalisation>.Markdown(("editorial_lint.heading_case", "title")));
}

public class EL2009Tests
{
    [Fact]
    public Task Bold_line_as_heading() => RuleVerifier<EL2009EmphasisAsHeading>.VerifyAsync("# T\n\n{|EL2009:**What Comes Next**|}\n\ntext\n");

    [Fact]
    public Task An_italic_byline_or_date_under_the_title_is_not_a_heading() =>
        RuleVerifier<EL2009EmphasisAsHeading>.VerifyAsync(
            "# Türkiye and the Balkans\n\n*Milica Jovanović and Kerem Aydın*\n\n*25 November 2026*\n\nText.\n\n{|EL2009:*Ayşe Demir and Kerem Aydın*|}\n\nMore.\n");

    [Fact]
    public Task An_italic_heading_under_the_title_is_still_a_heading() =>
        RuleVerifier<EL2009EmphasisAsHeading>.VerifyAsync("# Türkiye and the Balkans\n\n{|EL2009:*Introduction*|}\n\nText.\n");

    [Fact]
    public Task Comment_beside_the_emphasis_does_not_hide_it() =>
        RuleVerifier<EL2009EmphasisAsHeading>.VerifyAsync("# T\n\n{|EL2009:*Section 4: Outlook* <!-- check -->|}\n\ntext\n");

    [Fact]
    public Task List_items_links_and_comments_inside_are_not_headings() =>
        RuleVerifier<EL2009EmphasisAsHeading>.VerifyAsync(
            "# T\n\n* Item\n* **Bold item**\n\n**[A link](https://example.com)**\n\n*Outlook <!-- x --> here*\n\n**Use `code`**\n\ntext\n");

    [Fact]
    public Task Emphasised_sentence_is_fine() => RuleVerifier<EL2009EmphasisAsHeading>.VerifyAsync("# T\n\n**This is a whole sentence.**\n\nSome *emphasis* inside.\n");
}

public class EL2010Tests
{
    [Fact]
    public Task Heading_glued_to_text_above_and_below() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyAsync("# T\n\nText.\n{|EL2010:## Above|}\n\nText.\n\n{|EL2010:## Below|}\nText.\n");

    [Fact]
    public Task Headings_set_off_or_at_the_edges_of_the_file_are_fine() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyAsync("# Top\n\nText.\n\nSetext\n------\n\nText.\n\n## Last");

    [Fact]
    public Task A_comment_line_or_a_bare_quote_marker_counts_as_blank() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyAsync("# T\n<!-- draft 3 -->\n## A\n\n> Text\n>\n> ## Quoted\n>\n> More\n");

    [Fact]
    public Task Right_after_front_matter_is_the_top_of_the_body() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyAsync("---\nlayout: post\n---\n# T\n\nText.\n");

    [Fact]
    public Task A_setext_heading_is_measured_from_its_underline() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyAsync("# T\n\n{|EL2010:Section|}\n=======\nText.\n");

    [Fact]
    public Task Counts_per_level_and_unchecked_sides() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyAsync(
            "# T\nText.\n\n{|EL2010:## Two|}\n\nText.\n### Three\nText.\n",
            RuleVerifier<EL2010HeadingBlankLines>.Markdown(("editorial_lint.heading_lines_above", "-1,2,-1"), ("editorial_lint.heading_lines_below", "0")));

    [Fact]
    public Task Fix_inserts_the_missing_lines_with_the_drafts_line_ending() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyFixAsync(
            "# T\r\n\r\nText.\r\n{|EL2010:{|EL2010:## Section|}|}\r\nMore.\r\n",
            "# T\r\n\r\nText.\r\n\r\n## Section\r\n\r\nMore.\r\n");

    [Fact]
    public Task Fix_keeps_a_quoted_heading_inside_its_quote() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyFixAsync(
            "# T\n\n> Text\n> {|EL2010:## Quoted|}\n>\n> More\n",
            "# T\n\n> Text\n>\n> ## Quoted\n>\n> More\n");

    [Fact]
    public Task Two_glued_headings_get_one_blank_line_between_them() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyFixAsync(
            "# T\n\n{|EL2010:## A|}\n{|EL2010:### B|}\n\nText.\n",
            "# T\n\n## A\n\n### B\n\nText.\n");

    [Fact]
    public Task Plain_text_is_not_checked() =>
        RuleVerifier<EL2010HeadingBlankLines>.VerifyAsync("A Title Here\n\nSome text here.\n", RuleVerifier<EL2010HeadingBlankLines>.PlainText());
}

public class EL2011Tests
{
    [Fact]
    public Task Indented_atx_and_setext_headings() =>
        RuleVerifier<EL2011HeadingIndented>.VerifyAsync("# T\n\n{|EL2011: ## Indented|}\n\n{|EL2011:  Setext text|}\n===\n\nText.\n");

    [Fact]
    public Task A_heading_at_its_containers_content_column_is_fine() =>
        RuleVerifier<EL2011HeadingIndented>.VerifyAsync("# T\n\n- Item\n  ## In the item\n\n> ## Quoted\n\n```\n  # code comment\n```\n");

    [Fact]
    public Task Indented_inside_a_list_item_or_a_quote() =>
        RuleVerifier<EL2011HeadingIndented>.VerifyAsync("# T\n\n- Item\n  {|EL2011:  ## Deeper|}\n\n> {|EL2011: ## Quoted|}\n");

    [Fact]
    public Task Fix_removes_only_the_extra_spaces() =>
        RuleVerifier<EL2011HeadingIndented>.VerifyFixAsync(
            "# T\n\n{|EL2011:   ## Indented|}\n\n- Item\n  {|EL2011:  ## Deeper|}\n\n> {|EL2011: ## Quoted|}\n",
            "# T\n\n## Indented\n\n- Item\n  ## Deeper\n\n> ## Quoted\n");
}

public class CoverLineRuleTests
{
    [Fact]
    public Task A_cover_line_under_the_title_is_not_judged_as_a_heading() =>
        RuleVerifier<EL2008HeadingCapitalisation>.VerifyAsync(
            "Energy Corridors in the Western Balkans\n\nPolicy brief no. 7 of the series\n\nMarch 2026\n\nThe Gas Question\n\nThe region depends on one route.\n\nThe Road Ahead\n\nMore text.\n\n{|EL2008:What comes next|}\n\nThe end.\n",
            RuleVerifier<EL2008HeadingCapitalisation>.PlainText());

    [Fact]
    public Task A_cover_line_is_not_an_empty_section() =>
        RuleVerifier<EL2007EmptySection>.VerifyAsync(
            "Energy Corridors in the Western Balkans\n\nPolicy Brief No. 7\n\nIntroduction\n\nThe region depends on one route.\n\n{|EL2007:Part Two|}\n\nOutlook\n\nThe end.\n",
            RuleVerifier<EL2007EmptySection>.PlainText());
}

public class SeedHeadingTests
{
    [Fact]
    public void Raw_seed_has_no_heading_finding() => Assert.Empty(SeedHelper.Lint("commentary-2026-14.raw.txt", RuleCategories.Headings));

    [Fact]
    public void Clean_seed_has_no_heading_finding() => Assert.Empty(SeedHelper.Lint("commentary-2026-14.clean.md", RuleCategories.Headings));
}
