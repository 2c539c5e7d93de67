using System.Text.Json;

namespace EditorialLint.Cli.Tests.Fuzz;

public sealed class JsonCountsTests
{
    [Fact]
    public void Counts_the_elements_of_arrays_by_their_path_and_reads_numbers()
    {
        var json = JsonCounts.Read("""{"files": 1, "runs": [{"results": [1, {"results": [0]}, [2, 3], "x"]}], "diagnostics": []}""");
        Assert.Equal(1, json.Number("files"));
        Assert.Equal(1, json.Length("runs"));
        Assert.Equal(4, json.Length("runs/results"));
        Assert.Equal(1, json.Length("runs/results/results"));
        Assert.Equal(2, json.Length("runs/results[]"));
        Assert.Equal(0, json.Length("diagnostics"));
        Assert.Equal(-1, json.Length("missing"));
        Assert.Null(json.Number("missing"));
        Assert.Equal(3, JsonCounts.Read("[{}, [], null]").Length(string.Empty));
    }

    [Theory]
    [InlineData("""{"files": 1""")]
    [InlineData("""{"files": 1}{"files": 1}""")]
    [InlineData("""{"files": 1,}""")]
    [InlineData("""{"a": "line""" + "\n" + """break"}""")]
    [InlineData("")]
    public void Invalid_json_throws(string text) => Assert.ThrowsAny<JsonException>(() => JsonCounts.Read(text));
}
