using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Characters;

/// <summary>
/// EL3004: control characters in prose. C1 controls (U+0080-U+009F) are Windows-1252 bytes read as Latin-1 and are
/// mapped to the character they were (U+0092 → ’); Word's 0x1E and 0x1F are its non-breaking and optional hyphens and
/// are mapped to U+2011 and U+00AD. Nothing is deleted: a control with no known meaning is reported without a fix.
/// </summary>
public sealed class EL3004ControlCharacter : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL3004",
        "Control character",
        "Control character U+{0:X4} in the text{1}",
        RuleCategories.Characters,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "C0 or C1 control characters do not belong in prose; most are Windows-1252 punctuation or Word's special hyphens that a conversion mislabelled.",
        customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    public override void Initialize(RuleContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.Content;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isC0 = c < 0x20 && c is not '\t' and not '\n' and not '\r' and not '\f';
            var isC1 = c is >= '\u0080' and <= '\u009F';
            if (!(isC0 || isC1 || c == '\u007F') || context.Document.IsSkipped(i))
            {
                continue;
            }

            var replacement = c switch
            {
                '\u001E' => '\u2011',
                '\u001F' => '\u00AD',
                _ => '\0',
            };
            if (isC1)
            {
                // The mojibake decoder decides: a C1 control inside a mojibake run is EL3003's (it goes with the
                // sequence), one outside stands for its Windows-1252 character unless the text around is hopeless garble.
                var damage = context.Analyses.CharacterDamage;
                if (damage.IsInsideMojibake(i))
                {
                    continue;
                }

                if (damage.TryGetC1Control(i, out var repair))
                {
                    replacement = repair.Repaired[0];
                }
            }

            var span = new TextSpan(i, 1);
            if (replacement == '\0')
            {
                context.Report(Descriptor, span, null, (int)c, string.Empty);
            }
            else
            {
                var name = $"U+{(int)replacement:X4} '{replacement}'";
                context.Report(Descriptor, span, CodeFix.Replace($"Replace with {name}", span, replacement.ToString(), FixSafety.Safe), (int)c, $"; it stands for {name}");
            }
        }
    }
}
