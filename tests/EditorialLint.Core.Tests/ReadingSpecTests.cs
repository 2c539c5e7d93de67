using EditorialLint.Core.Parsing;
using EditorialLint.Core.Tests.Specs;

namespace EditorialLint.Core.Tests;

/// <summary>Runs every example of the reading specs in <c>Specs/*.md</c>: the reader's model of the input, dumped, is the expected text.</summary>
public class ReadingSpecTests
{
    private static readonly Dictionary<string, SpecExample> ByName = SpecExamples.All().ToDictionary(e => e.ToString(), StringComparer.Ordinal);

    /// <summary>Examples by name ("file:line title"), so that each is a test of its own in the runner.</summary>
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var name in ByName.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string name)
    {
        var example = ByName[name];
        var doc = DocumentParser.Parse("spec" + example.Extension, example.Input);
        Assert.Equal(example.Expected, DocumentDump.Write(doc));
    }

    [Fact]
    public void The_specs_cover_both_readers()
    {
        var all = SpecExamples.All().ToList();
        Assert.True(all.Count(e => e.Extension == ".md") >= 20, "Markdown examples");
        Assert.True(all.Count(e => e.Extension == ".txt") >= 20, "plain-text examples");
        Assert.Equal(all.Count, all.Select(e => (e.File, e.Line)).Distinct().Count());
    }
}
