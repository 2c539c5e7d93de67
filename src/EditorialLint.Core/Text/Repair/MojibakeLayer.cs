namespace EditorialLint.Core.Text.Repair;

/// <summary>One layer of mojibake: the candidate code page that explains most of a text, and what it re-decodes.</summary>
internal static class MojibakeLayer
{
    /// <summary>
    /// The best code page among <paramref name="candidates"/> (bits of <see cref="SingleByteCodePage.MojibakeCandidates"/>)
    /// for <paramref name="s"/>, and the clusters it re-decodes, ascending; no code page and no repairs when none explains anything.
    /// </summary>
    public static (SingleByteCodePage? CodePage, List<(int Start, int End, string Text)> Repairs) Find(string s, int candidates)
    {
        SingleByteCodePage? best = null;
        List<MojibakeCluster>? bestClusters = null;
        var bestScore = 0;
        var bestPenalty = 0;
        for (var k = 0; k < SingleByteCodePage.MojibakeCandidates.Count; k++)
        {
            if ((candidates & (1 << k)) == 0)
            {
                continue; // no complete sequence in this code page: nothing to find
            }

            var cp = SingleByteCodePage.MojibakeCandidates[k];
            var clusters = MojibakeClusters.Find(s, cp);
            var score = 0;
            foreach (var c in clusters)
            {
                score += c.Bytes;
            }


            // Ties go to the code page that needs fewer borrowed C1 controls (ISO-8859-2 over Windows-1250 for U+0099).
            var penalty = Penalty(s, cp, clusters);
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

    /// <summary>The characters of the clusters that the code page does not give their byte (borrowed C1 controls).</summary>
    private static int Penalty(string s, SingleByteCodePage cp, List<MojibakeCluster> clusters)
    {
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

        return penalty;
    }
}
