using EditorialLint.RuleHost.Isolation;

namespace EditorialLint.RuleHost.Tests;

/// <summary>The framing between the host and a plugin worker: whole messages, a clean end, and cut or oversized frames.</summary>
public sealed class WorkerProtocolTests
{
    [Fact]
    public void Messages_round_trip_in_order_and_the_end_of_the_stream_is_null()
    {
        using var stream = new MemoryStream();
        var fix = new WireFix("Replace", 1, [new WireChange(2, 3, "Türkiye")]);
        var first = new WireResponse([new WireDiagnostic("EL6001", 1, "Headings use 'Türkiye', not 'Turkey'\u2028!", 2, 6, [new WireSpan(0, 1)], fix)]);
        WorkerProtocol.Write(stream, first);
        WorkerProtocol.Write(stream, new WireResponse([]));
        stream.Position = 0;

        var read = WorkerProtocol.Read<WireResponse>(stream)!;
        var d = Assert.Single(read.Diagnostics);
        Assert.Equal(first.Diagnostics[0] with { Related = d.Related, Fix = d.Fix }, d);
        Assert.Equal(new WireSpan(0, 1), Assert.Single(d.Related));
        Assert.Equal(new WireChange(2, 3, "Türkiye"), Assert.Single(d.Fix!.Changes));
        Assert.Empty(WorkerProtocol.Read<WireResponse>(stream)!.Diagnostics);
        Assert.Null(WorkerProtocol.Read<WireResponse>(stream));
    }

    [Fact]
    public void A_cut_message_and_an_impossible_length_are_errors_not_hangs()
    {
        using var whole = new MemoryStream();
        WorkerProtocol.Write(whole, new WireResponse([]));
        var bytes = whole.ToArray();

        Assert.Throws<EndOfStreamException>(() => WorkerProtocol.Read<WireResponse>(new MemoryStream(bytes[..^1])));
        Assert.Throws<EndOfStreamException>(() => WorkerProtocol.Read<WireResponse>(new MemoryStream(bytes[..2])));
        Assert.Throws<InvalidDataException>(() => WorkerProtocol.Read<WireResponse>(new MemoryStream([0xFF, 0xFF, 0xFF, 0x7F])));
        Assert.Throws<InvalidDataException>(() => WorkerProtocol.Read<WireResponse>(new MemoryStream([0x00, 0x00, 0x00, 0x80])));
    }
}
