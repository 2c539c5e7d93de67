using EditorialLint.Core.Text.Repair;

namespace EditorialLint.Core.Tests;

public class MojibakeTests
{
    [Theory]
    [InlineData("Şişli’de ağır bir kış; Ağrı, Iğdır, Çeşme, ÜÇ, ÖĞRETMEN, Kılıçdaroğlu.")]
    [InlineData("Вучић је у Београду; Ђоковић, Љубљана, Његош, ђак, џеп, ћуприја, љубав, њива.")]
    [InlineData("Vučić, Đoković, Šibenik, Žepče, čačkalica, Izetbegović, Džaferović.")]
    [InlineData("Plain ASCII prose with “quotes” — and an en dash – here.")]
    public void Legitimate_text_does_not_pass_the_pre_filter(string text)
    {
        Assert.Equal(0, Utf8Mojibake.CandidateCodePages(text));
        Assert.Empty(Utf8Mojibake.Find(text));
    }

    [Theory]
    [InlineData("TÃ¼rkiyeâ€™s", "Türkiye’s")]
    [InlineData("Р‘РµРѕРіСЂР°Рґ", "Београд")]
    [InlineData("VuÄŤiÄ‡", "Vučić")]
    [InlineData("Cr√®me br√ªl√©e", "Crème brûlée")]
    [InlineData("na├»ve caf├⌐", "naïve café")]
    [InlineData("itÃ¢â‚¬â„¢s", "it’s")]
    [InlineData("\u00ED\u00A0\u00BD\u00ED\u00B8\u20AC!", "\U0001F600!")]
    public void Repairs_are_exact_and_pass_the_pre_filter(string garbled, string expected)
    {
        Assert.NotEqual(0, Utf8Mojibake.CandidateCodePages(garbled));
        Assert.Equal(expected, Utf8Mojibake.Repair(garbled));
    }
}
