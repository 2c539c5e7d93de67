using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>A reader made of an ordered list of scanners; the first gives the source's structure.</summary>
internal sealed class PipelineReader(DocumentKind kind, IReadOnlyList<string> extensions, IReadOnlyList<IDocumentScanner> scanners) : IDocumentReader
{
    public DocumentKind Kind { get; } = kind;

    public IReadOnlyList<string> Extensions { get; } = extensions;

    public IReadOnlyList<IDocumentScanner> Scanners { get; } = scanners;

    public EditorialDocument Read(string path, SourceText text, TextEncodingInfo encoding)
    {
        var builder = new DocumentBuilder(path, text, Kind, encoding);
        foreach (var scanner in Scanners)
        {
            scanner.Scan(builder);
        }

        return builder.Build();
    }
}
