using System.Text.RegularExpressions;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text.Repair;

namespace EditorialLint.Rules.Tests.Characters;

public class SeedCharacterTests
{
    [Fact]
    public void Raw_seed_has_23_byte_swapped_runs_and_one_page_furniture_block_and_nothing_else()
    {
        var found = SeedHelper.Lint("commentary-2026-14.raw.txt", RuleCategories.Characters);
        Assert.Equal(23, found.Count(d => d.Id == "EL3002"));
        Assert.Single(found, d => d.Id == "EL3011");
        Assert.Equal(24, found.Count);
    }

    [Fact]
    public void Clean_seed_has_no_character_finding() =>
        Assert.Empty(SeedHelper.Lint("commentary-2026-14.clean.md", RuleCategories.Characters));

    [Fact]
    public void Every_repaired_run_matches_the_clean_text()
    {
        var raw = SeedHelper.Read("commentary-2026-14.raw.txt").Content;
        var clean = Normalise(File.ReadAllText(Path.Combine(SeedHelper.Root, "samples", "commentary-2026-14.clean.md")));
        var runs = ByteSwappedText.Find(raw);
        Assert.Equal(23, runs.Count);
        foreach (var run in runs)
        {
            // The run, the word after it: "–Serbia ties", "-level dialogue" (the clean text uses U+002D where the
            // source had U+2011; EL5xxx normalises hyphen characters).
            var after = Regex.Match(raw[run.Span.End..], @"^\s*[\p{L},]+").Value;
            var snippet = Normalise(run.Repaired + after).Replace('\u2011', '-');
            Assert.Contains(snippet, clean, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fixing_the_raw_seed_removes_every_character_finding_and_rejoins_the_split_sentence()
    {
        var fixedText = SeedHelper.Fix("commentary-2026-14.raw.txt", RuleCategories.Characters);
        Assert.DoesNotContain("AVİM Commentary", fixedText, StringComparison.Ordinal);
        Assert.Contains("primary anchor of\nstability and transformation.[4]", fixedText, StringComparison.Ordinal);
        Assert.Empty(ByteSwappedText.Find(fixedText));
        Assert.Contains("Türkiye–Serbia ties have entered", Normalise(fixedText), StringComparison.Ordinal);
        Assert.Contains("relationships that underpin", fixedText, StringComparison.Ordinal);
    }

    private static string Normalise(string s) => Regex.Replace(s, @"\s+", " ");
}

public class BalkanTextTests
{
    [Theory]
    [InlineData("Türkiye’nin Balkan politikası; İstanbul’da Çavuşoğlu, Davutoğlu ve Erdoğan görüştü. Işık, ılık, şüphe, ğ.")]
    [InlineData("Vučić je u Beogradu rekao da Srbija želi mir; Đoković, Šabac, Žabljak, čačkalica, ćevapčići.")]
    [InlineData("Вучић је у Београду рекао да Србија жели мир; Ђоковић, Шабац, Жабљак, Љубљана, Његош.")]
    [InlineData("Predsjedništvo Bosne i Hercegovine u Sarajevu; Izetbegović, Komšić, Džaferović, đački dom.")]
    [InlineData("Hrvatska vlada u Zagrebu: Plenković, Milanović, Šibenik, Đakovo, čađa, ljiljan, njiva.")]
    public void Legitimate_text_triggers_no_character_rule(string text)
    {
        var doc = Core.Parsing.DocumentParser.Parse("x.md", "# Naslov\n\n" + text + "\n");
        var driver = SeedHelper.Driver(RuleCategories.Characters);
        Assert.Empty(driver.Analyze(doc, Core.Configuration.DocumentConfiguration.ForTests(Core.Configuration.RuleOptions.Empty)).Diagnostics);
    }
}
