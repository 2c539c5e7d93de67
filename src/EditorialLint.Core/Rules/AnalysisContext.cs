using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Rules;

/// <summary>What every action receives: the document, options, the spell checker, and a way to report.</summary>
public abstract class AnalysisContext
{
    private readonly Action<EditorialDiagnostic> _report;

    private protected AnalysisContext(EditorialDocument document, RuleOptions options, ISpellChecker? spellChecker, Action<EditorialDiagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        Options = options;
        SpellChecker = spellChecker;
        _report = report;
        CancellationToken = cancellationToken;
    }

    private protected AnalysisContext(AnalysisContext parent)
        : this(parent.Document, parent.Options, parent.SpellChecker, parent._report, parent.CancellationToken)
    {
    }

    /// <summary>The draft being analysed: its text, structure and skipped (non-prose) spans.</summary>
    public EditorialDocument Document { get; }

    /// <summary><c>editorial_lint.*</c> options that apply to this document (from .editorconfig).</summary>
    public RuleOptions Options { get; }

    /// <summary>The configured dictionaries, or null when spelling is not configured or not available.</summary>
    public ISpellChecker? SpellChecker { get; }

    /// <summary>Cancelled when the run stops (a time limit, Ctrl+C); long loops may check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The document's shared analyses (character damage, footnote sequence, vocabulary), each computed once for all rules.</summary>
    public DocumentAnalyses Analyses => DocumentAnalyses.Of(Document);

    /// <summary>A location for <paramref name="span"/> in this document.</summary>
    public Location CreateLocation(TextSpan span) =>
        Location.Create(Document.Path, span, Document.GetLineSpan(span));

    /// <summary>Report a finding at <paramref name="span"/>, optionally with a fix.</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix? fix = null, params object?[] messageArgs) =>
        Report(descriptor, span, [], fix, messageArgs);

    /// <summary>Report a finding with related places (e.g. the other spelling of a name).</summary>
    public void Report(DiagnosticDescriptor descriptor, TextSpan span, IEnumerable<TextSpan> relatedSpans, CodeFix? fix, params object?[] messageArgs)
    {
        var diagnostic = Diagnostic.Create(
            descriptor,
            CreateLocation(span),
            relatedSpans.Select(CreateLocation),
            properties: null,
            messageArgs);
        _report(new EditorialDiagnostic(diagnostic, FixGuard.Allow(Document, fix)));
    }

    /// <summary>Report an already built diagnostic.</summary>
    public void Report(Diagnostic diagnostic, CodeFix? fix = null) => _report(new EditorialDiagnostic(diagnostic, FixGuard.Allow(Document, fix)));

    /// <summary>1-based line number of a position, for messages such as "also written 'X' on line 12".</summary>
    public int LineNumber(int position) => Document.Text.Lines.GetLineFromPosition(position).LineNumber + 1;
}

/// <summary>The context of a document action (<see cref="RuleContext.RegisterDocumentAction"/>): once per draft.</summary>
public sealed class DocumentAnalysisContext : AnalysisContext
{
    internal DocumentAnalysisContext(EditorialDocument document, RuleOptions options, ISpellChecker? spellChecker, Action<EditorialDiagnostic> report, CancellationToken cancellationToken)
        : base(document, options, spellChecker, report, cancellationToken)
    {
    }
}

/// <summary>Whether a fix may be applied without a person reading it (as Ruff and RuboCop tell safe from unsafe fixes).</summary>
public enum FixSafety
{
    /// <summary>
    /// Changes wording (a word, a name, a spelling, punctuation that carries meaning): applied only with
    /// <c>--unsafe-fixes</c>, never inside quotations, cited titles or link text. The default for a fix that declares nothing.
    /// </summary>
    NeedsReview,

    /// <summary>
    /// Mechanical and meaning-preserving: restores the characters the author wrote (encoding repair, control and
    /// invisible characters, page furniture) or source layout and numbering. Applied by <c>--fix</c>.
    /// </summary>
    Safe,
}

/// <summary>A deterministic repair: non-overlapping text changes applied together, safe or needing review.</summary>
/// <param name="Title">What the fix does, as a reader sees it: "Write 'Türkiye'".</param>
/// <param name="Changes">The text changes, applied together.</param>
/// <param name="Safety">Whether <c>--fix</c> may apply it unreviewed.</param>
public sealed record CodeFix(string Title, ImmutableArray<TextChange> Changes, FixSafety Safety = FixSafety.NeedsReview)
{
    /// <summary>A fix that replaces <paramref name="span"/> with <paramref name="newText"/>.</summary>
    public static CodeFix Replace(string title, TextSpan span, string newText, FixSafety safety = FixSafety.NeedsReview) =>
        new(title, [new TextChange(span, newText)], safety);

    /// <summary>A fix that deletes <paramref name="span"/>.</summary>
    public static CodeFix Delete(string title, TextSpan span, FixSafety safety = FixSafety.NeedsReview) =>
        new(title, [new TextChange(span, string.Empty)], safety);

    /// <summary>A fix that inserts <paramref name="text"/> at <paramref name="position"/>.</summary>
    public static CodeFix Insert(string title, int position, string text, FixSafety safety = FixSafety.NeedsReview) =>
        new(title, [new TextChange(new TextSpan(position, 0), text)], safety);

    /// <summary>True when <c>--fix</c> may apply the fix without review (<see cref="FixSafety.Safe"/>).</summary>
    public bool IsSafe => Safety == FixSafety.Safe;
}
