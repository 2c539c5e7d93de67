using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>Chooses a reader by file extension.</summary>
public static class DocumentParser
{
    public static readonly IReadOnlyList<string> MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd"];
    public static readonly IReadOnlyList<string> PlainTextExtensions = [".txt", ".text"];

    public static bool IsSupported(string path) => KindFor(path) is not null;

    public static DocumentKind? KindFor(string path)
    {
        var ext = Path.GetExtension(path);
        if (MarkdownExtensions.Any(e => e.Equals(ext, StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentKind.Markdown;
        }

        if (PlainTextExtensions.Any(e => e.Equals(ext, StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentKind.PlainText;
        }

        return null;
    }

    /// <summary>
    /// Parse with the reader for <paramref name="kind"/> (else the path's extension). When the Markdown reader gives up
    /// (Markdig throws on nesting past its depth limit), the document is read as plain text and
    /// <see cref="EditorialDocument.ReaderFallback"/> says why, so it is still linted.
    /// </summary>
    public static EditorialDocument Parse(string path, SourceText text, TextEncodingInfo encoding, DocumentKind? kind = null)
    {
        if ((kind ?? KindFor(path) ?? DocumentKind.PlainText) != DocumentKind.Markdown)
        {
            return PlainTextReader.Read(path, text, encoding);
        }

        try
        {
            return MarkdownReader.Read(path, text, encoding);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            var plain = PlainTextReader.Read(path, text, encoding);
            return plain.WithReaderFallback($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Parse a string (tests, stdin).</summary>
    public static EditorialDocument Parse(string path, string text, DocumentKind? kind = null) =>
        Parse(path, SourceText.From(text), TextEncodingInfo.Utf8NoBom, kind);
}
