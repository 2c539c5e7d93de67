using System.Globalization;
using System.Text.RegularExpressions;

namespace EditorialLint.Spelling.Tests;

public class EnglishTests
{
    [Theory]
    [InlineData("hello")] [InlineData("Hello")] [InlineData("HELLO")] [InlineData("receive")]
    [InlineData("NASA")] [InlineData("NASA's")] [InlineData("NASA'S")] [InlineData("NASA’s")]
    [InlineData("1,000")] [InlineData("3.5")] [InlineData("21st")] [InlineData("111th")] [InlineData("11th")]
    [InlineData("2nd")] [InlineData("103rd")] [InlineData("etc.")] [InlineData("co-operate")] [InlineData("well-known")]
    [InlineData("iPhone")] [InlineData("IPHONE")] [InlineData("Unions")] [InlineData("unions")] [InlineData("hello.")]
    [InlineData("re-elected")] [InlineData("stabilizing")] [InlineData("defense")] [InlineData("maneuver")]
    public void EnUsAccepts(string word) => Assert.True(TestPaths.EnUs.Check(word), word);

    [Theory]
    [InlineData("recieve")] [InlineData("helo")] [InlineData("1th")] [InlineData("12st")] [InlineData("Iphone")]
    [InlineData("iphone")] [InlineData("hElLo")] [InlineData("1,,000")] [InlineData("foo-bxq")]
    public void EnUsRejects(string word) => Assert.False(TestPaths.EnUs.Check(word), word);

    [Theory]
    [InlineData("Türkiyes")] [InlineData("Vučićs")] [InlineData("EUs")] [InlineData("Bosnias")] [InlineData("Herzegovinas")] [InlineData("Bosnia-Herzegovinas")]
    public void LostApostrophePossessivesAreRejected(string word) => Assert.False(TestPaths.EnUsHouse.Check(word), word);

    [Theory]
    [InlineData("Erdogan")] [InlineData("Imamoglu")] [InlineData("Mostars")] [InlineData("Europeanisation")]
    public void HouseDictionaryKeepsDiacriticsAndRealPlurals(string word) => Assert.False(TestPaths.EnUsHouse.Check(word), word);

    [Theory]
    [InlineData("Türkiye")] [InlineData("Türkiye’s")] [InlineData("Türkiye's")] [InlineData("Vučić’s")] [InlineData("EU’s")]
    [InlineData("Bosnia-Herzegovina")] [InlineData("Bosnia‑Herzegovina’s")] [InlineData("Bosniaks")] [InlineData("AVİM")]
    [InlineData("TÜRKIYE")] [InlineData("Kosovars")] [InlineData("Unions")] [InlineData("TİKA")] [InlineData("TİKA’s")]
    [InlineData("Priština")] [InlineData("Pristina")] [InlineData("İstanbul")] [InlineData("Çavuşoğlu’s")]
    [InlineData("Recep")] [InlineData("Tayyip")] [InlineData("İmamoğlu’s")] [InlineData("Diyanet")] [InlineData("Niš")]
    [InlineData("Šibenik")] [InlineData("Đukanović")] [InlineData("Vetëvendosje")] [InlineData("KFOR’s")] [InlineData("Kosovans")]
    [InlineData("recalibration")] [InlineData("Novi")] [InlineData("Pazar")]
    public void HouseWordsAreAccepted(string word)
    {
        // U+2011 is not a BREAK pattern: the linter normalises it, so test it the same way
        Assert.True(TestPaths.EnUsHouse.Check(word.Replace('\u2011', '-')), word);
    }

