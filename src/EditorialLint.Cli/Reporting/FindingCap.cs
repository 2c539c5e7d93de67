using System.Globalization;
using Microsoft.CodeAnalysis;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Cli.Reporting;

/// <summary>
/// The findings a listing report shows of one result: at most <c>limit</c> per rule id, in document order; in place of
/// the first one left out, one closing finding of the same rule and severity says how many more there are and how many
/// of them <c>--fix</c> repairs. A draft garbled throughout (800,000 mojibake runs) then gives a readable report instead
/// of hundreds of megabytes of the same damage; the counts, the exit code and <c>--fix</c> still cover every finding.
/// </summary>
internal static class FindingCap
{
    /// <summary>The default <c>--max-findings-per-rule</c>.</summary>
    public const int DefaultLimit = 1000;

    /// <summary>
    /// <paramref name="visible"/> (in document order) with at most <paramref name="limit"/> findings per rule id and a
    /// closing finding per capped rule; <paramref name="limit"/> 0 or less shows everything.
    /// </summary>
    public static IEnumerable<EditorialDiagnostic> Apply(IReadOnlyList<EditorialDiagnostic> visible, int limit)
    {
        if (limit <= 0 || visible.Count <= limit)
        {
            return visible;
        }

        var totals = new Dictionary<string, (int Count, int Safe, int Review)>(StringComparer.Ordinal);
        foreach (var d in visible)
        {
            totals[d.Id] = Add(totals.GetValueOrDefault(d.Id), d);
        }

        return totals.Values.Any(t => t.Count > limit) ? Capped(visible, limit, totals) : visible;
    }

    private static IEnumerable<EditorialDiagnostic> Capped(IReadOnlyList<EditorialDiagnostic> visible, int limit, Dictionary<string, (int Count, int Safe, int Review)> totals)
    {
        var seen = new Dictionary<string, (int Count, int Safe, int Review)>(StringComparer.Ordinal);
        foreach (var d in visible)
        {
            var before = seen.GetValueOrDefault(d.Id);
            seen[d.Id] = Add(before, d);
            var count = before.Count;
            if (count < limit)
            {
                yield return d;
            }
            else if (count == limit)
            {
                var total = totals[d.Id];
                yield return Summary(d, total.Count - limit, total.Safe - before.Safe, total.Review - before.Review);
            }
        }
    }

    private static (int Count, int Safe, int Review) Add((int Count, int Safe, int Review) t, EditorialDiagnostic d) =>
        (t.Count + 1, t.Safe + (d.Fix is { IsSafe: true } ? 1 : 0), t.Review + (d.Fix is { IsSafe: false } ? 1 : 0));

    /// <summary>The closing finding, at the first finding left out, with its rule id and severity and no fix.</summary>
    internal static EditorialDiagnostic Summary(EditorialDiagnostic first, int more, int safe, int review)
    {
        var d = first.Diagnostic;
        var inv = CultureInfo.InvariantCulture;
        var repair = (safe, review) switch
        {
            (0, 0) => string.Empty,
            _ when safe == more => "; --fix repairs them all",
            _ when review == more => "; --fix --unsafe-fixes changes them all",
            _ => string.Create(inv, $"; --fix repairs {safe} of them, --fix --unsafe-fixes {safe + review}"),
        };
        var message = string.Create(inv, $"{more} more {d.Id} findings in this file are not shown (the first is here){repair}; --max-findings-per-rule 0 lists them all");
        var summary = Diagnostic.Create(
            d.Id,
            d.Descriptor.Category,
            message,
            d.Severity,
            d.DefaultSeverity,
            isEnabledByDefault: true,
            warningLevel: d.WarningLevel,
            title: d.Descriptor.Title,
            description: d.Descriptor.Description,
            helpLink: d.Descriptor.HelpLinkUri,
            location: d.Location,
            customTags: d.Descriptor.CustomTags);
        return new EditorialDiagnostic(summary, null);
    }
}
