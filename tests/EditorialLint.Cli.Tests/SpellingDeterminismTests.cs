using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Rules;
using EditorialLint.Testing;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// Spelling findings, suggestions included, are the same whatever the number of threads: no clock is consulted and
/// nothing depends on which document or word a thread reaches first. Each run builds its own dictionaries, so that no
/// cache of the first run answers the second.
/// </summary>
public class SpellingDeterminismTests
{
    private static string Run(IReadOnlyList<string> files, int threads)
    {
        var registry = BuiltInRules.CreateRegistry();
        var spelling = new SpellingSetup();
        var session = new LintSession(registry, new LintSessionOptions { Configuration = new EditorialConfiguration(registry), SpellCheckers = spelling });
        var inputs = files.Select(f => new DocumentInput(f, () => File.ReadAllBytes(f))).ToList();
        var results = new List<DocumentResult>();
        session.LintInOrder(inputs, results.Add, maxDegreeOfParallelism: threads);
        var lines = results
            .SelectMany(r => r.Diagnostics.Where(d => d.Id.StartsWith("EL400", StringComparison.Ordinal))
                .Select(d => $"{Path.GetFileName(r.Path)}:{d.Location.SourceSpan.Start} {d.Id} {d.Message}"));
        return string.Join("\n", lines);
    }

    [Fact]
    public void Spelling_findings_and_suggestions_are_identical_with_one_thread_and_with_four()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "RealWorld", "docs"))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var one = Run(files, 1);
        var four = Run(files, 4);
        Assert.Contains("did you mean", one, StringComparison.Ordinal); // suggestions are part of what is compared
        Assert.Equal(one, four);
    }
}
