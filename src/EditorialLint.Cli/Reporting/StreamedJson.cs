using System.Buffers;
using System.Text;
using System.Text.Json;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// One JSON document written in pieces: each <see cref="Drain"/> flushes what has been written so far (always whole
/// tokens, so whole UTF-8 sequences) to the text writer and empties the buffer; <see cref="DrainIfFull"/>, called after
/// each finding, does so once the buffer holds <see cref="ChunkBytes"/>, so memory stays bounded however many findings
/// a file has. The bytes are those one <see cref="Utf8JsonWriter"/> would have written in one go.
/// </summary>
internal sealed class StreamedJson : IDisposable
{
    /// <summary>How much is buffered before <see cref="DrainIfFull"/> writes it out.</summary>
    public const int ChunkBytes = 64 * 1024;

    private readonly MemoryStream _buffer = new();
    private char[] _chars = [];

    public StreamedJson() =>
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public Utf8JsonWriter Json { get; }

    /// <summary>The bytes flushed and not yet drained.</summary>
    public ReadOnlySpan<byte> Written => _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);

    /// <summary>Write out what is buffered when it has reached <see cref="ChunkBytes"/>.</summary>
    public void DrainIfFull(TextWriter w)
    {
        if (Json.BytesPending + _buffer.Length >= ChunkBytes)
        {
            Drain(w);
        }
    }

    public void Drain(TextWriter w)
    {
        Json.Flush();
        if (_buffer.Length == 0)
        {
            return;
        }

        var bytes = _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (_chars.Length < needed)
        {
            ReturnChars();
            _chars = ArrayPool<char>.Shared.Rent(needed);
        }

        var count = Encoding.UTF8.GetChars(bytes, _chars);
        w.Write(_chars, 0, count);
        _buffer.SetLength(0);
    }

    public void Dispose()
    {
        Json.Dispose();
        _buffer.Dispose();
        ReturnChars();
    }

    private void ReturnChars()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = [];
    }
}
