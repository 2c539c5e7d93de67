using System.Collections.Immutable;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// The numbered footnote references of a document in order of first use: the facts the footnote numbering rules
/// (start, gaps, order) share, computed once per document.
/// </summary>
public sealed class FootnoteSequence
{
    internal FootnoteSequence(ImmutableArray<FootnoteReference> references)
    {
        var seen = new HashSet<int>();
        var firsts = new List<FootnoteReference>();
        var numbers = new List<int>();
        foreach (var r in references)
        {
            if (r.Number is { } n && seen.Add(n))
            {
                firsts.Add(r);
                numbers.Add(n);
            }
        }

        FirstUses = firsts;
        Numbers = numbers;
        Cited = seen;
    }

    /// <summary>The first reference to each number, in source order.</summary>
    public IReadOnlyList<FootnoteReference> FirstUses { get; }

    /// <summary>The numbers of <see cref="FirstUses"/>, in the same order.</summary>
    public IReadOnlyList<int> Numbers { get; }

    /// <summary>Every number cited at least once.</summary>
    public IReadOnlySet<int> Cited { get; }
}
