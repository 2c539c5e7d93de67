namespace EditorialLint.Core.Parsing;

/// <summary>The pipeline step for <see cref="NonProseScanner"/>: templates, math, domains, file names, abbreviations, citations.</summary>
internal sealed class NonProseStep : IDocumentScanner
{
    public void Scan(DocumentBuilder builder) => NonProseScanner.Scan(builder.Text, builder.SkippedSet().Contains, builder.Skipped);
}
