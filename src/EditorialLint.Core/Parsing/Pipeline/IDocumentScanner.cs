namespace EditorialLint.Core.Parsing;

/// <summary>
/// One step of a reader's pipeline: finds one kind of thing (headings, footnote calls, URLs, page furniture…) and
/// writes it into the <see cref="DocumentBuilder"/>. A reader is an ordered list of these.
/// </summary>
internal interface IDocumentScanner
{
    void Scan(DocumentBuilder builder);
}
