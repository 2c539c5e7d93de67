namespace EditorialLint.Core.Tests.Specs;

/// <summary>One example of a spec file: the input, which reader reads it, and the expected dump of the document.</summary>
public sealed record SpecExample(string File, int Line, string Title, string Extension, string Input, string Expected)
{
    public override string ToString() => $"{File}:{Line} {Title}";
}

/// <summary>
/// Reads the examples of the spec files in <c>Specs/</c>. As in Markdig's specs, an example is a fence of 32
/// backticks followed by <c>example</c> and the file extension (<c>md</c>, <c>txt</c>); the input comes first, a line
/// holding only <c>.</c> separates it from the expected dump. In the input, <c>→</c> stands for a tab and <c>␠</c> for a space at the end of a line (which editors trim). The last
/// heading line (<c>## …</c>) before an example titles it.
/// </summary>
public static class SpecExamples
{
    private const string Fence = "````````````````````````````````";

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<SpecExample> All() =>
        Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal).SelectMany(f => Parse(Path.GetFileName(f), File.ReadAllText(f)));

    public static IEnumerable<SpecExample> Parse(string file, string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = string.Empty;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                title = lines[i][3..].Trim();
                continue;
            }

            if (!lines[i].StartsWith(Fence + " example ", StringComparison.Ordinal))
            {
                continue;
            }

            var extension = "." + lines[i][(Fence.Length + " example ".Length)..].Trim();
            var start = i + 1;
            var dot = Array.FindIndex(lines, start, l => l == ".");
            var end = Array.FindIndex(lines, start, l => l == Fence);
            if (dot < 0 || end < 0 || dot > end)
            {
                throw new FormatException($"{file}:{i + 1}: an example needs a '.' line and a closing fence");
            }

            var input = string.Join('\n', lines[start..dot]).Replace('→', '\t').Replace('␠', ' ') + "\n";
            var expected = string.Join('\n', lines[(dot + 1)..end]);
            yield return new SpecExample(file, i + 1, title, extension, input, expected.Length == 0 ? string.Empty : expected + "\n");
            i = end;
        }
    }
}
