using EditorialLint.RuleTesting;
using EditorialLint.Rules.Characters;
using EditorialLint.Testing;

namespace EditorialLint.Rules.Tests.Characters;

public class EL3002ByteSwappedUtf16Tests
{
    [Fact]
    public Task Seed_shape_is_decoded_with_its_dash_and_the_extractor_space_dropped() =>
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyFixAsync(
            "Türkiye{|EL3002:\u2000 \u1300\u5300\u6500\u7200\u6200\u6900\u6100\u2000 |}ties grew.\n",
            "Türkiye–Serbia ties grew.\n");

    [Fact]
    public Task Non_breaking_hyphen_run_without_extractor_space() =>
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyFixAsync(
            "high{|EL3002:\u2000\u1100\u6c00\u6500\u7600\u6500\u6c00\u2000|}dialogue\n",
            "high\u2011level dialogue\n");

    [Fact]
    public Task Em_dash_run_ending_without_a_space_unit() =>
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyFixAsync(
            "The inclusion{|EL3002:\u2000\u1400\u6400\u6900\u7200\u6500\u6300\u7400|} or not.\n",
            "The inclusion\u2014direct or not.\n");

    [Fact]
    public Task A_surrogate_pair_before_a_run_is_not_pulled_into_it() =>
        // from bench/fuzz.sh (1,000,000-input run, chunk seed 120313072930616): the low half of 😀 (U+DE00) reads as a
        // swapped Þ; taking it into the run split the pair and the fixed text could not be written
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyFixAsync(
            "an \U0001F600{|EL3002:\u6700\u6f00\u7600\u6900\u6e00\u6100|} outside\n",
            "an \U0001F600govina outside\n");

    [Fact]
    public Task A_lone_low_surrogate_is_still_a_swapped_letter() =>
        // U+DF00 alone is ß with its bytes swapped (Straße written as UTF-16 read the other way round)
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyFixAsync(
            "Text: {|EL3002:\u5300\u7400\u7200\u6100\udf00\u6500|}.\n",
            "Text: Stra\u00dfe.\n");

    [Fact]
    public Task Wrong_endian_run_is_swapped_back() =>
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyFixAsync(
            "Text: {|EL3002:\u4800\u6500\u6c00\u6c00\u6f00\u2000\u7700\u6f00\u7200\u6c00\u6400|}.\n",
            "Text: Hello world.\n");

    [Fact]
    public Task Whole_text_swap_includes_letters_and_punctuation_beyond_ascii() =>
        // "Türkiye’s Şişli office – Vučić, İzmir and Đakovo." with every code unit's bytes swapped
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyFixAsync(
            "{|EL3002:\u5400\ufc00\u7200\u6b00\u6900\u7900\u6500\u1920\u7300\u2000\u5e01\u6900\u5f01\u6c00\u6900\u2000\u6f00\u6600\u6600\u6900\u6300\u6500\u2000\u1320\u2000\u5600\u7500\u0d01\u6900\u0701\u2c00\u2000\u3001\u7a00\u6d00\u6900\u7200\u2000\u6100\u6e00\u6400\u2000\u1001\u6100\u6b00\u6f00\u7600\u6f00\u2e00|}\n",
            "Türkiye’s Şişli office – Vučić, İzmir and Đakovo.\n");

    [Fact]
    public Task Swapped_looking_letters_beside_a_run_stay_when_they_are_real_text() =>
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyFixAsync(
            "Ăā {|EL3002:\u4800\u6500\u6c00\u6c00\u6f00|} ﰀ.\n",
            "Ăā Hello ﰀ.\n");

    [Fact]
    public Task Real_cjk_text_and_ordinary_spaces_are_fine() =>
        RuleVerifier<EL3002ByteSwappedUtf16>.VerifyAsync("北京 is Beijing; 東京 is Tokyo. An en space\u2002here and\u2000there.\n");
}

