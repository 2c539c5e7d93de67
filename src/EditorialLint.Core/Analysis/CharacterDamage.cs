using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Text.Repair;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// The character damage of one document's text, each kind found once, on first use: UTF-8 mojibake runs and the C1
/// controls that stand for Windows-1252 characters (one scan, <see cref="Utf8Mojibake.FindWithControls"/>),
/// byte-swapped UTF-16 runs, and the positions of U+FFFD and of control characters. Lists are in text order.
/// Thread-safe: each kind is computed once even when rules ask at the same time.
/// </summary>
public sealed class CharacterDamage
{
    private readonly string _text;
    private readonly Lazy<MojibakeScan> _mojibake;
    private readonly Lazy<List<ByteSwappedRun>> _byteSwapped;

    internal CharacterDamage(string text)
    {
        _text = text;
        _mojibake = new(() => new MojibakeScan(Utf8Mojibake.FindWithControls(text)), LazyThreadSafetyMode.ExecutionAndPublication);
        _byteSwapped = new(() => ByteSwappedText.Find(text), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The UTF-8 mojibake runs (<see cref="MojibakeKind.Utf8"/>), in order, non-overlapping: what <see cref="Utf8Mojibake.Find"/> gives.</summary>
    public IReadOnlyList<MojibakeRun> Mojibake => _mojibake.Value.Runs;

    /// <summary>The C1 controls outside mojibake that stand for a Windows-1252 character (<see cref="MojibakeKind.C1Control"/>), in order.</summary>
    public IReadOnlyList<MojibakeRun> C1Controls => _mojibake.Value.Controls;

    /// <summary>The byte-swapped UTF-16 runs, in order.</summary>
    public IReadOnlyList<ByteSwappedRun> ByteSwapped => _byteSwapped.Value;

    /// <summary>Whether <paramref name="position"/> lies inside a mojibake run.</summary>
    public bool IsInsideMojibake(int position)
    {
        var runs = _mojibake.Value.Runs;
        var k = FirstEndingAfter(runs, position);
        return k < runs.Count && runs[k].Span.Start <= position;
    }

    /// <summary>
    /// Whether a mojibake run overlaps <paramref name="span"/> or touches it on either side ("TÃ¼rkiye" split into words
    /// at the run): the words such a run garbles are the character rules' business, not spelling's.
    /// </summary>
    public bool TouchesMojibake(TextSpan span)
    {
        var runs = _mojibake.Value.Runs;
        var k = FirstEndingAfter(runs, span.Start - 1); // the first run whose end is at or after the span's start
        return k < runs.Count && runs[k].Span.Start <= span.End;
    }

    /// <summary>The Windows-1252 character the C1 control at <paramref name="position"/> stands for, if the scan found one.</summary>
    public bool TryGetC1Control(int position, out MojibakeRun run) => _mojibake.Value.ControlsByPosition.TryGetValue(position, out run);

    /// <summary>The runs of U+FFFD REPLACEMENT CHARACTER, in order.</summary>
    public IEnumerable<TextSpan> ReplacementCharacters()
    {
        var index = _text.IndexOf('\uFFFD', StringComparison.Ordinal);
        while (index >= 0)
        {
            var end = index;
            while (end < _text.Length && _text[end] == '\uFFFD')
            {
                end++;
            }

            yield return TextSpan.FromBounds(index, end);
            index = _text.IndexOf('\uFFFD', end);
        }
    }

    /// <summary>Whether the text holds a U+FFFD at all.</summary>
    public bool HasReplacementCharacters => _text.Contains('\uFFFD', StringComparison.Ordinal);

    /// <summary>The index of the first run that ends after <paramref name="position"/> (runs are sorted and do not overlap).</summary>
    private static int FirstEndingAfter(List<MojibakeRun> runs, int position)
    {
        int lo = 0, hi = runs.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (runs[mid].Span.End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>One scan's results split by kind.</summary>
    private sealed class MojibakeScan
    {
        public MojibakeScan(List<MojibakeRun> all)
        {
            foreach (var r in all)
            {
                if (r.Kind == MojibakeKind.Utf8)
                {
                    Runs.Add(r);
                }
                else
                {
                    Controls.Add(r);
                    ControlsByPosition[r.Span.Start] = r;
                }
            }
        }

        public List<MojibakeRun> Runs { get; } = [];

        public List<MojibakeRun> Controls { get; } = [];

        public Dictionary<int, MojibakeRun> ControlsByPosition { get; } = [];
    }
}
