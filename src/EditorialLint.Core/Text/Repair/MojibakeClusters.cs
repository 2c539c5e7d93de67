namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// The candidate repairs of one code page in one text: its UTF-8 sequences grouped into clusters, then the clusters
/// that are plausible and, for the weakest evidence, corroborated; sorted by start.
/// </summary>
internal static class MojibakeClusters
{
    /// <summary>The accepted clusters of <paramref name="s"/> read through <paramref name="cp"/>, by start.</summary>
    public static List<MojibakeCluster> Find(string s, SingleByteCodePage cp)
    {
        var clusters = Group(Sequences(s, cp));

        // Characters of the candidate sequences: a pair's neighbours that are themselves mojibake (the Дџ beside Гј in
        // GГјndoДџdu) are not the word's real letters.
        // rented, and only its first s.Length entries are used (callers index by position in s)
        var inCluster = System.Buffers.ArrayPool<bool>.Shared.Rent(s.Length);
        try
        {
            Array.Clear(inCluster, 0, s.Length);
            foreach (var c in clusters)
            {
                Array.Fill(inCluster, true, c.Start, c.End - c.Start);
            }

            var accepted = clusters.Where(c => MojibakePlausibility.Plausible(s, c, inCluster)).ToList();
            AddOneLetterWords(s, clusters, accepted);
            RequireCorroboration(s, cp, accepted);
            RejectBesideCorrectPunctuation(s, cp, accepted);
            LostNbsp.Add(s, cp, accepted, inCluster);
            accepted.Sort((x, y) => x.Start.CompareTo(y.Start));
            return accepted;
        }
        finally
        {
            System.Buffers.ArrayPool<bool>.Shared.Return(inCluster);
        }
    }

    /// <summary>Every valid sequence, left to right, none overlapping.</summary>
    private static List<Utf8Sequence> Sequences(string s, SingleByteCodePage cp)
    {
        var sequences = new List<Utf8Sequence>();
        var bytes = new byte[12];
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] < 0x80 || !cp.TryEncode(s[i], out var lead) || lead < 0xC2 || lead > 0xF4)
            {
                continue;
            }

            if (Utf8Sequences.Read(s, i, cp, bytes) is { } found)
            {
                sequences.Add(found);
                i += found.Length - 1;
            }
        }

        return sequences;
    }

    /// <summary>Sequences that touch one another form one cluster.</summary>
    private static List<MojibakeCluster> Group(List<Utf8Sequence> sequences)
    {
        var clusters = new List<MojibakeCluster>();
        for (var k = 0; k < sequences.Count;)
        {
            var first = sequences[k];
            var end = first.Start + first.Length;
            var bytes = first.Bytes;
            var j = k + 1;
            while (j < sequences.Count && sequences[j].Start == end)
            {
                end += sequences[j].Length;
                bytes += sequences[j].Bytes;
                j++;
            }

            var decoded = j == k + 1 ? first.Decoded : Concat(sequences, k, j);
            clusters.Add(new MojibakeCluster(first.Start, end, decoded, bytes, j - k, first.Lead));
            k = j;
        }

        return clusters;
    }

    private static string Concat(List<Utf8Sequence> sequences, int from, int to)
    {
        var b = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            b.Append(sequences[k].Decoded);
        }

        return b.ToString();
    }

    /// <summary>
    /// A one-letter word is judged with its neighbours: "Петровић Ð¸ Жана" is и between two Cyrillic words, though
    /// "Ð¸" alone would be a capital and a symbol.
    /// </summary>
    private static void AddOneLetterWords(string s, List<MojibakeCluster> clusters, List<MojibakeCluster> accepted)
    {
        if (accepted.Count == clusters.Count)
        {
            return; // every cluster is accepted already (accepted is a subset of clusters): the common case, no set needed
        }

        var acceptedSet = new HashSet<MojibakeCluster>(accepted, ReferenceEqualityComparer.Instance); // not List.Contains: linear time
        for (var k = 0; k < clusters.Count; k++)
        {
            var c = clusters[k];
            if (c.IsLoneTwoByte && !acceptedSet.Contains(c) && NeighbourScripts.IsOneLetterWordOfItsNeighboursScript(s, c, accepted))
            {
                accepted.Add(c);
                acceptedSet.Add(c);
            }
        }
    }

    /// <summary>
    /// Outside Windows-1252, lone two-byte repairs with a letter lead need corroboration: a longer sequence, or two
    /// different repairs (H\u00C5\u00D8YA twice is Norwegian, not \u0168 in Windows-1257).
    /// </summary>
    private static void RequireCorroboration(string s, SingleByteCodePage cp, List<MojibakeCluster> accepted)
    {
        if (ReferenceEquals(cp, SingleByteCodePage.Windows1252) || !accepted.All(c => c.IsLoneTwoByte))
        {
            return;
        }

        var distinct = accepted.Select(c => c.Decoded).Distinct(StringComparer.Ordinal).Count();
        if (distinct < 2)
        {
            accepted.RemoveAll(c => char.IsLetter(s[c.Start]) && !MojibakeCorroboration.Corroborated(s, c, accepted, wedgedCounts: true));
        }
    }

    /// <summary>
    /// A lone two-byte candidate in text that also holds correctly encoded punctuation from the same code page is more
    /// likely a real letter pair (Dr\u00C3\u00A5ber next to a correct en dash) than mojibake. Only when it decodes to a
    /// Latin-1 character: a pair that stands for ğ, ć or š ("Ä\u0178" of Erdo\u00C4\u0178an) is no letter pair of any language.
    /// </summary>
    private static void RejectBesideCorrectPunctuation(string s, SingleByteCodePage cp, List<MojibakeCluster> accepted)
    {
        if (accepted.Count != 1 || !accepted[0].IsLoneTwoByte || !accepted[0].Decoded.All(ch => ch <= '\u00FF') ||
            MojibakeCorroboration.Corroborated(s, accepted[0], accepted, wedgedCounts: false))
        {
            return;
        }

        var c = accepted[0];
        for (var i = 0; i < s.Length; i++)
        {
            if ((i < c.Start || i >= c.End) && s[i] >= 0x80 && !char.IsLetter(s[i]) && !char.IsWhiteSpace(s[i]) && cp.TryEncode(s[i], out _))
            {
                accepted.Clear();
                return;
            }
        }
    }
}