public class EL3003Utf8MojibakeTests
{
    [Fact]
    public Task A_capital_whose_second_byte_became_nbsp_is_repaired_at_a_word_start() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "Hasan {|EL3003:\u00C5\u00A0|}ehovi{|EL3003:\u00C4\u2021|} iz Mostara kaže da je Šarić došao.\n",
            "Hasan Šehović iz Mostara kaže da je Šarić došao.\n");

    [Fact]
    public Task Single_and_double_encoding() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "T{|EL3003:Ã¼|}rkiye{|EL3003:â€™|}s and Erdo{|EL3003:ÄŸ|}an; it{|EL3003:Ã¢â‚¬â„¢|}s late.\n",
            "Türkiye’s and Erdoğan; it’s late.\n");

    [Fact]
    public Task A_lone_pair_beyond_latin1_is_repaired_beside_correct_punctuation() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "President Erdo{|EL3003:ÄŸ|}an received a delegation. Montenegro’s size—about 620,000.\n",
            "President Erdoğan received a delegation. Montenegro’s size—about 620,000.\n");

    [Fact]
    public Task Cyrillic_read_as_the_turkish_code_page() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "Talks in {|EL3003:\u011e\u2018\u011e\u00b5\u011e\u00be\u011e\u00b3\u00d1\u20ac\u011e\u00b0\u011e\u00b4|} went on.\n",
            "Talks in Београд went on.\n");

    [Fact]
    public Task A_one_letter_word_is_repaired_between_words_of_its_script() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "{|EL3003:\u00d0\u2019\u00d0\u00bb\u00d0\u00b0\u00d0\u00b4\u00d0\u00b0|} {|EL3003:\u00d0\u00b8|} {|EL3003:\u00d0\u00bd\u00d0\u00b0\u00d1\u20ac\u00d0\u00be\u00d0\u00b4|}\n\nВлада {|EL3003:\u00d0\u00b8|} народ.\n",
            "Влада и народ\n\nВлада и народ.\n");

    [Fact]
    public Task A_one_letter_pair_between_latin_words_is_left_alone() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync("The code \u00d0\u00b8 stands for a letter, says the manual.\n");

    [Fact]
    public Task A_lone_pair_outside_windows_1252_needs_the_drafts_corroboration()
    {
        // Windows-1250: ü is written correctly elsewhere in the block (Müller), so JĂĽrgen is Jürgen; alone, it is not
        // repaired (ĂĽ could be two letters).
        return Task.WhenAll(
            RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("J{|EL3003:\u0102\u013d|}rgen and Frau Müller met.\n", "Jürgen and Frau Müller met.\n"),
            RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync("J\u0102\u013drgen met her.\n"));
    }

    [Fact]
    public Task A_symbol_wedged_between_letters_corroborates_a_lone_pair() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("Arb{|EL3003:\u0106\u00ab|}r Gjoka spoke.\n", "Arbër Gjoka spoke.\n");

    [Fact]
    public Task A_small_letter_pair_inside_a_word_in_capitals_is_a_capital() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "M{|EL3003:\u00c3\u0153|}LLER signed at 10:30 — “done”.\n", "MÜLLER signed at 10:30 — “done”.\n");

    [Fact]
    public Task No_capital_between_small_letters_when_another_code_page_gives_a_small_one() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("Emine{|EL3003:\u00c2\u00a0|}Y{|EL3003:\u00c4\u0105|}ld{|EL3003:\u00c4\u0105|}z sent it.\n", "Emine\u00a0Yıldız sent it.\n");

    [Fact]
    public Task A_lost_word_space_after_windows_1257_A_macron() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("Emine{|EL3003:\u0100\u00a0|}Y{|EL3003:\u00c4\u00b1|}ld{|EL3003:\u00c4\u00b1|}z sent it.\n", "Emine\u00a0Yıldız sent it.\n");

    [Fact]
    public Task A_macron_capital_before_an_nbsp_after_a_space_is_left_alone() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync("The letter \u0100\u00a0is Latvian.\n");

    [Fact]
    public Task Latin_text_read_as_windows_1251_pairs_beside_pairs() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "Ayşe G{|EL3003:\u0413\u0458|}ndo{|EL3003:\u0414\u045f|}du and {|EL3003:\u0413\u2021|}a{|EL3003:\u0414\u045f|}layan met.\n",
            "Ayşe Gündoğdu and Çağlayan met.\n");

    [Fact]
    public Task Latin_text_read_twice_as_windows_1251() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "Recep {|EL3003:\u0420\u201c\u0432\u0402\u040e|}a{|EL3003:\u0420\u201d\u0421\u045f|}layan spoke.\n", "Recep Çağlayan spoke.\n");

    [Fact]
    public Task Code_page_437_box_drawing_glued_to_a_word_is_a_letter_but_line_art_is_not() =>
        Task.WhenAll(
            RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
                "{|EL3003:\u251c\u00fb|}zt{|EL3003:\u251c\u255d|}rk and {|EL3003:\u2500\u2591|}smail met.\n", "Öztürk and İsmail met.\n"),
            RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync("A table: \u251c\u255d \u2500\u2591 \u251c\u2524 and more.\n"));

    [Fact]
    public Task MacRoman_pairs_corroborate_each_other_and_a_as_a_word() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "Ioana M{|EL3003:\u0192\u00c9|}rg{|EL3003:\u0192\u00c9|}rit, {|EL3003:\u00bb\u00f2|}tefan {|EL3003:\u221a\u2020|} Bra{|EL3003:\u00bb\u00f4|}ov.\n",
            "Ioana Mărgărit, Ștefan à Brașov.\n");

    [Fact]
    public Task A_private_use_character_in_the_middle_of_two_layers() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync(
            "They sent {|EL3003:\u00d4\u00a3\u00f8\u221a\u00ba\u221a\u00a9\u221a\u00a2|} after the match.\n", "They sent 🎉 after the match.\n");

    [Fact]
    public Task A_real_private_use_character_is_not_mojibake() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync("The logo \u00d4\u00a3\u00f8 is a private glyph.\n");

    [Fact]
    public Task Latin1_c1_variant() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("Vu{|EL3003:Ä\u008d|}i{|EL3003:Ä\u0087|}\n", "Vučić\n");

    [Fact]
    public Task Legitimate_latin1_and_balkan_text_is_untouched() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync("Café, naïve, São Paulo, Köln, Türkiye, Çanakkale, Đoković, Šibenik, Žepče, “quotes” — done.\n");

    [Fact]
    public Task Windows_1251_cyrillic() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("In {|EL3003:Р‘РµРѕРіСЂР°Рґ|} today.\n", "In Београд today.\n");

    [Fact]
    public Task Windows_1250_central_european() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("President Vu{|EL3003:ÄŤ|}i{|EL3003:Ä‡|} spoke.\n", "President Vučić spoke.\n");

    [Fact]
    public Task Iso_8859_2() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("Gda{|EL3003:Ĺ\u0084|}sk and T{|EL3003:Ăź|}rkiye\n", "Gdańsk and Türkiye\n");

    [Fact]
    public Task Windows_1257_baltic() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("{|EL3003:ÅŖ|}la, {|EL3003:Ä„Å¾|}uolas\n", "Ūla, Ąžuolas\n");

    [Fact]
    public Task Mac_roman() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("Cr{|EL3003:√®|}me br{|EL3003:√ª|}l{|EL3003:√©|}e\n", "Crème brûlée\n");

    [Fact]
    public Task Code_page_437() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("na{|EL3003:├»|}ve caf{|EL3003:├⌐|}\n", "naïve café\n");

    [Fact]
    public Task Cesu_8_emoji() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyFixAsync("Thanks {|EL3003:\u00ED\u00A0\u00BD\u00ED\u00B8\u20AC|}!\n", "Thanks \U0001F600!\n");

    [Fact]
    public Task Turkish_text_is_not_windows_1250_or_mac_roman_mojibake() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync(
            "Şişli’de ağır bir kış; Ağrı, Iğdır, Muş, Çeşme, Gümüşhane, ÜSKÜDAR, ŞIRNAK, ÜÇ, ÖĞRETMEN, İÇİŞLERİ, Kılıçdaroğlu.\n");

    [Fact]
    public Task Serbian_cyrillic_is_not_windows_1251_mojibake() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync(
            "Вучић је у Београду; Ђоковић, Љубљана, Његош, ђак, џеп, ћуприја, љубав, њива. ПОЉЕ И ДОЊИ ЗАВОЈ, ЋОШАК, ЂУРЂЕВДАН, СРБИЈА, ВУЧИЋ.\n");

    [Fact]
    public Task Croatian_and_bosnian_capitals_are_not_windows_1250_mojibake() =>
        RuleVerifier<EL3003Utf8Mojibake>.VerifyAsync(
            "IZETBEGOVIĆ, ČOVIĆ, ĐUKANOVIĆ, DŽAFEROVIĆ, KUĆŠ, ČŠ, ĐŽ, ĆŽ, MEĐUŠKOLSKO, ŽĐ; čćžšđ, ćš, čž.\n");
}

