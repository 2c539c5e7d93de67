using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>Chooses a reader by file extension (see <see cref="ReaderRegistry"/>).</summary>
internal static class DocumentParser
{
    /// <summary>The extensions the Markdown reader is registered for.</summary>
    public static IReadOnlyList<string> MarkdownExtensions => MarkdownReader.Instance.Extensions;

    /// <summary>The extensions the plain-text reader is registered for.</summary>
    public static IReadOnlyList<string> PlainTextExtensions => PlainTextReader.Instance.Extensions;

    /// <summary>True when a reader is registered for the extension of <paramref name="path"/>.</summary>
    public static bool IsSupported(string path) => KindFor(path) is not null;

    /// <summary>The kind of document the reader registered for the extension of <paramref name="path"/> produces, or null.</summary>
    public static DocumentKind? KindFor(string path) => ReaderRegistry.ForPath(path)?.Kind;

    /// <summary>
    /// Parse with the reader for <paramref name="kind"/> (else the path's extension, else plain text). When a reader
    /// gives up (Markdig throws on nesting past its depth limit), the document is read as plain text and
    /// <see cref="EditorialDocument.ReaderFallback"/> says why, so it is still linted.
    /// </summary>
    public static EditorialDocument Parse(string path, SourceText text, TextEncodingInfo encoding, DocumentKind? kind = null)
    {
        var reader = (kind is { } k ? ReaderRegistry.ForKind(k) : ReaderRegistry.ForPath(path)) ?? ReaderRegistry.Fallback;
        if (reader == ReaderRegistry.Fallback)
        {
            return reader.Read(path, text, encoding);
        }

        try
        {
            return reader.Read(path, text, encoding);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            var plain = ReaderRegistry.Fallback.Read(path, text, encoding);
            return plain.WithReaderFallback($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Parse a string (tests, stdin).</summary>
    public static EditorialDocument Parse(string path, string text, DocumentKind? kind = null) =>
        Parse(path, SourceText.From(text), TextEncodingInfo.Utf8NoBom, kind);
}
