using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Text.Repair;

/// <summary>What kind of damage a <see cref="MojibakeRun"/> undoes.</summary>
public enum MojibakeKind
{
    /// <summary>UTF-8 bytes decoded with a single-byte code page (once or several times).</summary>
    Utf8,

    /// <summary>A C1 control character that stands for a Windows-1252 character (bytes decoded as Latin-1).</summary>
    C1Control,
}

/// <summary>
/// A stretch of mojibake and its exact re-decoding. <see cref="Layers"/> is how many times the text went through a
/// wrong decoder (0 for a lone C1 control); <see cref="Description"/> names the code pages, innermost first.
/// </summary>
public readonly record struct MojibakeRun(TextSpan Span, string Repaired, int Layers, string Description, MojibakeKind Kind = MojibakeKind.Utf8);

/// <summary>
/// Finds mojibake: UTF-8 bytes shown through a single-byte code page (Windows-1252 or Latin-1 above all, also
/// Windows-1250/1251/1254/1257, ISO 8859-2, MacRoman and code page 437), once or several times (<c>TÃ¼rkiye</c>,
/// <c>â€™</c>, <c>Ã¢â‚¬â„¢</c>, <c>Ð¡ÐµÑ€Ð±Ð¸Ñ˜Ð°</c>, <c>CafÃ©</c> in MacRoman as <c>Caf√©</c>), and computes the
/// exact re-decoding layer by layer. Every repair is a strict inverse: the characters are encoded back to the bytes
/// the code page gave them and those bytes must form valid UTF-8 (CESU-8 surrogate pairs included). Heuristics decide
/// only whether a valid re-decoding is plausible (case, script and neighbourhood checks), never what it decodes to.
/// Lossy damage (bytes already replaced by U+FFFD or '?') is left alone: there is no exact inverse.
/// Plain ASCII and legitimate accented text (ç ğ ı ş č ć đ š ž, Cyrillic) is rejected by a cheap pre-filter or by the
/// strict decoding: it does not spell valid UTF-8 in any of the code pages, or not plausibly.
/// </summary>
public static class Utf8Mojibake
{
    private const int MaxLayers = 4;

    /// <summary>The mojibake runs in <paramref name="text"/>, in order, non-overlapping.</summary>
    public static List<MojibakeRun> Find(string text) => Scan(text, withControls: false);

    /// <summary>
    /// The mojibake runs and the C1 controls that stand for Windows-1252 characters outside them (a C1 control inside
    /// hopeless garble or with no Windows-1252 meaning is not listed), in order.
    /// </summary>
    public static List<MojibakeRun> FindWithControls(string text) => Scan(text, withControls: true);

    /// <summary>Repair a whole string (tests): every run and every C1 control listed by <see cref="FindWithControls"/>.</summary>
    public static string Repair(string text)
    {
        var runs = FindWithControls(text);
        if (runs.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var pos = 0;
        foreach (var r in runs)
        {
            sb.Append(text, pos, r.Span.Start - pos).Append(r.Repaired);
            pos = r.Span.End;
        }

        return sb.Append(text, pos, text.Length - pos).ToString();
    }

    /// <summary>Whether <paramref name="text"/> may hold mojibake at all (the cheap pre-filter; no false negatives).</summary>
    public static bool MayHoldMojibake(ReadOnlySpan<char> text) => CandidateCodePages(text) != 0;

    /// <summary>
    /// The pre-filter: bit k is set when <paramref name="text"/> holds, read through <c>MojibakeCandidates[k]</c>, a lead
    /// byte followed by as many continuation bytes as it needs, or "Ã" (0xC3) whose NBSP became a space (voilÃ le).
    /// Only those code pages can explain anything; most prose, legitimate accented and Cyrillic text included, has none.
    /// </summary>
    public static int CandidateCodePages(ReadOnlySpan<char> text)
    {
        const ulong All = 0xFF; // one bit per candidate code page
        ulong hits = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                // Most text is ASCII: jump to the next non-ASCII character (vectorised).
                var skip = text[i..].IndexOfAnyExceptInRange('\0', '\u007F');
                if (skip < 0)
                {
                    break;
                }

                i += skip;
                if (i + 1 >= text.Length)
                {
                    break;
                }

                c = text[i];
            }

            var m = SingleByteCodePage.Mask(c);
            if (m == 0)
            {
                continue;
            }

            var next = text[i + 1];
            if (next == ' ')
            {
                hits |= (m >> SingleByteCodePage.C3Group) & All;
                continue;
            }

            var cont = (SingleByteCodePage.Mask(next) >> SingleByteCodePage.ContinuationGroup) & All;
            hits |= (m >> SingleByteCodePage.Lead2Group) & cont;
            var longer = ((m >> SingleByteCodePage.Lead3Group) | (m >> SingleByteCodePage.Lead4Group)) & cont;
            if (longer != 0 && i + 2 < text.Length)
            {
                var cont2 = cont & (SingleByteCodePage.Mask(text[i + 2]) >> SingleByteCodePage.ContinuationGroup);
                hits |= (m >> SingleByteCodePage.Lead3Group) & cont2;
                if (((m >> SingleByteCodePage.Lead4Group) & cont2 & All) != 0 && i + 3 < text.Length)
                {
                    hits |= (m >> SingleByteCodePage.Lead4Group) & cont2 & (SingleByteCodePage.Mask(text[i + 3]) >> SingleByteCodePage.ContinuationGroup);
                }
            }

            if (hits == All)
            {
                break;
            }
        }

