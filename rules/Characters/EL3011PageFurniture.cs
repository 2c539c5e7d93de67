using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3011: page furniture (page numbers, running headers and footers) left in the text by PDF extraction. Adjacent
/// furniture blocks are one finding. The fix removes them; when they split a sentence, it rejoins the two halves.
/// </summary>
public sealed class EL3011PageFurniture : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3011",
        "Page furniture in text",
        "Page furniture ('{0}') {1}",
        RuleCategories.Characters,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A page number or running header/footer from the PDF the text was extracted from sits in the running text.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        var text = document.Content;
        var furniture = document.PageFurniture;
        var i = 0;
        while (i < furniture.Length)
        {
            // Group blocks separated only by whitespace.
            var start = furniture[i].Start;
            var end = furniture[i].End;
            var j = i + 1;
            while (j < furniture.Length && string.IsNullOrWhiteSpace(text[end..furniture[j].Start]))
            {
                end = furniture[j].End;
                j++;
            }

            var span = TextSpan.FromBounds(start, end);
            var before = start;
            while (before > 0 && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }

            // The running header on the first page, above the title, interrupts nothing: it is the masthead, and it
            // is kept (it often carries the only issue number and date). The reader still does not take it for the
            // title.
            if (before == 0 || (before == 1 && text[0] == '\uFEFF'))
            {
                i = j;
                continue;
            }

            var after = end;
            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            var splitsSentence = document.Paragraphs.Any(p => p.Span.Start < start && p.Span.End > end);
            var shown = string.Join(" ", text[start..end].Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (shown.Length > 60)
            {
                shown = shown[..57] + "...";
            }

            var lineEnding = document.Encoding.LineEnding;
            CodeFix fix;
            if (before == 0)
            {
                fix = CodeFix.Delete("Remove the page furniture", TextSpan.FromBounds(start, after), FixSafety.Safe);
            }
            else if (after >= text.Length)
            {
                fix = CodeFix.Replace("Remove the page furniture", TextSpan.FromBounds(before, text.Length), lineEnding, FixSafety.Safe);
            }
            else
            {
                fix = CodeFix.Replace(
                    splitsSentence ? "Remove the page furniture and rejoin the sentence" : "Remove the page furniture",
                    TextSpan.FromBounds(before, after),
                    splitsSentence ? lineEnding : lineEnding + lineEnding, FixSafety.Safe);
            }

            context.Report(Descriptor, span, fix, shown, splitsSentence ? "splits a sentence" : "between paragraphs");
            i = j;
        }
    }
}
