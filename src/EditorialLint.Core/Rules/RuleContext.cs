using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Rules;

/// <summary>Where a rule registers what it wants to look at.</summary>
public sealed class RuleContext
{
    internal List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];
    internal List<Action<HeadingAnalysisContext>> HeadingActions { get; } = [];
    internal List<Action<ParagraphAnalysisContext>> ParagraphActions { get; } = [];
    internal List<Action<FootnoteAnalysisContext>> FootnoteActions { get; } = [];
    internal List<Action<WordAnalysisContext>> WordActions { get; } = [];

    /// <summary>Called once per document.</summary>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => DocumentActions.Add(action);

    /// <summary>Called for each heading, in source order.</summary>
    public void RegisterHeadingAction(Action<HeadingAnalysisContext> action) => HeadingActions.Add(action);

    /// <summary>Called for each prose paragraph, in source order.</summary>
    public void RegisterParagraphAction(Action<ParagraphAnalysisContext> action) => ParagraphActions.Add(action);

    /// <summary>Called once per document with all footnote references and definitions, in source order.</summary>
    public void RegisterFootnoteAction(Action<FootnoteAnalysisContext> action) => FootnoteActions.Add(action);

    /// <summary>Called for each word token of the prose.</summary>
    public void RegisterWordAction(Action<WordAnalysisContext> action) => WordActions.Add(action);

    internal bool IsEmpty => DocumentActions.Count + HeadingActions.Count + ParagraphActions.Count + FootnoteActions.Count + WordActions.Count == 0;
}

public sealed class HeadingAnalysisContext : AnalysisContext
{
    internal HeadingAnalysisContext(DocumentAnalysisContext parent, Heading heading)
        : base(parent) => Heading = heading;

    public Heading Heading { get; }
}

public sealed class ParagraphAnalysisContext : AnalysisContext
{
    internal ParagraphAnalysisContext(DocumentAnalysisContext parent, Paragraph paragraph)
        : base(parent) => Paragraph = paragraph;

    public Paragraph Paragraph { get; }

    public ReadOnlySpan<char> Text => Document.Slice(Paragraph.Span);
}

public sealed class FootnoteAnalysisContext : AnalysisContext
{
    internal FootnoteAnalysisContext(DocumentAnalysisContext parent)
        : base(parent)
    {
    }

    public IReadOnlyList<FootnoteReference> References => Document.FootnoteReferences;

    public IReadOnlyList<FootnoteDefinition> Definitions => Document.FootnoteDefinitions;

    public NotesSection? NotesSection => Document.NotesSection;
}

public sealed class WordAnalysisContext : AnalysisContext
{
    internal WordAnalysisContext(DocumentAnalysisContext parent)
        : base(parent)
    {
    }

    public Word Word { get; internal set; }

    /// <summary>Index of the word in <see cref="EditorialDocument.Words"/>.</summary>
    public int Index { get; internal set; }

    public TextSpan Span => Word.Span;

    public ReadOnlySpan<char> Text => Document.Slice(Word.Span);
}
