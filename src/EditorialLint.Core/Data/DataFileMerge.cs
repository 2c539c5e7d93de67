using System.Collections.Immutable;

namespace EditorialLint.Core.Data;

/// <summary>
/// Joins one kind of data read from several files (a configured or shipped file and the rule packs' files), earliest
/// source first: on a conflicting entry the earlier source wins, and a source never loses entries to itself.
/// </summary>
internal static class DataFileMerge
{
    /// <summary>
    /// House terms: a later term loses each rejected form that an earlier source already prefers or rejects, and is
    /// dropped when an earlier source rejects its preferred form (so two sources never send a word back and forth).
    /// </summary>
    public static ImmutableArray<HouseTerm> HouseTerms(IReadOnlyList<ImmutableArray<HouseTerm>> sources)
    {
        var preferred = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var merged = ImmutableArray.CreateBuilder<HouseTerm>();
        foreach (var source in sources)
        {
            var kept = new List<HouseTerm>();
            foreach (var term in source)
            {
                if (rejected.Contains(term.Preferred))
                {
                    continue;
                }

                var forms = term.Rejected.Where(r => !preferred.Contains(r) && !rejected.Contains(r)).ToImmutableArray();
                if (forms.Length > 0)
                {
                    kept.Add(forms.Length == term.Rejected.Length ? term : term with { Rejected = forms });
                }
            }

            foreach (var term in kept)
            {
                preferred.Add(term.Preferred);
                rejected.UnionWith(term.Rejected);
            }

            merged.AddRange(kept);
        }

        return merged.ToImmutable();
    }

    /// <summary>Name-variant groups: every source's groups, a group listed again with the same forms only once.</summary>
    public static ImmutableArray<ImmutableArray<string>> Groups(IReadOnlyList<ImmutableArray<ImmutableArray<string>>> sources)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. sources.SelectMany(s => s).Where(g => seen.Add(string.Join("|", g)))];
    }

    /// <summary>Names: every source's names, each once.</summary>
    public static ImmutableArray<string> Names(IReadOnlyList<ImmutableArray<string>> sources) =>
        [.. sources.SelectMany(s => s).Distinct(StringComparer.Ordinal)];

    /// <summary>US/UK pairs: a spelling that an earlier source pairs keeps that pair.</summary>
    public static (FrozenMap, FrozenMap) UsUk(IReadOnlyList<(FrozenMap Us, FrozenMap Uk)> sources)
    {
        var us = new Dictionary<string, string>(StringComparer.Ordinal);
        var uk = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fromUs, fromUk) in sources)
        {
            foreach (var (k, v) in fromUs.Entries)
            {
                us.TryAdd(k, v);
            }

            foreach (var (k, v) in fromUk.Entries)
            {
                uk.TryAdd(k, v);
            }
        }

        return (new FrozenMap(us), new FrozenMap(uk));
    }
}
