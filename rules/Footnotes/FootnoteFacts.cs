using EditorialLint.Core.Rules;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Rules.Footnotes;

/// <summary>
/// Facts the footnote rules share that depend on options: whether notes are required. The numbering facts (first uses)
/// are computed once per document in <see cref="Core.Analysis.FootnoteSequence"/>.
/// </summary>
internal static class FootnoteFacts
{
    /// <summary>
    /// Whether the draft has notes at all: definitions, or a notes section. With <c>editorial_lint.require_notes =
    /// auto</c> (the default), bracketed numbers in Markdown without any notes are read as citations of a source list
    /// kept elsewhere (as web versions of commentaries do), so they are not required to have notes; in plain text —
    /// the whole document, as extracted — and for Markdown <c>[^n]</c> references they are.
    /// </summary>
    /// <summary>When references need notes.</summary>
    public static readonly RuleOption<string> RequireNotes = RuleOption.Choice(
        "require_notes", "auto", ["auto", "always", "never"],
        "When references need notes: always, never, or auto (not for bracketed [n] numbers in Markdown, read as citations of a list kept elsewhere).");

    public static bool NotesRequired(AnalysisContext context, FootnoteReference reference)
    {
        var mode = context.Options.Get(RequireNotes);
        return mode switch
        {
            "always" => true,
            "never" => false,
            _ => reference.Style == FootnoteMarkerStyle.Caret || context.Document.Kind == DocumentKind.PlainText,
        };
    }

    public static bool HasNotes(EditorialDocument document) => document.FootnoteDefinitions.Length > 0 || document.NotesSection is not null;
}
