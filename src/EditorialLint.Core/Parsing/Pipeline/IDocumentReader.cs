using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// A reader for one source format. Register it in <see cref="ReaderRegistry"/> with the file extensions it reads;
/// <see cref="DocumentParser"/> picks it by extension.
/// </summary>
internal interface IDocumentReader
{
    /// <summary>The kind of document this reader produces.</summary>
    DocumentKind Kind { get; }

    /// <summary>The file extensions (with the dot, any case) this reader is chosen for.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Read a whole document. May throw when the source defeats the reader; the parser then falls back.</summary>
    EditorialDocument Read(string path, SourceText text, TextEncodingInfo encoding);
}
