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

    public static EditorialDocument Parse(string path, SourceText text, TextEncodingInfo encoding, DocumentKind? kind = null) =>
        (kind ?? KindFor(path) ?? DocumentKind.PlainText) switch
        {
            DocumentKind.Markdown => MarkdownReader.Read(path, text, encoding),
            _ => PlainTextReader.Read(path, text, encoding),
        };

    /// <summary>Parse a string (tests, stdin).</summary>
    public static EditorialDocument Parse(string path, string text, DocumentKind? kind = null) =>
        Parse(path, SourceText.From(text), TextEncodingInfo.Utf8NoBom, kind);
}
