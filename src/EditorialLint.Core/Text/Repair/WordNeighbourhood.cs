namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// The letters of a cluster's word on either side (other candidate clusters count as unknown): how many, in which
/// case, how many outside the Latin script and how many of those Greek.
/// </summary>
internal struct WordNeighbourhood
{
    public int Upper;
    public int Lower;
    public int NonLatin;
    public int Greek;
    public int Context;
    public int Clustered;

    public static WordNeighbourhood Around(string s, MojibakeCluster c, bool[] inCluster)
    {
        var word = default(WordNeighbourhood);
        for (var i = c.Start - 1; i >= 0 && (char.IsLetter(s[i]) || inCluster[i]); i--)
        {
            word.Count(s, i, inCluster);
        }

        for (var i = c.End; i < s.Length && (char.IsLetter(s[i]) || inCluster[i]); i++)
        {
            word.Count(s, i, inCluster);
        }

        return word;
    }

    private void Count(string s, int i, bool[] inCluster)
    {
        if (inCluster[i])
        {
            Clustered++; // another candidate: what it stands for is not known here
            return;
        }

        var x = s[i];
        Context++;
        if (char.IsUpper(x))
        {
            Upper++;
        }
        else if (char.IsLower(x))
        {
            Lower++;
        }

        if (!ScriptClasses.IsLatin(x))
        {
            NonLatin++;
            Greek += ScriptClasses.IsGreek(x) ? 1 : 0;
        }
    }
}