    [Fact]
    public void EveryWordOfTheRealDraftIsAccepted()
    {
        string text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "samples", "commentary-2026-14.clean.md"));
        var bad = new List<string>();
        int n = 0;
        foreach (Match m in Regex.Matches(text, @"[\p{L}\p{Nd}](?:[\p{L}\p{M}\p{Nd}’'\-\u2011.,]*[\p{L}\p{M}\p{Nd}])?"))
        {
            n++;
            string tok = m.Value.Replace('\u2011', '-');
            if (!TestPaths.EnUsHouse.Check(tok)) bad.Add(tok);
        }
        Assert.True(n > 500, $"only {n} tokens");
        Assert.True(bad.Count == 0, "rejected: " + string.Join(", ", bad.Distinct()));
    }

    [Fact]
    public void EnGbAcceptsBritishSpellings()
    {
        Assert.True(TestPaths.EnGb.Check("theatres"));
        Assert.True(TestPaths.EnGb.Check("colour"));
        Assert.False(TestPaths.EnUs.Check("colour"));
    }

    [Fact]
    public void TurkishCultureGivesIdenticalResults()
    {
        string[] words = ["hello", "HELLO", "Istanbul", "ISTANBUL", "India", "INDIA", "this", "THIS", "iPhone", "IPHONE",
            "NASA'S", "recieve", "Türkiye", "TÜRKİYE", "İstanbul", "Ivory", "it", "IT", "ii", "Ii", "AVİM", "TİKA’S", "Iİ"];
        var dict = TestPaths.EnUsHouse;
        // a small table makes the n-gram pass of Suggest trivially fast, so the comparison cannot depend on timing
        var small = TestPaths.FromText("SET UTF-8\nTRY esianrtolcdugmphbyfvkwzIİ\nSFX S Y 1\nSFX S 0 s .\n",
            "6\nindia\nIndiana/S\nIstanbul\nİzmir\nimam/S\nilk\n");
        string[] smallWords = ["INDIA", "India", "IMAMS", "Imams", "İZMİR", "IZMIR", "İmam", "ILK", "İLK", "iNDIA"];
        string[] misspelt = ["INDIAA", "Imma", "IMAN", "izmir", "Istambul"];
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        (bool[] en, bool[] sm, string sug) Run() => (
            words.Select(w => dict.Check(w)).ToArray(),
            smallWords.Select(w => small.Check(w)).ToArray(),
            string.Join(" | ", misspelt.Select(m => string.Join(",", small.Suggest(m))).Append(string.Join(",", dict.Suggest("recieve", 2)))));
        (bool[] en, bool[] sm, string sug) invariant, turkish;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = Run();
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            turkish = Run();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
        Assert.Equal(invariant.en, turkish.en);
        Assert.Equal(invariant.sm, turkish.sm);
        Assert.Equal(invariant.sug, turkish.sug);
        Assert.True(invariant.en[Array.IndexOf(words, "THIS")]);
        Assert.True(invariant.en[Array.IndexOf(words, "INDIA")]);
        Assert.True(invariant.en[Array.IndexOf(words, "AVİM")]);
        Assert.True(invariant.sm[Array.IndexOf(smallWords, "IMAMS")]);
        Assert.Contains("INDIA", invariant.sug, StringComparison.Ordinal);
    }

    [Fact]
    public void ParallelChecksAgreeWithSequential()
    {
        var dict = TestPaths.EnUsHouse;
        var words = File.ReadAllLines(Path.Combine(TestPaths.Dictionaries, "en_US.dic")).Skip(1)
            .Select(l => l.Split('/')[0]).Take(20000)
            .SelectMany(w => new[] { w, w + "s", w.ToUpperInvariant(), w + "x" }).ToArray();
        var expected = words.Select(w => dict.Check(w)).ToArray();
        var actual = new bool[words.Length];
        Parallel.For(0, words.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = dict.Check(words[i]));
        Assert.Equal(expected, actual);
        var sugs = new IReadOnlyList<string>[8];
        Parallel.For(0, 8, i => sugs[i] = dict.Suggest("recieve"));
        Assert.All(sugs, s => Assert.Equal("receive", s[0]));
    }

    [Theory]
    [InlineData("recieve", "receive")]
    [InlineData("teh", "the")]
    [InlineData("Recieve", "Receive")]
    [InlineData("goverment", "government")]
    [InlineData("alot", "a lot")]
    [InlineData("Türkiyes", "Türkiye's")]
    public void SuggestionsContainTheFix(string wrong, string right)
    {
        var s = TestPaths.EnUsHouse.Suggest(wrong, 5);
        Assert.Contains(right, s);
    }

    [Fact]
    public void ResolverAndStack()
    {
        Assert.True(DictionaryResolver.TryResolve("en_US", [Path.Combine(TestPaths.RepoRoot, "nope"), TestPaths.Dictionaries], out var aff, out var dic));
        Assert.EndsWith("en_US.aff", aff, StringComparison.Ordinal);
        Assert.EndsWith("en_US.dic", dic, StringComparison.Ordinal);
        Assert.False(DictionaryResolver.TryResolve("xx_XX", [TestPaths.Dictionaries], out _, out _));
        var stack = SpellCheckerStack.Create([dic, Path.Combine(TestPaths.Dictionaries, "house.dic"), Path.Combine(TestPaths.Dictionaries, "en_GB.dic")]);
        Assert.Equal(2, stack.Checkers.Count);
        Assert.True(stack.Check("Erdoğan’s"));
        Assert.True(stack.Check("Bosnia-Herzegovina"));
        Assert.True(stack.Check("colour"));
        Assert.False(stack.Check("Türkiyes"));
        Assert.Contains("receive", stack.Suggest("recieve"));
    }

    [Fact]
    public void EntryAsWrittenIgnoresCaseFolding()
    {
        var dict = TestPaths.EnUsHouse;
        Assert.True(dict.HasEntryAsWritten("Windows"));   // its own entry beside window/S
        Assert.True(dict.HasEntryAsWritten("Paris"));
        Assert.True(dict.HasEntryAsWritten("Türkiye’s") || dict.HasEntryAsWritten("Türkiye's"));
        Assert.True(dict.HasEntryAsWritten("window"));
        Assert.False(dict.HasEntryAsWritten("Window"));   // accepted by Check only as a capitalised "window"
        Assert.True(dict.Check("Window"));
        Assert.False(dict.HasEntryAsWritten("paris"));
    }

    [Fact]
    public void LoadingAMissingDicReportsTheFile()
    {
        var missing = Path.Combine(TestPaths.Dictionaries, "no-such-dictionary.dic");
        var e = Assert.Throws<FileNotFoundException>(() => HunspellDictionary.Load(Path.Combine(TestPaths.Dictionaries, "en_US.aff"), missing));
        Assert.Contains("no-such-dictionary.dic", e.Message, StringComparison.Ordinal);
    }
}