public class EL3004ControlCharacterTests
{
    [Fact]
    public Task C1_controls_are_mapped_through_windows_1252() =>
        RuleVerifier<EL3004ControlCharacter>.VerifyFixAsync(
            "Erdoğan{|EL3004:\u0092|}s visit {|EL3004:\u0096|} brief.\n", "Erdoğan’s visit – brief.\n");

    [Fact]
    public Task Word_hyphens_are_mapped_not_deleted() =>
        RuleVerifier<EL3004ControlCharacter>.VerifyFixAsync("high{|EL3004:\u001E|}level and co{|EL3004:\u001F|}operation\n", "high\u2011level and co\u00ADoperation\n");

    [Fact]
    public Task Unknown_controls_are_reported_without_fix() =>
        RuleVerifier<EL3004ControlCharacter>.VerifyFixAsync("a{|EL3004:\u0007|}b {|EL3004:\u0081|}c\n", "a\u0007b \u0081c\n");

    [Fact]
    public Task Tabs_and_line_breaks_are_fine() =>
        RuleVerifier<EL3004ControlCharacter>.VerifyAsync("a\tb\r\nc\fd\n");
}

public class EL3005LegacyCodePageTests
{
    [Fact]
    public Task Turkish_name_confirmed_by_the_draft() =>
        RuleVerifier<EL3005LegacyCodePage>.VerifyFixAsync(
            "President Erdoğan spoke. Later {|EL3005:Erdoðan|} left.\n", "President Erdoğan spoke. Later Erdoğan left.\n");

