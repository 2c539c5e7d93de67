using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// The readers by file extension. The built-in Markdown and plain-text readers are registered at start; a new reader
/// (Word, PDF, stdin) calls <see cref="Register"/> with its own extensions and touches nothing else.
/// </summary>
public static class ReaderRegistry
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

    /// <summary>Add (or replace) the reader for its extensions and its kind.</summary>
    public static void Register(IDocumentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        lock (Gate)
        {
            foreach (var ext in reader.Extensions)
            {
                ByExtension[ext] = reader;
            }

            ByKind[reader.Kind] = reader;
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

    /// <summary>The reader that produces documents of <paramref name="kind"/>, or null.</summary>
    public static IDocumentReader? ForKind(DocumentKind kind)
    {
        lock (Gate)
        {
            return ByKind.GetValueOrDefault(kind);
        }
    }
}
