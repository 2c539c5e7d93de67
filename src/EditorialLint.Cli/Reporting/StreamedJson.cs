using System.Text.Json;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// One JSON document written in pieces: each <see cref="Drain"/> flushes what has been written so far (always whole
/// tokens, so whole UTF-8 sequences) to the text writer and empties the buffer. The bytes are those one
/// <see cref="Utf8JsonWriter"/> would have written in one go.
/// </summary>
internal sealed class StreamedJson : IDisposable
{
    private readonly MemoryStream _buffer = new();

    public StreamedJson() =>
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public Utf8JsonWriter Json { get; }

    public void Drain(TextWriter w)
    {
        Json.Flush();
        if (_buffer.Length > 0)
        {
            w.Write(System.Text.Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
            _buffer.SetLength(0);
        }
    }

    public void Dispose()
    {
        Json.Dispose();
        _buffer.Dispose();
    }
}
