using System.Diagnostics;

namespace EditorialLint.Spelling.Tests;

/// <summary>The acceptance-only lists, the misspelling table and the name index, each on its own and in a stack.</summary>
public class ListsTests
{
    private static string D(string name) => Path.Combine(TestPaths.Dictionaries, name);

    private static readonly Lazy<SpellCheckerStack> FullLazy = new(() => SpellCheckerStack.Create(
        [D("en_US.dic"), D("house.dic"), D("en_GB.dic"), D("en_wide.words"), D("names.words"), D("software.words"), D("misspellings.tsv")]));

    internal static SpellCheckerStack Full => FullLazy.Value;

    [Fact]
    public void A_word_list_accepts_its_entries_capitalised_in_capitals_and_possessive()
    {
        var list = EditorialLint.Spelling.WordList.Read(new StringReader("# comment\nwhistleblower\nHolbrooke\nNGO\no'clock\n"));
        Assert.Equal(4, list.Count);
        foreach (var w in (string[])["whistleblower", "Whistleblower", "WHISTLEBLOWER", "Holbrooke", "Holbrooke's", "Holbrooke’s", "HOLBROOKE", "NGO", "o'clock", "o’clock"])
        {
            Assert.True(list.Check(w), w);
        }

        foreach (var w in (string[])["holbrooke", "whistleblowers", "wHistleblower", "Holbrookes", "ngo", "'", "whistleblower'"])
        {
            Assert.False(list.Check(w), w);
        }

        Assert.Empty(list.Suggest("whistleblowr"));
    }

    [Fact]
    public void A_word_only_the_wide_lists_accept_is_known_but_not_a_common_word()
    {
        Assert.True(Full.Check("wellknown"));
        Assert.False(Full.IsCommonWord("wellknown"));
        foreach (var w in (string[])["known", "wellspring", "Türkiye", "government's"])
        {
            Assert.True(Full.IsCommonWord(w), w);
        }
    }

    [Fact]
    public void The_misspelling_table_gives_corrections_re_cased()
    {
        var table = MisspellingTable.Read(new StringReader("# c\nrecieve\treceive\nalot\ta lot, allot\n"));
        Assert.Equal(["receive"], table.Corrections("recieve"));
        Assert.Equal(["Receive"], table.Corrections("Recieve"));
        Assert.Equal(["RECEIVE"], table.Corrections("RECIEVE"));
        Assert.Equal(["a lot", "allot"], table.Corrections("alot"));
        Assert.Empty(table.Corrections("receive"));
        Assert.Empty(table.Corrections("reCieve"));
    }

    [Theory]
    [InlineData("whistleblower")] [InlineData("purviews")] [InlineData("suboptimal")] [InlineData("cryptographically")]
    [InlineData("Lausanne")] [InlineData("Holbrooke")] [InlineData("Montreux")] [InlineData("Lavrov")] [InlineData("Nagorno-Karabakh")]
    [InlineData("Incirlik")] [InlineData("Karabakh’s")] [InlineData("backends")] [InlineData("namespaces")] [InlineData("JWTs")]
    [InlineData("Bosnia-Herzegovina")] [InlineData("Europol")] [InlineData("Frontex’s")] [InlineData("Winn")]
    public void The_full_set_accepts_field_vocabulary(string word) => Assert.True(Full.Check(word), word);

    [Theory]
    [InlineData("recieve")] [InlineData("goverment")] [InlineData("wich")] [InlineData("confernce")] [InlineData("tion")]
    [InlineData("Erdogan")] [InlineData("Cavusoglu")] [InlineData("Yilmaz")] [InlineData("Suleyman")] [InlineData("Erdogan's")]
    [InlineData("Türkiyes")] [InlineData("EUs")] [InlineData("Vučićs")] [InlineData("lemkin")] [InlineData("Registeringmigrants")] [InlineData("winn")]
    public void The_full_set_still_rejects_typos_and_names_without_their_house_marks(string word) => Assert.False(Full.Check(word), word);

    [Fact]
    public void Stock_dictionaries_are_unchanged_by_the_lists()
    {
        // the lists widen the stack only: the hunspell members judge as before (the differential test covers them)
        Assert.False(TestPaths.EnUs.Check("whistleblower"));
        Assert.True(Full.Check("whistleblower"));
        Assert.Same(Full.Checkers[0].GetType(), typeof(HunspellDictionary));
    }

