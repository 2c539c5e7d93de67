using System.Text;

namespace EditorialLint.Spelling.Tests;

/// <summary>Small inline .aff/.dic cases, one or more per directive.</summary>
public class DirectiveTests
{
    private static HunspellDictionary D(string aff, string dic) => TestPaths.FromText(aff, dic);

    private static void Ok(HunspellDictionary d, params string[] words)
    {
        foreach (var w in words) Assert.True(d.Check(w), "should accept " + w);
    }

    private static void No(HunspellDictionary d, params string[] words)
    {
        foreach (var w in words) Assert.False(d.Check(w), "should reject " + w);
    }

    [Fact]
    public void SuffixPrefixConditionsAndCrossProduct()
    {
        var d = D("""
            PFX U Y 1
            PFX U 0 un .
            PFX N N 1
            PFX N 0 non .
            SFX S Y 3
            SFX S y ies [^aeiou]y
            SFX S 0 s [aeiou]y
            SFX S 0 s [^y]
            SFX D N 1
            SFX D 0 ed [^e]
            """, "4\nparty/S\nday/SU\nwork/UDN\nbake/D\n");
        Ok(d, "parties", "days", "unday", "undays", "worked", "unwork", "nonwork");
        No(d, "partys", "dayies", "unworked" /* D has no cross product */, "nonworked", "baked", "ies", "unparty");
    }

    [Fact]
    public void TwoLevelSuffixesAndContinuationClasses()
    {
        var d = D("""
            SFX A Y 1
            SFX A 0 able/B .
            SFX B Y 1
            SFX B 0 ness .
            """, "1\nread/A\n");
        Ok(d, "read", "readable", "readableness");
        No(d, "readness");
    }

    [Fact]
    public void FlagLongNumUtf8AndAliases()
    {
        Ok(D("FLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n", "1\nfoo/AaBb\n"), "foo", "foos");
        Ok(D("FLAG num\nSFX 101 Y 1\nSFX 101 0 s .\n", "1\nfoo/7,101\n"), "foos");
        Ok(D("SET UTF-8\nFLAG UTF-8\nSFX ő Y 1\nSFX ő 0 s .\n", "1\nfoo/ő\n"), "foos");
        var af = D("AF 2\nAF S\nAF SP\nSFX S Y 1\nSFX S 0 s .\nPFX P Y 1\nPFX P 0 re .\n", "2\nfoo/1\nbar/2\n");
        Ok(af, "foos", "bars", "rebar", "rebars");
        No(af, "refoo");
    }

