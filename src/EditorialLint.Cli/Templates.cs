namespace EditorialLint.Cli;

/// <summary>The files <c>new-rule</c> writes.</summary>
internal static class Templates
{
    public static string Rule(string id, string pascal, string title, string category) => $$"""
        using System.Collections.Immutable;
        using Microsoft.CodeAnalysis;
        using Microsoft.CodeAnalysis.Text;
        using EditorialLint.Core.Rules;

        namespace MyRules;

        /// <summary>{{id}}: {{title}}. Reports the phrase "lorem ipsum" in prose; change Analyze to check what you need.</summary>
        public sealed class {{id}}{{pascal}} : EditorialRule
        {
            public static readonly DiagnosticDescriptor Descriptor = new(
                "{{id}}",
                "{{title}}",
                "'{0}' is placeholder text",
                "{{category}}",
                DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: "{{title}}.",
                customTags: [RuleTags.ReviewFix]); // its fix needs review: only --unsafe-fixes applies it

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

            public override void Initialize(RuleContext context) => context.RegisterParagraphAction(Analyze);

            private static void Analyze(ParagraphAnalysisContext context)
            {
                const string phrase = "lorem ipsum";
                var text = context.Document.Content;
                var span = context.Paragraph.Span;
                var i = text.IndexOf(phrase, span.Start, span.Length, StringComparison.OrdinalIgnoreCase);
                while (i >= 0)
                {
                    var found = new TextSpan(i, phrase.Length);
                    context.Report(Descriptor, found, CodeFix.Delete("Remove the placeholder", found), text.Substring(i, phrase.Length));
                    var next = i + phrase.Length;
                    i = text.IndexOf(phrase, next, span.End - next, StringComparison.OrdinalIgnoreCase);
                }
            }
        }

        """;

    public static string Doc(string id, string title, string alias, string category) => $"""
        # {id}: {title}

        | | |
        |---|---|
        | Id | {id} (`{alias}`) |
        | Category | {category} |
        | Default severity | warning |
        | Fix | yes: removes the phrase |

        ## What it finds
        The placeholder phrase "lorem ipsum" in prose. Describe here what your rule finds.

        ## Why it matters
        Placeholder text must not be published.

        ## Configuration
        `dotnet_diagnostic.{id}.severity = error`

        """;

    public static string Fixture(string id) => $$"""
        # A Test Draft

        This paragraph still has {|{{id}}:lorem ipsum|} in it.

        This one is clean.

        """;
}
