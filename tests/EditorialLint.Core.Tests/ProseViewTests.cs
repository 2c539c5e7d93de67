using EditorialLint.Core.Parsing;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Tests;

/// <summary>The prose view: what is not prose, what is verbatim, where sentences start.</summary>
public class ProseViewTests
{
    private static EditorialDocument Md(string text) => DocumentParser.Parse("x.md", text, DocumentKind.Markdown);

    private static EditorialDocument Txt(string text) => DocumentParser.Parse("x.txt", text, DocumentKind.PlainText);

    private static string[] WordsOf(EditorialDocument doc) => [.. doc.Words.Select(w => doc.GetText(w.Span))];

    private static SkippedKind? KindAt(EditorialDocument doc, string text)
    {
        var at = doc.Content.IndexOf(text, StringComparison.Ordinal);
        return doc.SkippedSpans.Where(s => s.Span.Contains(at)).Select(s => (SkippedKind?)s.Kind).FirstOrDefault();
    }

    [Theory]
    [InlineData("Publish on crates.io today.", "crates.io", SkippedKind.Domain)]
    [InlineData("See europa.eu/policies for more.", "europa.eu/policies", SkippedKind.Domain)]
    [InlineData("Edit Cargo.toml first.", "Cargo.toml", SkippedKind.FileName)]
    [InlineData("The {% tooltip %}word{% endtooltip %} here.", "endtooltip", SkippedKind.Template)]
    [InlineData("Set {{ page.title }} here.", "page.title", SkippedKind.Template)]
    [InlineData("Let $x^2$ be small.", "x^2", SkippedKind.Math)]
    [InlineData("As Kaya et al. show, it holds.", "et al.", SkippedKind.Abbreviation)]
    [InlineData("It holds (Kaya and Demir 2019; Öztürk 2020a) in Ankara.", "Kaya and", SkippedKind.Citation)]
    [InlineData("As [Cop13] shows, it holds.", "Cop13", SkippedKind.Citation)]
    public void Machine_text_and_apparatus_are_not_prose(string sentence, string part, SkippedKind kind)
    {
        var doc = Md("# T\n\n" + sentence + "\n");
        Assert.Equal(kind, KindAt(doc, part));
        Assert.DoesNotContain(WordsOf(doc), w => part.Contains(w, StringComparison.Ordinal) && w.Length > 2 && !sentence.StartsWith(w, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("It costs $5 and $6 today.")]
    [InlineData("The U.S. and e.g. the EU agree.")]
    [InlineData("The end.It was late.")]
    [InlineData("The talks (in 2019 and after) went on.")]
    [InlineData("A free-text {% tooltip Terrorism refers to criminal offences here %}note{% endtooltip %} stays prose.")]
    public void Prose_that_looks_like_machine_text_stays_prose(string sentence)
    {
        var doc = Md("# T\n\n" + sentence + "\n");
        Assert.DoesNotContain(doc.SkippedSpans, s => s.Kind is SkippedKind.Domain or SkippedKind.FileName or SkippedKind.Math or SkippedKind.Citation);
        if (sentence.Contains("offences", StringComparison.Ordinal))
        {
            Assert.Contains("offences", WordsOf(doc));
            Assert.DoesNotContain("tooltip", WordsOf(doc));
        }
    }

    [Fact]
    public void A_url_wrapped_across_lines_is_one_url()
    {
        var doc = Txt("Title\n\n[Online]. Available: http://ieeexplore.ieee.org/xpls/\nabs_all.jsp?arnumber=5206707\nG. Azzopardi and N. Petkov wrote it.\n");
        var url = doc.SkippedSpans.Single(s => s.Kind == SkippedKind.Url);
        Assert.EndsWith("arnumber=5206707", doc.GetText(url.Span), StringComparison.Ordinal);
        Assert.DoesNotContain("arnumber", WordsOf(doc));
    }

    [Fact]
    public void Code_printed_in_plain_text_is_code()
    {
        var doc = Txt("Title\n\nThe listing follows.\n\n#define SWAP(nr)\nif (__type & DO_READ)\npC>[1]);\n{\n\nMore text here.\n");
        Assert.Contains(doc.SkippedSpans, s => s.Kind == SkippedKind.Code && doc.GetText(s.Span).Contains("pC>[1]", StringComparison.Ordinal));
        Assert.Empty(doc.FootnoteReferences);
    }

    [Theory]
    [InlineData("He said “Turkey will act” and left.", "Turkey")]
    [InlineData("He said \"Turkey will act\" and left.", "Turkey")]
    [InlineData("The record reads ''Turkey will act'' today.", "Turkey")]
    [InlineData("He called it ‘the Turkey question’ then.", "Turkey")]
    [InlineData("The EU-Turkey Statement of 2016 held.", "Turkey")]
    [InlineData("The Ministry of Foreign Affairs said so.", "Foreign")]
    [InlineData("She read *Insight Turkey* daily.", "Turkey")]
    [InlineData("See [the Turkey page](https://example.org/t) now.", "Turkey")]
    public void Other_peoples_wording_is_verbatim(string sentence, string word)
    {
        var doc = Md("# T\n\n" + sentence + "\n");
        Assert.True(doc.Prose.IsVerbatim(doc.Content.IndexOf(word, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Turkey and Greece met in Ankara.", "Turkey")]
    [InlineData("Türkiye’s role grew while Turkey watched.", "Turkey")]
    [InlineData("He said it was Turkey’s turn.", "Turkey")]
    [InlineData("TURKEY AND SERBIA agreed.", "TURKEY")]
    public void The_authors_own_prose_is_not_verbatim(string sentence, string word)
    {
        var doc = Md("# T\n\n" + sentence + "\n");
        Assert.False(doc.Prose.IsVerbatim(doc.Content.IndexOf(word, StringComparison.Ordinal)));
    }

    [Fact]
    public void Sentences_start_after_full_stops_but_not_after_initials_or_abbreviations()
    {
        var doc = Md("# T\n\nTürkiye met Serbia. Ankara agreed with Mr. Vučić and J. Smith. “Belgrade,” he said: Pristina waits.\n");
        bool Starts(string w) => doc.Prose.IsSentenceStart(doc.Content.IndexOf(w, StringComparison.Ordinal));
        Assert.True(Starts("Türkiye"));
        Assert.True(Starts("Ankara"));
        Assert.True(Starts("Belgrade"));
        Assert.True(Starts("Pristina"));
        Assert.False(Starts("Serbia"));
        Assert.False(Starts("Vučić"));
        Assert.False(Starts("Smith"));
        Assert.Equal(4, doc.Prose.Sentences.Length); // a colon before a capital opens a clause judged like a sentence
    }

    [Theory]
    [InlineData("Mr. WILSON of South Carolina. Madam Speaker, I rise to honor Turkey.\n\nIt is an ally.\n", true)]
    [InlineData("MR. KIRBY: Good afternoon.\n\nQ Thanks. What about Turkey?\n\nMR. KIRBY: We talk to them.\n", true)]
    [InlineData("---\ntags: speeches-remarks\ntitle: Remarks\n---\n\nToday I speak of Turkey and its people.\n", true)]
    [InlineData("---\ntags: statements-releases\n---\n\nToday we speak of Turkey and its people.\n", false)]
    [InlineData("The talks went well.\n\nNOTE: a single label is not a transcript.\n", false)]
    public void A_record_of_speech_is_verbatim_as_a_whole(string text, bool record)
    {
        var doc = Md(text);
        Assert.Equal(record, doc.Prose.IsRecordOfSpeech);
        Assert.Equal(record, doc.Prose.IsVerbatim(doc.Content.Length - 3));
    }
}