    [Fact]
    public Task Serbian_name_confirmed_by_the_draft() =>
        RuleVerifier<EL3005LegacyCodePage>.VerifyFixAsync("Vučić said; {|EL3005:Vuèiæ|} added.\n", "Vučić said; Vučić added.\n");

    [Fact]
    public Task Unconfirmed_words_are_not_reported() =>
        RuleVerifier<EL3005LegacyCodePage>.VerifyAsync("A première at the café; Æsop and Þórr; Erdoðan alone.\n");
}

public class EL3006QuestionMarkInWordTests
{
    [Fact]
    public Task A_query_in_a_url_wrapped_across_lines_or_a_file_name_is_not_a_lost_character() =>
        RuleVerifier<EL3006QuestionMarkInWord>.VerifyAsync(
            "Title\n\n[Online]. Available: http://ieeexplore.ieee.org/stamp/stamp.\njsp?arnumber=6247 and see\nlogin.jsp?tp=&arnumber=1315232 for it.\n",
            RuleVerifier<EL3006QuestionMarkInWord>.PlainText());
    [Fact]
    public Task Suggests_from_vocabulary() =>
        RuleVerifier<EL3006QuestionMarkInWord>.VerifyFixAsync("Erdoğan spoke; {|EL3006:Erdo?an|} left.\n", "Erdoğan spoke; Erdoğan left.\n");

    [Fact]
    public Task Lowercase_after_question_mark_without_suggestion() =>
        RuleVerifier<EL3006QuestionMarkInWord>.VerifyAsync(
            "Then {|#0:Vu?i?|} spoke.\n",
            new ExpectedDiagnostic("EL3006").WithLocation(0).WithMessage("a character was lost"));

    [Fact]
    public Task Questions_are_fine() =>
        RuleVerifier<EL3006QuestionMarkInWord>.VerifyAsync("Why? Because. Is it?No one knows. See `a?b` and https://x.org/?q=1.\n");
}

public class EL3007PrivateUseCharacterTests
{
    [Fact]
    public Task Flags_private_use() => RuleVerifier<EL3007PrivateUseCharacter>.VerifyAsync("Growth {|EL3007:\uF0E0|} stability and {|EL3007:\U000F0001|}.\n");

    [Fact]
    public Task Ordinary_symbols_are_fine() => RuleVerifier<EL3007PrivateUseCharacter>.VerifyAsync("Growth → stability • € ✓ 😀\n");
}

public class EL3008InvisibleCharacterTests
{
    [Fact]
    public Task Removes_invisible_characters() =>
        RuleVerifier<EL3008InvisibleCharacter>.VerifyFixAsync(
            "Tür{|EL3008:\u200B|}kiye and Ser{|EL3008:\u200D|}bia{|EL3008:\uFEFF|} {|EL3008:\u200E|}now.\n", "Türkiye and Serbia now.\n");

    [Fact]
    public Task Soft_hyphen_joiners_in_other_scripts_and_rtl_marks_in_rtl_drafts_are_fine() =>
        RuleVerifier<EL3008InvisibleCharacter>.VerifyAsync("co\u00ADoperation; क्\u200Dष; the Arabic name \u200Fمحمد\u200E here.\n");
}

public class EL3009LigatureTests
{
    [Fact]
    public Task Splits_ligatures() => RuleVerifier<EL3009Ligature>.VerifyFixAsync("The {|EL3009:ﬁ|}rst {|EL3009:ﬂ|}ows.\n", "The first flows.\n");

    [Fact]
    public Task Croatian_digraph_letters_are_not_ligatures() => RuleVerifier<EL3009Ligature>.VerifyAsync("ǌ ǆ ǉ first flows\n");
}

