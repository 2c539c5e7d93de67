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
    internal List<Action<DocumentStartAnalysisContext>> DocumentStartActions { get; } = [];
    internal List<Action<DocumentAnalysisContext>> DocumentEndActions { get; } = [];

    /// <summary>Made by the engine, once per rule instance (a rule receives it in <see cref="EditorialRule.Initialize"/>).</summary>
    internal RuleContext()
    {
    }

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

    /// <summary>
    /// Called once per document before its walk (as Roslyn's <c>RegisterCompilationStartAction</c>): keep per-document
    /// state in locals of the action and register, on the <see cref="DocumentStartAnalysisContext"/>, the actions that
    /// use it for this document only, and a document end action that reports what they gathered.
    /// </summary>
    public void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action) => DocumentStartActions.Add(action);

    internal bool IsEmpty => DocumentActions.Count + HeadingActions.Count + ParagraphActions.Count + FootnoteActions.Count + WordActions.Count + DocumentStartActions.Count == 0;

    /// <summary>
    /// The actions for one document: this context's own, plus those its start actions register for the document
    /// (the start actions run here). Without start actions, this context itself.
    /// </summary>
    internal RuleContext ForDocument(DocumentAnalysisContext context)
    {
        if (DocumentStartActions.Count == 0)
        {
            return this;
        }

        var scoped = new RuleContext();
        scoped.DocumentActions.AddRange(DocumentActions);
        scoped.HeadingActions.AddRange(HeadingActions);
        scoped.ParagraphActions.AddRange(ParagraphActions);
        scoped.FootnoteActions.AddRange(FootnoteActions);
        scoped.WordActions.AddRange(WordActions);
        scoped.DocumentEndActions.AddRange(DocumentEndActions);
        var start = new DocumentStartAnalysisContext(context, scoped);
        foreach (var a in DocumentStartActions)
        {
            a(start);
        }

        return scoped;
    }
}

/// <summary>The context of a heading action (<see cref="RuleContext.RegisterHeadingAction"/>).</summary>
public sealed class HeadingAnalysisContext : AnalysisContext
{
    internal HeadingAnalysisContext(DocumentAnalysisContext parent, Heading heading)
        : base(parent) => Heading = heading;

    /// <summary>The heading being analysed.</summary>
    public Heading Heading { get; }
}

/// <summary>The context of a paragraph action (<see cref="RuleContext.RegisterParagraphAction"/>).</summary>
public sealed class ParagraphAnalysisContext : AnalysisContext
{
    internal ParagraphAnalysisContext(DocumentAnalysisContext parent, Paragraph paragraph)
        : base(parent) => Paragraph = paragraph;

    /// <summary>The paragraph being analysed.</summary>
    public Paragraph Paragraph { get; }

    /// <summary>The paragraph's text (a slice of <see cref="EditorialDocument.Content"/>).</summary>
    public ReadOnlySpan<char> Text => Document.Slice(Paragraph.Span);
}

/// <summary>The context of a footnote action (<see cref="RuleContext.RegisterFootnoteAction"/>): once per draft.</summary>
public sealed class FootnoteAnalysisContext : AnalysisContext
{
    internal FootnoteAnalysisContext(DocumentAnalysisContext parent)
        : base(parent)
    {
    }

    /// <summary>Every footnote reference in the draft, in source order.</summary>
    public IReadOnlyList<FootnoteReference> References => Document.FootnoteReferences;

    /// <summary>Every footnote definition (note) in the draft, in source order.</summary>
    public IReadOnlyList<FootnoteDefinition> Definitions => Document.FootnoteDefinitions;

    /// <summary>The Notes section, or null when the draft has none.</summary>
    public NotesSection? NotesSection => Document.NotesSection;
}

/// <summary>The context of a word action (<see cref="RuleContext.RegisterWordAction"/>): one word at a time.</summary>
public sealed class WordAnalysisContext : AnalysisContext
{
    internal WordAnalysisContext(DocumentAnalysisContext parent)
        : base(parent)
    {
    }

    /// <summary>The word being analysed.</summary>
    public Word Word { get; internal set; }

    /// <summary>Index of the word in <see cref="EditorialDocument.Words"/>.</summary>
    public int Index { get; internal set; }

    /// <summary>Where the word is in <see cref="EditorialDocument.Content"/>.</summary>
    public TextSpan Span => Word.Span;

    /// <summary>The word's text.</summary>
    public ReadOnlySpan<char> Text => Document.Slice(Word.Span);
}

/// <summary>
/// What a document start action receives: the document, and registrations that apply to this document only. The
/// end action runs after every other action of the rule on the document, the word actions included.
/// </summary>
public sealed class DocumentStartAnalysisContext : AnalysisContext
{
    private readonly RuleContext _scope;

    internal DocumentStartAnalysisContext(DocumentAnalysisContext parent, RuleContext scope)
        : base(parent) => _scope = scope;

    /// <summary>Called for each heading of this document, in source order.</summary>
    public void RegisterHeadingAction(Action<HeadingAnalysisContext> action) => _scope.HeadingActions.Add(action);

    /// <summary>Called for each prose paragraph of this document, in source order.</summary>
    public void RegisterParagraphAction(Action<ParagraphAnalysisContext> action) => _scope.ParagraphActions.Add(action);

    /// <summary>Called once with this document's footnote references and definitions.</summary>
    public void RegisterFootnoteAction(Action<FootnoteAnalysisContext> action) => _scope.FootnoteActions.Add(action);

    /// <summary>Called for each word token of this document's prose.</summary>
    public void RegisterWordAction(Action<WordAnalysisContext> action) => _scope.WordActions.Add(action);

    /// <summary>Called once when the walk of this document is over: report what the other actions gathered.</summary>
    public void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action) => _scope.DocumentEndActions.Add(action);
}
