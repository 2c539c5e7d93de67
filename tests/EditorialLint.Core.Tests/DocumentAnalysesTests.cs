using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Parsing;
using EditorialLint.Core.Text.Repair;

namespace EditorialLint.Core.Tests;

public class DocumentAnalysesTests
{
    private const string Damaged = "# Title\n\nTÃ¼rkiye and ErdoÄŸan met \u0092 in Ankara.\n\nA lost char: Erdo\uFFFD\uFFFDan, ok.\n\nCafÃ© au lait \u0093quoted\u0094.\n";

    [Fact]
    public void One_analyses_object_per_document_computed_lazily_and_once()
    {
        var doc = DocumentParser.Parse("x.md", Damaged);
        var analyses = DocumentAnalyses.Of(doc);
        Assert.Same(analyses, DocumentAnalyses.Of(doc));
        Assert.NotSame(analyses, DocumentAnalyses.Of(DocumentParser.Parse("x.md", Damaged)));
        Assert.False(analyses.IsCharacterDamageComputed);

        var damage = analyses.CharacterDamage;
        Assert.True(analyses.IsCharacterDamageComputed);
        Assert.Same(damage, analyses.CharacterDamage);
        Assert.Same(damage.Mojibake, analyses.CharacterDamage.Mojibake); // the scan ran once
    }

    [Fact]
    public void Rules_asking_at_the_same_time_share_one_computation()
    {
        var doc = DocumentParser.Parse("x.md", string.Concat(Enumerable.Repeat(Damaged, 200)));
        var seen = new System.Collections.Concurrent.ConcurrentBag<object>();
        Parallel.For(0, 16, _ => seen.Add(DocumentAnalyses.Of(doc).CharacterDamage.Mojibake));
        Assert.Single(seen.Distinct(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public void Character_damage_is_what_the_scanners_find()
    {
        var doc = DocumentParser.Parse("x.md", Damaged);
        var damage = DocumentAnalyses.Of(doc).CharacterDamage;
        var all = Utf8Mojibake.FindWithControls(doc.Content);

        Assert.Equal(Utf8Mojibake.Find(doc.Content), damage.Mojibake);
        Assert.Equal(all.Where(r => r.Kind == MojibakeKind.C1Control), damage.C1Controls);
        Assert.Contains(damage.Mojibake, r => doc.GetText(r.Span) == "Ã¼" && r.Repaired == "ü");
        Assert.All(damage.Mojibake, r => Assert.Equal(MojibakeKind.Utf8, r.Kind));

        var apostrophe = doc.Content.IndexOf('\u0092', StringComparison.Ordinal);
        Assert.True(damage.TryGetC1Control(apostrophe, out var found));
        Assert.Equal("\u2019", found.Repaired);
        Assert.Equal(MojibakeKind.C1Control, found.Kind);
        Assert.False(damage.TryGetC1Control(apostrophe + 1, out _));

        var lost = Assert.Single(damage.ReplacementCharacters());
        Assert.Equal("\uFFFD\uFFFD", doc.GetText(lost));
        Assert.True(damage.HasReplacementCharacters);
        Assert.Empty(damage.ByteSwapped);
    }

    [Fact]
    public void Position_queries_agree_with_a_search_of_every_run()
    {
        var doc = DocumentParser.Parse("x.md", Damaged + "ÃœberÃ¼ber Ã¼ x Ã¼\n");
        var damage = DocumentAnalyses.Of(doc).CharacterDamage;
        var runs = damage.Mojibake;
        Assert.True(runs.Count >= 4);
        for (var start = 0; start <= doc.Content.Length; start++)
        {
            Assert.Equal(runs.Any(r => r.Span.Contains(start)), damage.IsInsideMojibake(start));
            for (var length = 1; start + length <= doc.Content.Length && length <= 12; length++)
            {
                var span = new TextSpan(start, length);
                var expected = runs.Any(g => g.Span.OverlapsWith(span) || g.Span.End == span.Start || span.End == g.Span.Start);
                Assert.Equal(expected, damage.TouchesMojibake(span));
            }
        }
    }

    [Fact]
    public void Clean_text_has_no_damage()
    {
        var damage = DocumentAnalyses.Of(DocumentParser.Parse("x.md", "# Title\n\nTürkiye and Erdoğan, Vučić.\n")).CharacterDamage;
        Assert.Empty(damage.Mojibake);
        Assert.Empty(damage.C1Controls);
        Assert.Empty(damage.ReplacementCharacters());
        Assert.False(damage.HasReplacementCharacters);
        Assert.False(damage.TouchesMojibake(new TextSpan(0, 5)));
    }

    [Fact]
    public void Footnote_sequence_lists_first_uses_in_order()
    {
        var doc = DocumentParser.Parse("x.md", "A.[^2] B.[^1] C.[^2] D.[^4]\n\n[^1]: One.\n[^2]: Two.\n[^4]: Four.\n");
        var sequence = DocumentAnalyses.Of(doc).Footnotes;
        Assert.Equal([2, 1, 4], sequence.Numbers);
        Assert.Equal(sequence.Numbers, sequence.FirstUses.Select(r => r.Number!.Value));
        Assert.Equal(doc.FootnoteReferences[0], sequence.FirstUses[0]);
        Assert.True(sequence.Cited.SetEquals([1, 2, 4]));
    }

    [Fact]
    public void Vocabulary_holds_each_word_once_as_written()
    {
        var doc = DocumentParser.Parse("x.md", "Erdoğan met Erdoğan and erdoğan.\n");
        var vocabulary = DocumentAnalyses.Of(doc).Vocabulary;
        Assert.Contains("Erdoğan", vocabulary);
        Assert.Contains("erdoğan", vocabulary);
        Assert.Equal(doc.Words.Select(w => doc.GetText(w.Span)).Distinct(StringComparer.Ordinal).Count(), vocabulary.Count);
    }
}