public class EL3010DecomposedLetterTests
{
    [Fact]
    public Task Composes_nfd_letters() =>
        RuleVerifier<EL3010DecomposedLetter>.VerifyFixAsync("Vu{|EL3010:c\u030C|}i{|EL3010:c\u0301|} and T{|EL3010:u\u0308|}rkiye\n", "Vučić and Türkiye\n");

    [Fact]
    public Task Precomposed_and_uncomposable_are_fine() =>
        RuleVerifier<EL3010DecomposedLetter>.VerifyAsync("Vučić, Türkiye, Đoković, q\u0307 has no precomposed form.\n");
}

public class EL3012MixedScriptWordTests
{
    [Fact]
    public Task Latin_word_with_cyrillic_letter() =>
        RuleVerifier<EL3012MixedScriptWord>.VerifyFixAsync("In {|EL3012:Bеlgrade|} today.\n", "In Belgrade today.\n");

    [Fact]
    public Task Cyrillic_word_with_latin_letter() =>
        RuleVerifier<EL3012MixedScriptWord>.VerifyFixAsync("Град {|EL3012:Beоград|} је велики.\n".Replace("Beоград", "Бeоград", StringComparison.Ordinal), "Град Београд је велики.\n");

    [Fact]
    public Task Serbian_in_both_scripts_is_fine() =>
        RuleVerifier<EL3012MixedScriptWord>.VerifyAsync("Vučić je rekao: „Србија и Турска“. Beograd, Београд, Đurđevdan, Ђурђевдан.\n");
}

public class EL3011PageFurnitureTests
{
    private static RuleTestOptions Plain => RuleVerifier<EL3011PageFurniture>.PlainText();

    [Fact]
    public Task Bibliography_labels_standing_alone_are_not_running_headers() =>
        RuleVerifier<EL3011PageFurniture>.VerifyAsync(
            "The Title\n\nAs [Cop13] shows, style matters.\n\nReferences\n\n[Cop13]\n\nD. Cope, The well-programmed clavier, 2013.\n\n[RM00]\n\nA. Author, Another work, 2000; see [Cop13] and [RM00].\n\n[Cop13]\n\nD. Cope, again, 2013.\n",
            Plain);

    [Fact]
    public Task A_page_number_and_header_splitting_a_sentence_are_removed_and_the_sentence_rejoined() =>
        RuleVerifier<EL3011PageFurniture>.VerifyFixAsync(
            "The Title\n\nThe talks went on for a long time, with many pauses and many changes of venue,\nand in the end\n\n{|EL3011:2\n\nAVİM Commentary • No: 2026 / 14 • February 2026|}\n\nthey produced an agreement.\n",
            "The Title\n\nThe talks went on for a long time, with many pauses and many changes of venue,\nand in the end\nthey produced an agreement.\n",
            Plain);

    [Fact]
    public Task A_repeated_running_header_between_paragraphs_is_reported_but_not_the_masthead_above_the_title() =>
        RuleVerifier<EL3011PageFurniture>.VerifyAsync(
            "Center for Balkan Studies — Commentary\n\nSoft Power on Screen\n\nThe series became one of the most watched programmes in the region.\n\n" +
            "{|EL3011:Center for Balkan Studies — Commentary|}\n\nA decade later the series are a fixture of prime time across the region.\n",
            Plain);

    [Fact]
    public Task A_page_of_pages_number_and_the_header_beside_it_between_paragraphs_are_furniture() =>
        RuleVerifier<EL3011PageFurniture>.VerifyAsync(
            "The Balkan Diaspora\n\nMillions of citizens trace their ancestry to the Balkans.\n\n" +
            "{|EL3011:Page 2 of 6\n\nORSAM Policy Brief | March 2026|}\n\nThey keep family ties there.\n\n" +
            "{|EL3011:3 | Page|}\n\nThe ties matter.\n",
            Plain);

    [Fact]
    public Task Two_of_the_members_is_prose_not_a_page_number() =>
        RuleVerifier<EL3011PageFurniture>.VerifyAsync(
            "The Balkan Diaspora\n\nMillions of citizens trace their ancestry to the Balkans.\n\nTwo of the six\n\nThey keep family ties there.\n",
            Plain);

    [Fact]
    public Task A_cover_line_seen_once_is_the_drafts_own_text() =>
        RuleVerifier<EL3011PageFurniture>.VerifyAsync(
            "The Balkan Diaspora\n\nPolicy Brief | April 2026\n\nMillions of citizens trace their ancestry to the Balkans.\n\nThey keep family ties there.\n",
            Plain);
}