    [Fact]
    public void Each_added_list_is_sound_on_its_own()
    {
        // every entry of a list is accepted by the list as written; no list lets a listed common misspelling through
        // the stack; the lists are not empty
        var table = MisspellingTable.Load(D("misspellings.tsv"));
        Assert.True(table.Count > 50_000);
        foreach (var list in Full.WordLists)
        {
            Assert.True(list.Count > 1_000, list.Name);
            var n = 0;
            foreach (var e in list.Entries)
            {
                if (n++ % 97 != 0) continue;
                Assert.True(list.Check(e), $"{list.Name}: {e}");
                // (a capitalised name listed as written stays accepted: "Winn" although "winn" is a misspelling of "win")
                if (!char.IsUpper(e[0]) && table.Corrections(e).Count > 0 && !TestPaths.EnUsHouse.Check(e) && !TestPaths.EnGb.Check(e))
                {
                    Assert.False(Full.Check(e), $"{list.Name} lets the misspelling {e} through");
                }
            }
        }
    }

    [Theory]
    [InlineData("Vucic", "Vučić")] [InlineData("Erdogan", "Erdoğan")] [InlineData("Cavusoglu", "Çavuşoğlu")]
    [InlineData("Yilmaz", "Yılmaz")] [InlineData("Suleyman", "Süleyman")] [InlineData("Huseyin", "Hüseyin")] [InlineData("Erdogn", "Erdoğan")]
    public void House_names_come_first(string word, string expected) => Assert.Equal(expected, Full.SuggestNames(word, 5).FirstOrDefault());

    [Theory]
    [InlineData("recieve", "receive")] [InlineData("goverment", "government")] [InlineData("confernce", "conference")]
    public void Suggestions_start_with_the_certain_fix_or_the_nearest_word(string word, string expected) =>
        Assert.Equal(expected, Full.Suggest(word, 5).FirstOrDefault());

    [Fact]
    public void Suggestions_are_deterministic_across_threads_and_runs()
    {
        string[] words = ["recieve", "goverment", "confernce", "negotations", "diplomatcy", "sovreignty", "Lemkin", "Brusels", "parliment", "electorial", "comission", "reconcilation", "trasnparency", "acountability", "borderss", "Registeringmigrants", "unprecendented", "apprently"];
        string Run(SpellCheckerStack s, int threads)
        {
            var results = new string[words.Length];
            Parallel.For(0, words.Length, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => results[i] = string.Join(",", s.Suggest(words[i], 5)));
            return string.Join("\n", results);
        }

        var one = Run(Full, 1);
        var fresh = SpellCheckerStack.Create([D("en_US.dic"), D("house.dic"), D("en_GB.dic"), D("en_wide.words"), D("names.words"), D("software.words"), D("misspellings.tsv")]);
        var four = Run(fresh, 4);
        Assert.Equal(one, four);
    }

    [Fact]
    public void A_very_long_word_is_judged_and_suggested_in_linear_time()
    {
        var word = new string('a', 12_800) + new string('b', 12_800);
        var sw = Stopwatch.StartNew();
        Assert.False(Full.Check(word));
        Assert.Empty(Full.Suggest(word, 5));
        Assert.Empty(Full.SuggestNames("A" + word, 5));
        Assert.Empty(Full.CommonMisspelling(word));
        Assert.True(sw.ElapsedMilliseconds < 2_000, $"{sw.ElapsedMilliseconds} ms");
        Assert.Equal(3, NameIndex.Distance(word, word[3..], 2));
    }
}

public class SuggestionFilterTests
{
    [Fact]
    public void The_plain_forms_filter_changes_no_suggestion()
    {
        var dict = HunspellDictionary.Load(Path.Combine(TestPaths.Dictionaries, "en_US.aff"), Path.Combine(TestPaths.Dictionaries, "en_US.dic"));
        string[] words = ["recieve", "goverment", "alot", "negotations", "diplomatcy", "sovreignty", "parliment", "Brusels", "electorial", "comission", "reconcilation", "trasnparency", "acountability", "definately", "seperate", "occured", "untill", "thier", "wich", "accomodate", "Registeringmigrants", "xqzt"];
        var before = words.Select(w => string.Join(",", dict.Suggest(w, 5))).ToList();
        for (var i = 0; i < 520; i++) dict.Suggest("warmup" + (char)('a' + i % 26) + (char)('a' + i / 26), 5); // past the point where the filter is built
        var after = words.Select(w => string.Join(",", dict.Suggest(w, 5))).ToList();
        Assert.Equal(before, after);
    }
}
