using System.Buffers.Binary;
using System.Text.Json;

namespace EditorialLint.RuleHost.Isolation;

/// <summary>A diagnostic descriptor as it crosses the process boundary.</summary>
public sealed record WireDescriptor(string Id, string Title, string MessageFormat, string Category, int Severity, bool Enabled, string? Description, string? HelpLink, string[] Tags);

/// <summary>One plugin rule the worker loaded: its type name and descriptors.</summary>
public sealed record WireRule(string Name, WireDescriptor[] Descriptors);

/// <summary>
/// The worker's first message: the rules it created and initialised, the rules that could not be created (EL9001 in
/// the host) and those whose Initialize failed (EL9008 in the host).
/// </summary>
public sealed record WireHello(WireRule[] Rules, string[] CreationErrors, string[] InitializeErrors);

/// <summary>
/// Analyse one document with one rule: the document's path, text and encoding, the options that apply and the folder of
/// the .editorconfig that set each (for options that are paths), and the rule's time limit.
/// </summary>
public sealed record WireRequest(string Rule, string Path, string Text, int CodePage, bool ByteOrderMark, string LineEnding, Dictionary<string, string> Options, Dictionary<string, string>? Origins, int TimeoutMs);

/// <summary>A span of the document.</summary>
public sealed record WireSpan(int Start, int Length);

/// <summary>One text change of a fix.</summary>
public sealed record WireChange(int Start, int Length, string NewText);

/// <summary>A fix with its safety (<see cref="Core.Rules.FixSafety"/> as a number).</summary>
public sealed record WireFix(string Title, int Safety, WireChange[] Changes);

/// <summary>A finding with its message already formatted.</summary>
public sealed record WireDiagnostic(string Id, int Severity, string Message, int Start, int Length, WireSpan[] Related, WireFix? Fix);

/// <summary>The worker's answer to a <see cref="WireRequest"/>.</summary>
public sealed record WireResponse(WireDiagnostic[] Diagnostics);

/// <summary>
/// The framing between host and worker: each message is a 4-byte little-endian length and that many bytes of UTF-8
/// JSON. Simple enough to read in full here, and a plugin that writes to the worker's console cannot break it because
/// the worker sends the console to standard error.
/// </summary>
public static class WorkerProtocol
{
    /// <summary>The largest message either side accepts (a 64 MiB draft as JSON stays below it).</summary>
    public const int MaxMessageBytes = 256 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Write one message and flush.</summary>
    public static void Write<T>(Stream stream, T message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, body.Length);
        stream.Write(header);
        stream.Write(body);
        stream.Flush();
    }

    /// <summary>Read one message, or null when the stream ended cleanly before it.</summary>
    public static T? Read<T>(Stream stream)
        where T : class
    {
        var header = new byte[4];
        if (!ReadExactly(stream, header))
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || length > MaxMessageBytes)
        {
            throw new InvalidDataException($"a worker message of {length} bytes is out of range");
        }

        var body = new byte[length];
        if (!ReadExactly(stream, body))
        {
            throw new EndOfStreamException("the worker's message was cut off");
        }

        return JsonSerializer.Deserialize<T>(body, Json) ?? throw new InvalidDataException("an empty worker message");
    }

    private static bool ReadExactly(Stream stream, byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                return read == 0 ? false : throw new EndOfStreamException("the worker's message was cut off");
            }

            read += n;
        }

        return true;
    }
}
