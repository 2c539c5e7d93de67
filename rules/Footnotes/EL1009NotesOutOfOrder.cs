using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Rules;

namespace EditorialLint.Rules.Footnotes;

/// <summary>
/// EL1009: notes not in the order their references first appear. The notes reported are the fewest that must move
/// to put the list in order. Named notes are left out: a renderer numbers them in citation order. When the notes form one block (only blank space between them) and no label is defined
/// twice, the fix rewrites the block in order.
/// </summary>
public sealed class EL1009NotesOutOfOrder : EditorialRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        "EL1009", "Footnote definitions out of order", "Note [{0}] is out of citation order (it is cited {1})",
        RuleCategories.Footnotes, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        description: "Notes should be listed in the order their references first appear.", customTags: [RuleTags.SafeFix]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

    /// <summary>Whether named notes ([^note]) are checked too.</summary>
    public static readonly RuleOption<bool> NamedNotesInOrder = RuleOption.Bool(
        "named_notes_in_order", false,
        "Also check named notes ([^note]), which a renderer numbers in citation order wherever they are defined (rumdl's MD067).");

    /// <inheritdoc/>
    public override ImmutableArray<OptionDeclaration> Options => [NamedNotesInOrder];

    public override void Initialize(RuleContext context) => context.RegisterFootnoteAction(c =>
    {
        var order = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in c.References)
        {
            order.TryAdd(r.Label, order.Count);
        }

        // Named notes ([^council-roles]) are numbered by the renderer in citation order wherever they are defined:
        // only numbered notes have an order of their own in the source.
        // editorial_lint.named_notes_in_order = true checks them too (as rumdl's MD067 does).
        var named = c.Options.Get(NamedNotesInOrder);
        var defs = c.Definitions.Where(d => order.ContainsKey(d.Label) && (named || d.Number is not null)).ToList();
        var counts = defs.GroupBy(d => d.Label, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var duplicated = counts.Values.Any(n => n > 1);

        // Numbered notes listed in number order while the calls are not (1, 3, 2): the numbering is what is out of
        // order, and EL1003 reports it; moving the notes to follow the wrong numbers would make it worse.
        var numbers = defs.Select(d => d.Number).ToList();
        if (numbers.Count > 1 && numbers.All(n => n is not null) && numbers.Zip(numbers.Skip(1)).All(p => p.First < p.Second) &&
            !order.Keys.Select(FootnoteNumber).Zip(order.Keys.Select(FootnoteNumber).Skip(1)).All(p => p.First < p.Second))
        {
            return;
        }

        var text = c.Document.Content;
        CodeFix? fix = null;
        var all = c.Definitions.ToList();
        var contiguous = all.Count == defs.Count && all.Zip(all.Skip(1)).All(p => string.IsNullOrWhiteSpace(text[p.First.Span.End..p.Second.Span.Start]));
        if (contiguous && !duplicated && all.Count > 1)
        {
            var separator = text[all[0].Span.End..all[1].Span.Start];
            var sb = new StringBuilder();
            foreach (var d in all.OrderBy(d => order[d.Label]))
            {
                if (sb.Length > 0)
                {
                    sb.Append(separator);
                }

                sb.Append(text, d.Span.Start, d.Span.Length);
            }

            fix = CodeFix.Replace("List the notes in the order they are cited", TextSpan.FromBounds(all[0].Span.Start, all[^1].Span.End), sb.ToString(), FixSafety.Safe);
        }

        // The first note of each cited label, in source order, with its rank in the citation order. The notes to
        // report are those outside a longest run already in citation order: the fewest an editor has to move. Of
        // several such runs, the one keeping later notes wins, so a note listed too early is the one reported
        // ("[^2] [^1]" reports [^2]). A label defined twice is EL1008's: it keeps its place but is not reported.
        var rank = order.Keys.Where(counts.ContainsKey).Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.OrdinalIgnoreCase);
        var walked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var firsts = defs.Where(d => walked.Add(d.Label)).ToList();
        var ranks = firsts.Select(d => rank[d.Label]).ToArray();
        var keep = InOrderRun(ranks);
        for (var k = 0; k < firsts.Count; k++)
        {
            if (!keep[k] && counts[firsts[k].Label] == 1)
            {
                c.Report(Descriptor, firsts[k].LabelSpan, fix, firsts[k].Label, Ordinal(ranks[k] + 1));
            }
        }
    });

    /// <summary>
    /// Marks a longest strictly increasing subsequence of <paramref name="ranks"/>, preferring later elements (it is
    /// rebuilt from the last element that ends a longest run). Quadratic; notes number in the tens.
    /// </summary>
    private static bool[] InOrderRun(int[] ranks)
    {
        // length[i]: the longest strictly increasing run of ranks ending at i, found in O(n log n): tails[k] is the
        // smallest rank that ends such a run of length k + 1 so far (100,000 notes took seconds the quadratic way).
        var length = new int[ranks.Length];
        var tails = new int[ranks.Length];
        var best = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            var at = Array.BinarySearch(tails, 0, best, ranks[i]);
            if (at < 0)
            {
                at = ~at;
            }

            tails[at] = ranks[i];
            length[i] = at + 1;
            best = Math.Max(best, at + 1);
        }

        var keep = new bool[ranks.Length];
        var want = best;
        var limit = int.MaxValue;
        for (var i = ranks.Length - 1; i >= 0 && want > 0; i--)
        {
            if (length[i] == want && ranks[i] < limit)
            {
                keep[i] = true;
                limit = ranks[i];
                want--;
            }
        }

        return keep;
    }

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        }),
    };

    private static int? FootnoteNumber(string label) =>
        int.TryParse(label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