    [Fact]
    public void EightBitEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var l2 = Encoding.GetEncoding("iso-8859-2");
        using var aff = new MemoryStream(l2.GetBytes("SET ISO8859-2\nSFX S Y 1\nSFX S 0 ů .\n"));
        using var dic = new MemoryStream(l2.GetBytes("1\nłódź/S\n"));
        var d = HunspellDictionary.Load(aff, dic);
        Ok(d, "łódź", "łódźů", "Łódź", "ŁÓDŹ");
        var cp = Encoding.GetEncoding("windows-1251");
        using var aff2 = new MemoryStream(cp.GetBytes("SET microsoft-cp1251\n"));
        using var dic2 = new MemoryStream(cp.GetBytes("1\nпривет\n"));
        Ok(HunspellDictionary.Load(aff2, dic2), "привет", "Привет");
    }

    [Fact]
    public void DicFileFormat()
    {
        var d = D("SFX S Y 1\nSFX S 0 s .\n", "\uFEFF5\nfoo/S\tpo:noun\nand\\/or\n\nbar/S po:noun is:x\nfoo/S\n");
        Ok(d, "foo", "foos", "and/or", "bar", "bars");
        No(d, "po:noun", "and");
    }

    [Fact]
    public void CasingRules()
    {
        var d = D("KEEPCASE K\n", "4\nhello\nParis\niPhone\nSQL/K\n");
        Ok(d, "hello", "Hello", "HELLO", "Paris", "PARIS", "iPhone", "IPHONE", "SQL");
        No(d, "paris", "hELLO", "Iphone", "iphone", "Sql", "sql");
    }

    [Fact]
    public void ForbiddenNeedAffixOnlyInCompoundCircumfix()
    {
        var d = D("""
            FORBIDDENWORD X
            NEEDAFFIX N
            ONLYINCOMPOUND O
            CIRCUMFIX C
            SFX S Y 1
            SFX S 0 s .
            PFX P Y 1
            PFX P 0 ge/C .
            SFX E Y 1
            SFX E 0 t/C .
            """, "5\nfoo/S\nfoos/X\nroot/NS\nbits/O\nsag/PE\n");
        Ok(d, "foo", "roots", "gesagt");
        // hunspell 1.7.1 also accepts the bare circumfix prefix ("gesag"); only the suffix alone is rejected
        No(d, "foos", "root", "bits", "sagt");
    }

    [Fact]
    public void Compounding()
    {
        var d = D("COMPOUNDFLAG Y\nCOMPOUNDMIN 3\nCHECKCOMPOUNDDUP\nCHECKCOMPOUNDTRIPLE\n", "4\nfoo/Y\nbar/Y\nbaz\nooxx/Y\n");
        Ok(d, "foobar", "barfoo", "foobarfoo");
        No(d, "foobaz", "foofoo", "fooooxx");
        var be = D("COMPOUNDBEGIN B\nCOMPOUNDEND E\nCOMPOUNDMIDDLE M\n", "3\nfoo/B\nbar/E\nmid/M\n");
        Ok(be, "foobar", "foomidbar");
        No(be, "barfoo", "foomid");
        var rule = D("COMPOUNDMIN 1\nONLYINCOMPOUND c\nCOMPOUNDRULE 2\nCOMPOUNDRULE n*1t\nCOMPOUNDRULE n*mp\n",
            "6\n1/n1\n2/nm\n1th/tc\n1st/p\n2th/tc\n2nd/p\n");
        Ok(rule, "1st", "21st", "12th", "112th", "221st");
        No(rule, "1th", "11st", "22th");
    }

    [Fact]
    public void IgnoreBreakIconvWordchars()
    {
        var ig = D("IGNORE -\n", "1\nfoobar\n");
        Ok(ig, "foo-bar", "foobar");
        var br = D("BREAK 1\nBREAK /\n", "2\nfoo\nbar\n");
        Ok(br, "foo/bar");
        No(br, "foo-bar");
        var def = D("", "2\nfoo\nbar\n");
        Ok(def, "foo-bar", "-foo", "foo-", "foo-bar-foo", "foo--bar"); // as hunspell 1.7.1
        No(def, "foo-baz", "baz-foo");
        var ic = D("SET UTF-8\nICONV 1\nICONV ’ '\nSFX M Y 1\nSFX M 0 's .\n", "1\nfoo/M\n");
        Ok(ic, "foo's", "foo’s", "FOO’S");
        No(ic, "foos");
    }

    [Fact]
    public void NumbersAndAbbreviations()
    {
        var d = D("", "2\netc.\nfoo\n");
        Ok(d, "1,000", "3.5", "12-14", "etc.", "foo.", "...", "1.");
        No(d, "1,,000", "etc", ",5");
    }

    [Fact]
    public void TurkishLangCasing()
    {
        var d = D("SET UTF-8\nLANG tr_TR\n", "2\nistanbul\nırmak\n");
        Ok(d, "İstanbul", "İSTANBUL", "Irmak", "IRMAK");
        No(d, "ISTANBUL");
        var en = D("SET UTF-8\n", "1\nistanbul\n");
        Ok(en, "Istanbul", "ISTANBUL");
    }

    [Fact]
    public void SuggestionsUseRepMapKeyTryAndSkipNoSuggest()
    {
        var d = D("""
            SET UTF-8
            TRY abcdefghijklmnopqrstuvwxyz
            REP 1
            REP f ph
            MAP 1
            MAP eé
            NOSUGGEST !
            """, "5\nphone\ncafé\nhello\nshit/!\nkey\n");
        Assert.Contains("phone", d.Suggest("fone"));
        Assert.Contains("café", d.Suggest("cafe"));
        Assert.Contains("hello", d.Suggest("hellp")); // KEY neighbour / TRY
        Assert.Contains("hello", d.Suggest("helo"));
        Assert.Contains("hello", d.Suggest("ehllo"));
        Assert.DoesNotContain("shit", d.Suggest("shiy"));
        Assert.Contains("Hello", d.Suggest("Helo"));
        Assert.True(d.Check("shit"));
    }

    [Fact]
    public void CheckCompoundPatternAndCompoundRepPerPair()
    {
        var d = D("""
            COMPOUNDFLAG A
            COMPOUNDMIN 2
            CHECKCOMPOUNDPATTERN 2
            CHECKCOMPOUNDPATTERN ss s
            CHECKCOMPOUNDPATTERN 0/B /A
            CHECKCOMPOUNDREP
            REP 1
            REP y i
            SFX S Y 1
            SFX S 0 s .
            """, "6\nmoss/A\nsea/A\nstone/AB\nwall/AS\ntea\npot/A\n");
        Ok(d, "mosswall", "seamoss", "seastone", "wallmoss", "potsea");
        No(d, "mosssea" /* ss|s */, "stonewall", "stonesea" /* 0/B then /A */);
        var r = D("COMPOUNDFLAG A\nCOMPOUNDMIN 2\nCHECKCOMPOUNDREP\nREP 1\nREP ai i\n", "4\nte/A\nai/A\ntei\npot/A\n");
        Ok(r, "tepot", "potte", "aipot");
        No(r, "teai" /* te+ai with ai->i is the word tei */, "teaipot" /* the same pair inside a longer compound */);
    }

    [Fact]
    public void UpstreamCasingAndCircumfixBehaviour()
    {
        // a sentence-initial capital on a mixed-case word (gh106); a circumfix prefix needs its suffix
        var d = D("""
            CIRCUMFIX X
            KEEPCASE K
            PFX P Y 1
            PFX P 0 leg/X .
            SFX S Y 2
            SFX S 0 obb .
            SFX S 0 obb/X .
            """, "3\niPod\nnagy/PS\nkHz/K\n");
        Ok(d, "iPod", "IPod", "IPOD", "nagy", "nagyobb", "legnagyobb", "kHz");
        Assert.True(d.Check("IPod")); // upstream gh106: a capital on a mixed-case word
        Assert.False(d.AsHunspell171().Check("IPod")); // hunspell 1.7.1 rejects it
        No(d, "legnagy", "Ipod", "ipod", "KHz");
    }

    [Fact]
    public void DictionaryPhFieldsFeedCompoundRep()
    {
        var d = D("COMPOUNDFLAG Y\nCOMPOUNDMIN 2\nCHECKCOMPOUNDREP\n", "3\nforbidden/Y\nroot/Y\nforbidden root ph:forbiddenroot\n");
        Ok(d, "rootforbidden", "forbidden");
        No(d, "forbiddenroot");
    }

    [Fact]
    public void OnlyInCompoundAffixesAreLinkingMorphemes()
    {
        // measured with hunspell 1.7.1: a suffix flagged ONLYINCOMPOUND may not end a word, alone or as the last part
        // of a compound unless it appends nothing; a prefix flagged so may start a compound
        var z = D("ONLYINCOMPOUND O\nCOMPOUNDBEGIN U\nCOMPOUNDEND W\nCOMPOUNDPERMITFLAG P\nSFX B Y 1\nSFX B o 0/OPW .\n", "2\nfoo/U\npseudo/B\n");
        Ok(z, "foopseud");
        No(z, "pseud");
        var u = D("ONLYINCOMPOUND O\nCOMPOUNDFLAG A\nCOMPOUNDPERMITFLAG P\nSFX B Y 1\nSFX B 0 s/OP .\nPFX C Y 1\nPFX C 0 re/P .\n", "2\nfoo/A\npseudo/ABC\n");
        Ok(u, "foorepseudos");
        No(u, "foopseudos", "repseudos");
        var d = D("ONLYINCOMPOUND O\nCOMPOUNDFLAG A\nCOMPOUNDPERMITFLAG P\nSFX B Y 1\nSFX B 0 s/OP .\nPFX C Y 1\nPFX C 0 re/OP .\n",
            "2\nfoo/A\npseudo/ABC\n");
        Ok(d, "foo", "pseudo", "pseudosfoo", "foopseudosfoo", "repseudofoo", "foorepseudo");
        No(d, "pseudos", "foopseudos", "pseudospseudos", "repseudo");
    }
}
