using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Parsing;

/// <summary>A set of spans answering "is this position inside one of them?" by binary search.</summary>
internal sealed class SpanSet
{
    private readonly TextSpan[] _spans;
    private readonly int[] _maxEnd;

    public SpanSet(IEnumerable<TextSpan> spans)
    {
        _spans = [.. spans.OrderBy(s => s.Start)];
        _maxEnd = new int[_spans.Length];
        var max = 0;
        for (var i = 0; i < _spans.Length; i++)
        {
            max = Math.Max(max, _spans[i].End);
            _maxEnd[i] = max;
        }
    }

    public int Count => _spans.Length;

    /// <summary>True when some span shares at least one position with <paramref name="span"/> (or contains an empty one).</summary>
    public bool Overlaps(TextSpan span)
    {
        if (span.IsEmpty)
        {
            return Contains(span.Start);
        }

        // The last span starting before the end; earlier ones matter only while they reach past the start.
        var lo = 0;
        var hi = _spans.Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_spans[mid].Start < span.End)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = found; i >= 0 && _maxEnd[i] > span.Start; i--)
        {
            if (_spans[i].OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }

    public bool Contains(int position)
    {
        // The last span starting at or before the position; earlier spans matter only if they reach further.
        var lo = 0;
        var hi = _spans.Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_spans[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = found; i >= 0 && _maxEnd[i] > position; i--)
        {
            if (_spans[i].Contains(position))
            {
                return true;
            }
        }

        return false;
    }
}