        return (int)(hits & All);
    }

    private static List<MojibakeRun> Scan(string text, bool withControls)
    {
        var result = new List<MojibakeRun>();

        // No sequence can span a blank line, so when the whole text has none, no block has one.
        if (CandidateCodePages(text) == 0 && !(withControls && text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F') >= 0))
        {
            return result;
        }
        var blockStart = 0;
        while (blockStart < text.Length)
        {
            var blockEnd = NextBlockEnd(text, blockStart);
            FindInBlock(text, blockStart, blockEnd, withControls, result);
            blockStart = blockEnd;
        }

        return result;
    }

    private static int NextBlockEnd(string text, int start)
    {
        // A block ends after a blank line ("\n" followed by optional spaces and another "\n").
        var i = text.IndexOf('\n', start);
        while (i >= 0)
        {
            var j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\u00A0')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                return j + 1;
            }

            i = text.IndexOf('\n', i + 1);
        }

        return text.Length;
    }

    private sealed class Piece(int origStart, int origEnd, string text, bool changed, string via)
    {
        public int OrigStart { get; set; } = origStart;
        public int OrigEnd { get; set; } = origEnd;
        public string Text { get; set; } = text;
        public bool Changed { get; set; } = changed;
        public string Via { get; set; } = via;
    }

    private static void FindInBlock(string text, int start, int end, bool withControls, List<MojibakeRun> result)
    {
        var mayHold = CandidateCodePages(text.AsSpan(start, end - start)) != 0;
        if (!mayHold && !(withControls && text.AsSpan(start, end - start).IndexOfAnyInRange('\u0080', '\u009F') >= 0))
        {
            return;
        }

        var pieces = new List<Piece> { new(start, end, text[start..end], false, string.Empty) };
        for (var layer = 0; mayHold && layer < MaxLayers; layer++)
        {
            var current = layer == 0 ? pieces[0].Text : string.Concat(pieces.Select(p => p.Text));
            var candidates = CandidateCodePages(current);
            if (candidates == 0)
            {
                break;
            }

            var (codePage, layerRepairs) = FindLayer(current, candidates);
            if (layerRepairs.Count == 0)
            {
                break;
            }

            pieces = ApplyLayer(pieces, layerRepairs, codePage!.Name);
        }

        // Hopeless garble: when more pairs of Latin-1/Windows-1252 characters stay unexplained than were repaired, the
        // repairs are guesses inside noise; leave the block as it is.
        var repaired = pieces.Count(p => p.Changed);
        if (repaired > 0)
        {
            var leftover = 0;
            foreach (var p in pieces.Where(p => !p.Changed))
            {
                for (var i = 1; i < p.Text.Length; i++)
                {
                    leftover += IsWesternHigh(p.Text[i - 1]) && IsWesternHigh(p.Text[i]) ? 1 : 0;
                }
            }

            if (leftover > repaired)
            {
                return;
            }
        }

        // C1 controls left over: Windows-1252 characters that went through Latin-1.
        var merged = new List<Piece>();
        foreach (var p in pieces)
        {
            if (p.Changed)
            {
                if (merged.Count > 0 && merged[^1].Changed && merged[^1].OrigEnd == p.OrigStart)
                {
                    merged[^1].Text += p.Text;
                    merged[^1].OrigEnd = p.OrigEnd;
                }
                else
                {
                    merged.Add(p);
                }
            }
            else
            {
                merged.Add(p);
            }
        }

        foreach (var p in merged)
        {
            if (p.Changed)
            {
                var layers = p.Via.Split('|', StringSplitOptions.RemoveEmptyEntries);
                var description = layers.Length == 1
                    ? $"UTF-8 read as {layers[0]}"
                    : $"UTF-8 read as {string.Join(", then ", layers.Reverse())} ({layers.Length} layers)";
                result.Add(new MojibakeRun(TextSpan.FromBounds(p.OrigStart, p.OrigEnd), p.Text, layers.Length, description));
                continue;
            }

            if (!withControls)
            {
                continue;
            }

            for (var i = 0; i < p.Text.Length; i++)
            {
                var c = p.Text[i];
                if (c is >= '\u0080' and <= '\u009F' && SingleByteCodePage.Windows1252.Decode((byte)c) is var mapped && mapped != c)
                {
                    result.Add(new MojibakeRun(new TextSpan(p.OrigStart + i, 1), mapped.ToString(), 0, $"U+{(int)c:X4} is Windows-1252 byte 0x{(int)c:X2}, '{mapped}'", MojibakeKind.C1Control));
                }
            }
        }
    }

    /// <summary>
    /// Apply one layer's repairs (ascending, non-overlapping, in the coordinates of the concatenated pieces) in one pass:
    /// the pieces a repair touches become one changed piece that keeps the text of changed pieces outside the repair and
    /// the deepest layer history among them; unchanged text on either side stays as unchanged pieces.
    /// </summary>
    private static List<Piece> ApplyLayer(List<Piece> pieces, List<(int Start, int End, string Text)> repairs, string via)
    {
        var result = new List<Piece>(pieces.Count + 2 * repairs.Count);
        var pi = 0;
        var cur = pieces[0];
        var curStart = 0;

        // How much of an unchanged piece earlier repairs have used up. The rest is not copied after every repair (a
        // long line with thousands of repairs made that quadratic), only once, when the piece is passed.
        var skip = 0;

        void Advance()
        {
            curStart += cur.Text.Length;
            pi++;
            skip = 0;
            cur = pi < pieces.Count ? pieces[pi] : null!;
        }

        Piece Rest() => skip == 0 ? cur : new Piece(cur.OrigStart + skip, cur.OrigEnd, cur.Text[skip..], false, string.Empty);

        foreach (var (a, b, replacement) in repairs)
        {
            while (curStart + cur.Text.Length <= a)
            {
                result.Add(Rest());
                Advance();
            }

            // The first piece the repair touches: keep what comes before the repair.
            var prefix = string.Empty;
            int origStart;
            if (cur.Changed)
            {
                prefix = cur.Text[..(a - curStart)];
                origStart = cur.OrigStart;
            }
            else
            {
                origStart = cur.OrigStart + (a - curStart);
                if (a > curStart + skip)
                {
                    result.Add(new Piece(cur.OrigStart + skip, origStart, cur.Text[skip..(a - curStart)], false, string.Empty));
                }
            }

            // Every piece up to the one holding the repair's end; the deepest history among the changed ones.
            string[] vias = [];
            while (true)
            {
                if (cur.Changed)
                {
                    var n = cur.Via.Split('|', StringSplitOptions.RemoveEmptyEntries);
                    if (n.Length > vias.Length)
                    {
                        vias = n;
                    }
                }

                if (curStart + cur.Text.Length >= b)
                {
                    break;
                }

                Advance();
            }

            var suffix = cur.Changed ? cur.Text[(b - curStart)..] : string.Empty;
            var origEnd = cur.Changed ? cur.OrigEnd : cur.OrigStart + (b - curStart);
            result.Add(new Piece(origStart, origEnd, prefix + replacement + suffix, true, string.Join('|', [.. vias, via])));
            if (!cur.Changed && b < curStart + cur.Text.Length)
            {
                skip = b - curStart; // the rest of an unchanged piece after the repair: it may hold the next repair
            }
            else
            {
                Advance();
            }
        }

        while (cur is not null)
        {
            result.Add(Rest());
            Advance();
        }

        return result;
    }

    private readonly record struct Sequence(int Start, int Length, string Decoded, int Bytes, byte Lead);

    private sealed record Cluster(int Start, int End, string Decoded, int Bytes, List<Sequence> Sequences, bool IsAGrave = false);

    /// <summary>One layer: the best code page for this text and the clusters it re-decodes.</summary>
    private static (SingleByteCodePage? CodePage, List<(int Start, int End, string Text)> Repairs) FindLayer(string s, int candidates)
    {
        SingleByteCodePage? best = null;
        List<Cluster>? bestClusters = null;
        var bestScore = 0;
        var bestPenalty = 0;
        for (var k = 0; k < SingleByteCodePage.MojibakeCandidates.Count; k++)
        {
            if ((candidates & (1 << k)) == 0)
            {
                continue; // no complete sequence in this code page: nothing to find
            }

            var cp = SingleByteCodePage.MojibakeCandidates[k];
            var clusters = Scan(s, cp);
            var score = clusters.Sum(c => c.Bytes);

            // Ties go to the code page that needs fewer borrowed C1 controls (ISO-8859-2 over Windows-1250 for U+0099).
            var penalty = 0;
            foreach (var c in clusters)
            {
                for (var i = c.Start; i < c.End; i++)
                {
                    if (cp.TryEncode(s[i], out var b) && cp.Decode(b) != s[i])
                    {
                        penalty++;
                    }
                }
            }

            if (score > bestScore || (score == bestScore && score > 0 && penalty < bestPenalty))
            {
                best = cp;
                bestClusters = clusters;
                bestScore = score;
                bestPenalty = penalty;
            }
        }

        return bestClusters is null ? (null, []) : (best, bestClusters.Select(c => (c.Start, c.End, c.Decoded)).ToList());
    }

    private static List<Cluster> Scan(string s, SingleByteCodePage cp)
    {
        var sequences = new List<Sequence>();
        var bytes = new byte[12];
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] < 0x80 || !cp.TryEncode(s[i], out var lead) || lead < 0xC2 || lead > 0xF4)
            {
                continue;
            }

            var seq = ReadSequence(s, i, cp, bytes);
            if (seq is { } found)
            {
                sequences.Add(found);
                i += found.Length - 1;
            }
        }

        var clusters = new List<Cluster>();
        for (var k = 0; k < sequences.Count;)
        {
            var group = new List<Sequence> { sequences[k] };
            var j = k + 1;
            while (j < sequences.Count && sequences[j].Start == group[^1].Start + group[^1].Length)
            {
                group.Add(sequences[j]);
                j++;
            }

            var startPos = group[0].Start;
            var endPos = group[^1].Start + group[^1].Length;
            clusters.Add(new Cluster(startPos, endPos, string.Concat(group.Select(g => g.Decoded)), group.Sum(g => g.Bytes), group));
            k = j;
        }

        // Characters of the candidate sequences: a pair's neighbours that are themselves mojibake (the Дџ beside Гј in
        // GГјndoДџdu) are not the word's real letters.
        var inCluster = new bool[s.Length];
        foreach (var c in clusters)
        {
            Array.Fill(inCluster, true, c.Start, c.End - c.Start);
        }

        var accepted = clusters.Where(c => Plausible(s, c, inCluster)).ToList();
        var acceptedSet = new HashSet<Cluster>(accepted, ReferenceEqualityComparer.Instance); // not List.Contains: linear time

        // A one-letter word is judged with its neighbours: "Петровић Ð¸ Жана" is и between two Cyrillic words, though
        // "Ð¸" alone would be a capital and a symbol.
        for (var k = 0; k < clusters.Count; k++)
        {
            var c = clusters[k];
            if (IsLoneTwoByte(c) && !acceptedSet.Contains(c) && IsOneLetterWordOfItsNeighboursScript(s, c, accepted))
            {
                accepted.Add(c);
                acceptedSet.Add(c);
            }
        }

        // Outside Windows-1252, lone two-byte repairs with a letter lead need corroboration: a longer sequence, or
        // two different repairs (H\u00C5\u00D8YA twice is Norwegian, not \u0168 in Windows-1257).
        if (!ReferenceEquals(cp, SingleByteCodePage.Windows1252) && accepted.All(IsLoneTwoByte))
        {
            var distinct = accepted.Select(c => c.Decoded).Distinct(StringComparer.Ordinal).Count();
            if (distinct < 2)
            {
                accepted.RemoveAll(c => char.IsLetter(s[c.Start]) && !Corroborated(s, c, accepted, wedgedCounts: true));
            }
        }

        // A lone two-byte candidate in text that also holds correctly encoded punctuation from the same code page is
        // more likely a real letter pair (Dr\u00C3\u00A5ber next to a correct en dash) than mojibake. Only when it
        // decodes to a Latin-1 character: a pair that stands for ğ, ć or š ("Ä\u0178" of Erdo\u00C4\u0178an) is no
        // letter pair of any language.
        if (accepted.Count == 1 && IsLoneTwoByte(accepted[0]) && accepted[0].Decoded.All(ch => ch <= '\u00FF') && !Corroborated(s, accepted[0], accepted, wedgedCounts: false))
        {
            var c = accepted[0];
            for (var i = 0; i < s.Length; i++)
            {
                if ((i < c.Start || i >= c.End) && s[i] >= 0x80 && !char.IsLetter(s[i]) && !char.IsWhiteSpace(s[i]) && cp.TryEncode(s[i], out _))
                {
                    accepted.Clear();
                    break;
                }
            }
        }

        AddLostNbsp(s, cp, accepted, inCluster);
        accepted.Sort((x, y) => x.Start.CompareTo(y.Start));
        return accepted;
    }

    private static bool IsLoneTwoByte(Cluster c) => c.Sequences.Count == 1 && c.Bytes == 2;

    /// <summary>
    /// A private-use character that a candidate code page gives one of its bytes (MacRoman's U+F8FF is 0xF0, and the
    /// system's Windows-1257 table fills its undefined bytes with private-use characters), in a re-decoding that is
    /// itself mojibake: the middle of two layers, not a real private-use character.
    /// </summary>
    private static bool IsInnerLayerStandIn(string decoded, int i)
    {
        foreach (var cp in SingleByteCodePage.MojibakeCandidates)
        {
            if (cp.TryEncode(decoded[i], out var b) && b >= 0x80)
            {
                return DecodesAgain(decoded);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every non-ASCII character of <paramref name="decoded"/> belongs to a valid UTF-8 sequence in one of the
    /// candidate code pages: the re-decoding is an inner layer of mojibake, not the end of the repair.
    /// </summary>
    private static bool DecodesAgain(string decoded)
    {
        var bytes = new byte[12];
        foreach (var cp in SingleByteCodePage.MojibakeCandidates)
        {
            var covered = true;
            for (var i = 0; i < decoded.Length && covered;)
            {
                if (decoded[i] < 0x80)
                {
                    i++;
                    continue;
                }

                if (cp.TryEncode(decoded[i], out var lead) && lead is >= 0xC2 and <= 0xF4 && ReadSequence(decoded, i, cp, bytes) is { } seq)
                {
                    i += seq.Length;
                }
                else
                {
                    covered = false;
                }
            }

            if (covered)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Evidence that a lone two-character repair is mojibake and not a real letter pair, from the text itself: the
    /// letter it gives is written correctly elsewhere in the block (JĂĽrgen beside Müller); its second character is a
    /// symbol or control wedged between letters (ArbĆ«r, Č˜tefan, YÄ±ldÄ±z: no language writes one there); it is a
    /// lower-case letter in a word otherwise in capitals and the repair is a capital (MÃœLLER); or the repair is a
    /// one-letter word of the script of its neighbours (ĪŸ Γιώργος). A wedged symbol does not count against correctly
    /// encoded punctuation elsewhere (<paramref name="wedgedCounts"/> false): Dr\u00C3\u00A5ber beside a correct en dash
    /// may be a name in another code page; a wedged C1 control always counts (no text has one inside a word).
    /// </summary>
    private static bool Corroborated(string s, Cluster c, List<Cluster> accepted, bool wedgedCounts)
    {
        var c1 = s[c.Start];
        var c2 = s[c.Start + 1];
        var d = c.Decoded[0];
        var after = c.End < s.Length ? s[c.End] : ' ';
        if (char.IsLetter(d) && d >= '\u00C0' && WrittenElsewhere(s, c, d))
        {
            return true;
        }

        if ((wedgedCounts || char.IsControl(c2)) && char.IsLetter(d) && char.IsLetter(c1) && char.IsLetter(after) && !char.IsLetter(c2) && !char.IsWhiteSpace(c2) &&
            c2 is not ('\u2019' or '\u2018' or '\'' or '\u02BC' or '-' or '\u2010' or '\u2011' or '.' or '\u00B7' or '/' or '&'))
        {
            return true;
        }

        if (char.IsLower(c2) && char.IsUpper(d) && IsInCapitals(s, c))
        {
            return true;
        }

        return IsOneLetterWordOfItsNeighboursScript(s, c, accepted);
    }

    /// <summary>The letter, in either case, occurs in the text outside the cluster (written correctly or already repaired).</summary>
    private static bool WrittenElsewhere(string s, Cluster c, char d)
    {
        var lower = char.ToLowerInvariant(d);
        var upper = char.ToUpperInvariant(d);

        // Counted once per text, not searched per cluster (a long line of clusters made this quadratic).
        var counts = CharCounts(s);
        var total = counts.GetValueOrDefault(lower) + (upper != lower ? counts.GetValueOrDefault(upper) : 0);
        var inside = 0;
        for (var i = c.Start; i < c.End; i++)
        {
            inside += s[i] == lower || s[i] == upper ? 1 : 0;
        }

        return total > inside;
    }

    [ThreadStatic]
    private static string? _countedText;

    [ThreadStatic]
    private static Dictionary<char, int>? _charCounts;

    private static Dictionary<char, int> CharCounts(string s)
    {
        if (ReferenceEquals(_countedText, s) && _charCounts is not null)
        {
            return _charCounts;
        }

        var counts = new Dictionary<char, int>();
        foreach (var ch in s)
        {
            counts[ch] = counts.GetValueOrDefault(ch) + 1;
        }

        _countedText = s;
        _charCounts = counts;
        return counts;
    }

    /// <summary>The other letters of the cluster's word are capitals, at least two of them.</summary>
    private static bool IsInCapitals(string s, Cluster c)
    {
        var capitals = 0;
        for (var i = c.Start - 1; i >= 0 && char.IsLetter(s[i]); i--)
        {
            if (!char.IsUpper(s[i]))
            {
                return false;
            }

            capitals++;
        }

        for (var i = c.End; i < s.Length && char.IsLetter(s[i]); i++)
        {
            if (!char.IsUpper(s[i]))
            {
                return false;
            }

            capitals++;
        }

        return capitals >= 2;
    }

    /// <summary>The script of a non-Latin letter that mojibake turns into Latin pairs: 1 Cyrillic, 2 Greek, 0 other.</summary>
    private static int NonLatinScript(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' when char.IsLetter(c) => 1,
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' when char.IsLetter(c) => 2,
        _ => 0,
    };

    /// <summary>
    /// The cluster decodes to one Cyrillic or Greek letter standing as a word of its own, and the words on either side
    /// (past spaces and punctuation; a side with no word does not count) are of that script: repaired by an accepted
    /// cluster or written in it. At least one such neighbour is needed.
    /// </summary>
    private static bool IsOneLetterWordOfItsNeighboursScript(string s, Cluster c, List<Cluster> accepted)
    {
        var script = c.Decoded.Length == 1 ? NonLatinScript(c.Decoded[0]) : 0;
        if (script == 0 || (c.Start > 0 && char.IsLetterOrDigit(s[c.Start - 1])) || (c.End < s.Length && char.IsLetterOrDigit(s[c.End])))
        {
            return false;
        }

        var left = NeighbourScript(s, c.Start, -1, accepted);
        var right = NeighbourScript(s, c.End, +1, accepted);
        if ((left != -1 && left != script) || (right != -1 && right != script))
        {
            return false;
        }

        return left == script || right == script;
    }

    /// <summary>
    /// The script of the nearest word from <paramref name="from"/> in <paramref name="direction"/>: -1 when there is
    /// none within a few separators, else as <see cref="NonLatinScript"/> (0 for a Latin word or a mixed one).
    /// </summary>
    private static int NeighbourScript(string s, int from, int direction, List<Cluster> accepted)
    {
        var i = direction < 0 ? from - 1 : from;
        var gap = 0;
        while (i >= 0 && i < s.Length && !char.IsLetterOrDigit(s[i]) && s[i] != '\n')
        {
            i += direction;
            if (++gap > 3)
            {
                return -1;
            }
        }

        if (i < 0 || i >= s.Length || s[i] == '\n' || gap == 0)
        {
            return -1;
        }

        // An accepted cluster that ends (or starts) the word there: judge what it decodes to.
        var edge = direction < 0 ? i + 1 : i;
        foreach (var a in accepted)
        {
            if ((direction < 0 ? a.End : a.Start) == edge)
            {
                return WordScript(a.Decoded);
            }
        }

        var start = i;
        var end = i + 1;
        while (start > 0 && char.IsLetter(s[start - 1]))
        {
            start--;
        }

        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        return WordScript(s.AsSpan(start, end - start));
    }

    private static int WordScript(ReadOnlySpan<char> word)
    {
        var script = -1;
        foreach (var ch in word)
        {
            if (!char.IsLetter(ch))
            {
                continue;
            }

            var x = NonLatinScript(ch);
            if (script >= 0 && x != script)
            {
                return 0;
            }

            script = x;
        }

        return Math.Max(script, 0);
    }

    private static Sequence? ReadSequence(string s, int i, SingleByteCodePage cp, byte[] bytes)
    {
        cp.TryEncode(s[i], out var lead);
        var need = lead switch
        {
            >= 0xC2 and <= 0xDF => 1,
            >= 0xE0 and <= 0xEF => 2,
            _ => 3,
        };
        if (i + need >= s.Length)
        {
            return null;
        }

        bytes[0] = lead;
        for (var k = 1; k <= need; k++)
        {
            if (i + k >= s.Length || s[i + k] < 0x80 || !cp.TryEncode(s[i + k], out var cont) || cont < 0x80 || cont > 0xBF)
            {
                return null;
            }

            bytes[k] = cont;
        }

        var b1 = bytes[1];
        if ((lead == 0xE0 && b1 < 0xA0) || (lead == 0xF0 && b1 < 0x90) || (lead == 0xF4 && b1 > 0x8F))
        {
            return null; // overlong or beyond U+10FFFF
        }

        if (lead == 0xED && b1 >= 0xA0)
        {
            // CESU-8: a surrogate pair written as two three-byte sequences.
            if (b1 > 0xAF || i + 5 >= s.Length)
            {
                return null;
            }

            for (var k = 3; k < 6; k++)
            {
                if (!cp.TryEncode(s[i + k], out var x))
                {
                    return null;
                }

                bytes[k] = x;
            }

            if (bytes[3] != 0xED || bytes[4] < 0xB0 || bytes[4] > 0xBF || bytes[5] < 0x80 || bytes[5] > 0xBF)
            {
                return null;
            }

            var high = (char)(0xD000 | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F));
            var low = (char)(0xD000 | ((bytes[4] & 0x3F) << 6) | (bytes[5] & 0x3F));
            return new Sequence(i, 6, new string([high, low]), 6, lead);
        }

        int cpValue = need switch
        {
            1 => ((lead & 0x1F) << 6) | (bytes[1] & 0x3F),
            2 => ((lead & 0x0F) << 12) | ((bytes[1] & 0x3F) << 6) | (bytes[2] & 0x3F),
            _ => ((lead & 0x07) << 18) | ((bytes[1] & 0x3F) << 12) | ((bytes[2] & 0x3F) << 6) | (bytes[3] & 0x3F),
        };
        return new Sequence(i, need + 1, char.ConvertFromUtf32(cpValue), need + 1, lead);
    }

    private static bool Plausible(string s, Cluster c, bool[] inCluster)
    {
        var decoded = c.Decoded;
        for (var i = 0; i < decoded.Length; i++)
        {
            var cat = char.GetUnicodeCategory(decoded, i);
            if (cat is UnicodeCategory.OtherNotAssigned || (cat is UnicodeCategory.PrivateUse && !IsInnerLayerStandIn(decoded, i)))
            {
                return false;
            }

            if (cat == UnicodeCategory.Control && c.Sequences.Count < 2)
            {
                return false;
            }

            if (char.IsHighSurrogate(decoded[i]))
            {
                i++;
            }
        }

        var before = c.Start > 0 ? s[c.Start - 1] : ' ';
        var after = c.End < s.Length ? s[c.End] : ' ';

        // A letter of a script that never sits inside a Latin word (Bront\u00EB\u2026\u201D is not Bront + a Korean syllable),
        // unless what it decodes to is itself mojibake, one layer further down: Р“вЂЎ in Р“вЂЎaР”Сџlayan is Г‡, which
        // is Ç (Latin text read twice as Windows-1251).
        foreach (var d in decoded)
        {
            if (char.IsLetter(d) && !IsLatin(d) && !IsGreek(d) && (IsLatinLetter(before) || IsLatinLetter(after)))
            {
                if (!DecodesAgain(decoded))
                {
                    return false;
                }

                break;
            }
        }

        if (c.Sequences.Count == 1 && c.Bytes == 2)
        {
            return PlausibleSingle(s, c, before, after, inCluster);
        }

        // One three-byte sequence that gives a CJK, kana or Hangul letter among non-letters is noise, not a word.
        if (c.Sequences.Count == 1 && char.IsLetter(decoded, 0) && decoded[0] >= '\u1100' && !char.IsLetter(before) && !char.IsLetter(after))
        {
            return false;
        }

        if (c.Bytes == 2 * c.Sequences.Count)
        {
            // Only two-byte sequences: when every original character was a letter, the result must hold a real letter.
            var allLetters = true;
            for (var i = c.Start; i < c.End; i++)
            {
                allLetters &= char.IsLetter(s[i]);
            }

            if (allLetters && !decoded.Any(d => char.GetUnicodeCategory(d) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PlausibleSingle(string s, Cluster c, char before, char after, bool[] inCluster)
    {
        var c1 = s[c.Start];
        var c2 = s[c.Start + 1];
        var d = c.Decoded[0];

        if (c.Sequences[0].Lead == 0xC2)
        {
            // "\u00C2" + a Latin-1 symbol or NBSP: the symbol itself. Where the code page has another character for
            // 0xC2 (Ā in Windows-1257), only an NBSP glued between two words (EmineĀ\u00A0Yıldız): a lost word space.
            return d >= '\u00A0' && !char.IsLetter(d) &&
                   (c1 == '\u00C2' || (d == '\u00A0' && char.IsLetter(before) && char.IsLetter(after)));
        }

        if (!char.IsLetter(c1))
        {
            // A symbol lead (MacRoman \u221A, code page 437 box drawing) must hang on a word: box drawing next to box
            // drawing with no letter beside it is line art (├┤), glued to a word it is a letter (Özt├╝rk).
            if (!char.IsLetter(before) && !char.IsLetter(after) && (d != '\u00E0' || c2 is >= '\u2500' and <= '\u259F'))
            {
                return false;
            }
        }

        if (d is >= '\u0300' and <= '\u036F')
        {
            // A combining mark must have something to combine with.
            return !char.IsWhiteSpace(before);
        }

        if (!IsModernLetter(d))
        {
            return false;
        }

        // NBSP as the second byte of an upper-case letter: the NBSP is a word space (SELK\u00C4\u00A0EDELL\u00C4),
        // unless the letter starts a capitalised word (\u00C5\u00A0ehovi\u0107 is \u0160ehovi\u0107: C5 A0 is \u0160).
        var startsCapitalisedWord = !char.IsLetter(before) && char.IsLower(after);
        if (c2 == '\u00A0' && char.IsUpper(d) && !startsCapitalisedWord)
        {
            return false;
        }

        // Apostrophe-like second character followed by a letter: "\u00C3\u2019s" is a possessive, not \u00D2.
        if (c2 is '\u2019' or '\u2018' && char.IsLetter(after) && !char.IsLetter(before))
        {
            return false;
        }

        // Neighbouring letters of the same word.
        var upper = 0;
        var lower = 0;
        var nonLatin = 0;
        var greek = 0;
        var context = 0;
        var clustered = 0;
        for (var i = c.Start - 1; i >= 0 && (char.IsLetter(s[i]) || inCluster[i]); i--)
        {
            Count(i);
        }

        for (var i = c.End; i < s.Length && (char.IsLetter(s[i]) || inCluster[i]); i++)
        {
            Count(i);
        }

        if (context == 0 && clustered == 0)
        {
            // A word of its own: the case must agree with the lead (a lone \u00C5\u2014 is an \u00C5ngstr\u00F6m and a dash),
            // except for the French and Portuguese word \u00E0.
            return d == '\u00E0' || char.IsUpper(c1) == char.IsUpper(d);
        }

        if (char.IsLower(d) && upper > 0 && lower == 0)
        {
            return false; // lower case inside an all-capitals word
        }

        if (char.IsUpper(d) && char.IsLower(before) && char.IsLower(after))
        {
            return false; // a capital between small letters: YĹldĹz is Yıldız read through the wrong Central European page
        }

        if (IsLatin(d) ? nonLatin > 0 : nonLatin > greek)
        {
            // A Latin letter inside a Cyrillic or Greek word, or a Greek one inside a Cyrillic word (ОЊ, ОЈ in the
            // capitals of Serbian ДОЊИ, ЗАВОЈ), is that script's real spelling.
            return false;
        }

        return true;

        void Count(int i)
        {
            if (inCluster[i])
            {
                clustered++; // another candidate: what it stands for is not known here
                return;
            }

            var x = s[i];
            context++;
            if (char.IsUpper(x))
            {
                upper++;
            }
            else if (char.IsLower(x))
            {
                lower++;
            }

            if (!IsLatin(x))
            {
                nonLatin++;
                greek += IsGreek(x) ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// A sequence whose last byte was 0xA0: shown as NBSP, the NBSP became a plain space (or merged with the space
    /// after it). "voil\u00C3 le" is "voil\u00E0 le", "\u00C5 veices" is "\u0160veices" (Windows-1257), "named\u00C2 " ends in an
    /// NBSP. Except for a word-final "\u00C3" (\u00E0) these need other mojibake in the block; a stand-alone \u00E0 keeps its
    /// space unless it begins the Portuguese contractions "\u00E0s" and "\u00E0quele".
    /// </summary>
    private static void AddLostNbsp(string s, SingleByteCodePage cp, List<Cluster> accepted, bool[] inAnyCluster)
    {
        var evidence = accepted.Count > 0;
        var added = new List<Cluster>();
        for (var i = 0; i + 2 < s.Length; i++)
        {
            if (s[i] < 0x80 || !cp.TryEncode(s[i], out var lead) || lead < 0xC2 || lead > 0xEF || inAnyCluster[i])
            {
                continue;
            }

            var width = lead <= 0xDF ? 1 : 2;
            if (width == 2 && (s[i + 1] < 0x80 || !cp.TryEncode(s[i + 1], out var cont) || cont < 0x80 || cont > 0xBF || (lead == 0xE0 && cont < 0xA0) || (lead == 0xED && cont >= 0xA0)))
            {
                continue;
            }

            var space = i + width;
            if (space + 1 >= s.Length || s[space] != ' ')
            {
                continue;
            }

            var before = i > 0 ? s[i - 1] : ' ';
            var twoSpaces = s[space + 1] == ' ';
            var next = twoSpaces ? (space + 2 < s.Length ? s[space + 2] : ' ') : s[space + 1];
            cp.TryEncode(s[i + width - 1], out var last);
            var value = width == 1
                ? ((lead & 0x1F) << 6) | 0x20
                : ((lead & 0x0F) << 12) | ((last & 0x3F) << 6) | 0x20;
            var d = (char)value;

            if (d == '\u00E0')
            {
                if (!char.IsAsciiLetterLower(next))
                {
                    continue;
                }

                if (char.IsLower(before))
                {
                    added.Add(new Cluster(i, twoSpaces ? space + 1 : space, "\u00E0", 2, [], IsAGrave: true));
                    continue;
                }

                if (twoSpaces || char.IsLetterOrDigit(before) || !evidence)
                {
                    continue;
                }

                var rest = s.AsSpan(space + 1);
                var joins = rest.StartsWith("s ", StringComparison.Ordinal) || rest.StartsWith("quel", StringComparison.Ordinal) || rest.StartsWith("quil", StringComparison.Ordinal);
                added.Add(new Cluster(i, joins ? space + 1 : space, "\u00E0", 2, [], IsAGrave: true));
                continue;
            }

            if (!evidence || twoSpaces)
            {
                continue;
            }

            if (d == '\u00A0')
            {
                if (s[i] == '\u00C2' && char.IsLetterOrDigit(before) && !char.IsWhiteSpace(next))
                {
                    added.Add(new Cluster(i, space + 1, "\u00A0", 2, [], IsAGrave: true));
                }

                continue;
            }

            var plausible = width == 1 ? IsModernLetter(d) && char.IsUpper(d) == char.IsUpper(s[i]) : char.IsLetter(d);
            if (plausible && char.IsLetter(next) && !char.IsLetter(before))
            {
                added.Add(new Cluster(i, space + 1, d.ToString(), width + 1, [], IsAGrave: true));
            }
        }

        accepted.AddRange(added);
    }

    private static bool IsWesternHigh(char c) =>
        c is >= '\u0080' and <= '\u00FF' || (c > 0xFF && SingleByteCodePage.Windows1252.TryEncode(c, out _));

    private static bool IsLatinLetter(char c) => char.IsLetter(c) && IsLatin(c);

    private static bool IsLatin(char c) =>
        c < 0x0250 || c is >= '\uFB00' and <= '\uFB06' || c is >= '\u1E00' and <= '\u1EFF' or >= '\u2C60' and <= '\u2C7F' or >= '\uA720' and <= '\uA7FF' or >= '\uFF21' and <= '\uFF5A';

    private static bool IsGreek(char c) => c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF';

    /// <summary>Letters of modern orthographies (and combining accents) that a lone two-byte repair may produce.</summary>
    private static bool IsModernLetter(char d)
    {
        if (d is >= '\u0300' and <= '\u036F')
        {
            return true;
        }

        if (!char.IsLetter(d))
        {
            return false;
        }

        return d is >= '\u00C0' and <= '\u00FF'
            || (d is >= '\u0100' and <= '\u017F' && d is not '\u0138' and not '\u017F')
            || d is '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0' // Vietnamese Ơ ơ Ư ư, not Ʃ or Ʈ
            || d is >= '\u01C4' and <= '\u01DC' or >= '\u0218' and <= '\u021B'
            || d is >= '\u0386' and <= '\u03CE'
            || d is >= '\u1E00' and <= '\u1EFF';
    }
}
