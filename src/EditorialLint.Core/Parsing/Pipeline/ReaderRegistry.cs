using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// The readers by file extension. The built-in Markdown and plain-text readers are registered at start; a new reader
/// (Word, PDF, stdin) calls <see cref="Register"/> with its own extensions and touches nothing else.
/// </summary>
internal static class ReaderRegistry
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, IDocumentReader> ByExtension = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<DocumentKind, IDocumentReader> ByKind = [];

    static ReaderRegistry()
    {
        Register(PlainTextReader.Instance);
        Register(MarkdownReader.Instance);
    }

    /// <summary>The reader that takes any text: unknown extensions, and documents another reader gave up on.</summary>
    public static IDocumentReader Fallback => PlainTextReader.Instance;

    /// <summary>
    /// Add the reader for its extensions (replacing the one registered for an extension before). For its kind it
    /// answers only when no reader of that kind was registered before it: a Word reader producing plain-text documents
    /// does not take over <c>--kind</c> plain text.
    /// </summary>
    public static void Register(IDocumentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        lock (Gate)
        {
            foreach (var ext in reader.Extensions)
            {
                ByExtension[ext] = reader;
            }

            ByKind.TryAdd(reader.Kind, reader);
        }
    }

    /// <summary>The reader registered for the extension of <paramref name="path"/>, or null.</summary>
    public static IDocumentReader? ForPath(string path)
    {
        var ext = System.IO.Path.GetExtension(path);
        lock (Gate)
        {
            return ext.Length > 0 && ByExtension.TryGetValue(ext, out var reader) ? reader : null;
        }
    }

    /// <summary>The first reader registered for <paramref name="kind"/>, or null.</summary>
    public static IDocumentReader? ForKind(DocumentKind kind)
    {
        lock (Gate)
        {
            return ByKind.GetValueOrDefault(kind);
        }
    }
}
