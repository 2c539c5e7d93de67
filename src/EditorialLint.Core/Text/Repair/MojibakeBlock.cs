using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Text.Repair;

/// <summary>
/// One block of text (no sequence spans a blank line) repaired layer by layer, then turned into runs: the repaired
/// stretches, and with controls the C1 controls left over that stand for Windows-1252 characters.
/// </summary>
internal static class MojibakeBlock
{
    private const int MaxLayers = 4;

    /// <summary>Append the runs of the block <c>[start, end)</c> of <paramref name="text"/> to <paramref name="result"/>.</summary>
    public static void Find(string text, int start, int end, bool withControls, List<MojibakeRun> result)
    {
        var block = text.AsSpan(start, end - start);
        var mayHold = MojibakePrefilter.CandidateCodePages(block) != 0;
        if (!mayHold && !(withControls && Utf8Mojibake.HasC1Control(block)))
        {
            return;
        }

        var pieces = new List<MojibakePiece> { new(start, end, text[start..end], false, string.Empty) };
        if (mayHold)
        {
            pieces = RepairLayers(pieces);
        }

        if (IsHopelessGarble(pieces))
        {
            return;
        }

        foreach (var p in MergeChanged(pieces))
        {
            if (p.Changed)
            {
                result.Add(RunOf(p));
            }
            else if (withControls)
            {
                AddC1Controls(p, result);
            }
        }
    }

    /// <summary>Up to <see cref="MaxLayers"/> layers: each re-decodes what the best code page explains in the text so far.</summary>
    private static List<MojibakePiece> RepairLayers(List<MojibakePiece> pieces)
    {
        for (var layer = 0; layer < MaxLayers; layer++)
        {
            var current = layer == 0 ? pieces[0].Text : string.Concat(pieces.Select(p => p.Text));
            var candidates = MojibakePrefilter.CandidateCodePages(current);
            if (candidates == 0)
            {
                break;
            }

            var (codePage, layerRepairs) = MojibakeLayer.Find(current, candidates);
            if (layerRepairs.Count == 0)
            {
                break;
            }

            pieces = MojibakePieces.ApplyLayer(pieces, layerRepairs, codePage!.Name);
        }

        return pieces;
    }

    /// <summary>
    /// Hopeless garble: when more pairs of Latin-1/Windows-1252 characters stay unexplained than were repaired, the
    /// repairs are guesses inside noise; the block is left as it is.
    /// </summary>
    private static bool IsHopelessGarble(List<MojibakePiece> pieces)
    {
        var repaired = pieces.Count(p => p.Changed);
        if (repaired == 0)
        {
            return false;
        }

        var leftover = 0;
        foreach (var p in pieces.Where(p => !p.Changed))
        {
            for (var i = 1; i < p.Text.Length; i++)
            {
                leftover += ScriptClasses.IsWesternHigh(p.Text[i - 1]) && ScriptClasses.IsWesternHigh(p.Text[i]) ? 1 : 0;
            }
        }

        return leftover > repaired;
    }

    /// <summary>Adjacent changed pieces become one run.</summary>
    private static List<MojibakePiece> MergeChanged(List<MojibakePiece> pieces)
    {
        var merged = new List<MojibakePiece>();
        foreach (var p in pieces)
        {
            if (p.Changed && merged.Count > 0 && merged[^1].Changed && merged[^1].OrigEnd == p.OrigStart)
            {
                merged[^1].Text += p.Text;
                merged[^1].OrigEnd = p.OrigEnd;
            }
            else
            {
                merged.Add(p);
            }
        }

        return merged;
    }

    private static MojibakeRun RunOf(MojibakePiece p)
    {
        var (layers, description) = Descriptions.GetOrAdd(p.Via, Describe);
        return new MojibakeRun(TextSpan.FromBounds(p.OrigStart, p.OrigEnd), p.Text, layers, description);
    }

    // The layer histories ("Windows-1252", "Windows-1252|Latin-1", ...) are few; a long draft has a million runs.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (int Layers, string Description)> Descriptions = new(StringComparer.Ordinal);

    private static (int Layers, string Description) Describe(string via)
    {
        var layers = via.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var description = layers.Length == 1
            ? $"UTF-8 read as {layers[0]}"
            : $"UTF-8 read as {string.Join(", then ", layers.Reverse())} ({layers.Length} layers)";
        return (layers.Length, description);
    }

    /// <summary>C1 controls left over in unchanged text: Windows-1252 characters that went through Latin-1.</summary>
    private static void AddC1Controls(MojibakePiece p, List<MojibakeRun> result)
    {
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
