using System.Text;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests;

public class DecoderTests
{
    [Fact]
    public void Utf8_without_bom()
    {
        var r = StrictDecoder.Decode(Encoding.UTF8.GetBytes("Türkiye\r\nnext\r\n"));
        Assert.True(r.Success);
        Assert.Equal("Türkiye\r\nnext\r\n", r.Text!.ToString());
        Assert.False(r.Encoding!.HasByteOrderMark);
        Assert.Equal("\r\n", r.Encoding.LineEnding);
    }

    [Fact]
    public void Utf8_with_bom_is_remembered_and_round_trips()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Erdoğan")).ToArray();
        var r = StrictDecoder.Decode(bytes);
        Assert.Equal("Erdoğan", r.Text!.ToString());
        Assert.True(r.Encoding!.HasByteOrderMark);
        Assert.Equal(bytes, StrictDecoder.Encode("Erdoğan", r.Encoding));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom(bool bigEndian)
    {
        var enc = new UnicodeEncoding(bigEndian, true);
        var bytes = enc.GetPreamble().Concat(enc.GetBytes("Vučić")).ToArray();
        var r = StrictDecoder.Decode(bytes);
        Assert.Equal("Vučić", r.Text!.ToString());
        Assert.Equal(bytes, StrictDecoder.Encode("Vučić", r.Encoding!));
    }

    [Fact]
    public void Invalid_utf8_reports_byte_offset_not_replacement()
    {
        var bytes = Encoding.UTF8.GetBytes("abc").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("def")).ToArray();
        var r = StrictDecoder.Decode(bytes);
        Assert.False(r.Success);
        Assert.False(r.Failure!.IsBinary);
        Assert.Equal(3, r.Failure.ByteOffset);
        Assert.Contains("0xC3", r.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        var r = StrictDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        Assert.False(r.Success);
        Assert.True(r.Failure!.IsBinary);
    }
}
