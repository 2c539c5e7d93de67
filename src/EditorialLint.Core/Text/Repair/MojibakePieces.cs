namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// A stretch of a block as the layers left it: its place in the original text, its current text, whether a layer
/// changed it and the code pages that did (innermost last, separated by '|').
/// </summary>
internal sealed class MojibakePiece(int origStart, int origEnd, string text, bool changed, string via)
{
    public int OrigStart { get; set; } = origStart;

    public int OrigEnd { get; set; } = origEnd;

    public string Text { get; set; } = text;

    public bool Changed { get; set; } = changed;

    public string Via { get; set; } = via;
}

/// <summary>
/// Applies one layer's repairs (ascending, non-overlapping, in the coordinates of the concatenated pieces) in one pass:
/// the pieces a repair touches become one changed piece that keeps the text of changed pieces outside the repair and
/// the deepest layer history among them; unchanged text on either side stays as unchanged pieces.
/// </summary>
internal sealed class MojibakePieces
{
    private readonly List<MojibakePiece> _pieces;
    private readonly List<MojibakePiece> _result;
    private readonly string _via;
    private int _index;
    private MojibakePiece? _cur;
    private int _curStart;

    // How much of an unchanged piece earlier repairs have used up. The rest is not copied after every repair (a long
    // line with thousands of repairs made that quadratic), only once, when the piece is passed.
    private int _skip;

    private MojibakePieces(List<MojibakePiece> pieces, int repairs, string via)
    {
        _pieces = pieces;
        _result = new List<MojibakePiece>(pieces.Count + 2 * repairs);
        _via = via;
        _cur = pieces[0];
    }

    /// <summary>The pieces after <paramref name="repairs"/>, made by the code page named <paramref name="via"/>.</summary>
    public static List<MojibakePiece> ApplyLayer(List<MojibakePiece> pieces, List<(int Start, int End, string Text)> repairs, string via)
    {
        var applier = new MojibakePieces(pieces, repairs.Count, via);
        foreach (var (a, b, replacement) in repairs)
        {
            applier.Apply(a, b, replacement);
        }

        while (applier._cur is not null)
        {
            applier._result.Add(applier.Rest());
            applier.Advance();
        }

        return applier._result;
    }

    private MojibakePiece Cur => _cur!;

    private void Advance()
    {
        _curStart += Cur.Text.Length;
        _index++;
        _skip = 0;
        _cur = _index < _pieces.Count ? _pieces[_index] : null;
    }

    private MojibakePiece Rest() =>
        _skip == 0 ? Cur : new MojibakePiece(Cur.OrigStart + _skip, Cur.OrigEnd, Cur.Text[_skip..], false, string.Empty);

    private void Apply(int a, int b, string replacement)
    {
        while (_curStart + Cur.Text.Length <= a)
        {
            _result.Add(Rest());
            Advance();
        }

        var (prefix, origStart) = Before(a);
        var vias = DeepestHistoryUpTo(b);
        var suffix = Cur.Changed ? Cur.Text[(b - _curStart)..] : string.Empty;
        var origEnd = Cur.Changed ? Cur.OrigEnd : Cur.OrigStart + (b - _curStart);
        _result.Add(new MojibakePiece(origStart, origEnd, prefix + replacement + suffix, true, string.Join('|', [.. vias, _via])));
        if (!Cur.Changed && b < _curStart + Cur.Text.Length)
        {
            _skip = b - _curStart; // the rest of an unchanged piece after the repair: it may hold the next repair
        }
        else
        {
            Advance();
        }
    }

    /// <summary>
    /// The first piece the repair touches: what comes before the repair is kept, inside the new piece when the piece
    /// was changed, as an unchanged piece of its own otherwise. Returns the prefix and the repair's original start.
    /// </summary>
    private (string Prefix, int OrigStart) Before(int a)
    {
        if (Cur.Changed)
        {
            return (Cur.Text[..(a - _curStart)], Cur.OrigStart);
        }

        var origStart = Cur.OrigStart + (a - _curStart);
        if (a > _curStart + _skip)
        {
            _result.Add(new MojibakePiece(Cur.OrigStart + _skip, origStart, Cur.Text[_skip..(a - _curStart)], false, string.Empty));
        }

        return (string.Empty, origStart);
    }

    /// <summary>Every piece up to the one holding the repair's end: the deepest history among the changed ones.</summary>
    private string[] DeepestHistoryUpTo(int b)
    {
        string[] vias = [];
        while (true)
        {
            if (Cur.Changed)
            {
                var n = Cur.Via.Split('|', StringSplitOptions.RemoveEmptyEntries);
                if (n.Length > vias.Length)
                {
                    vias = n;
                }
            }

            if (_curStart + Cur.Text.Length >= b)
            {
                return vias;
            }

            Advance();
        }
    }
}
