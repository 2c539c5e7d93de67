using System.Text;
using System.Text.Json;

namespace EditorialLint.Cli.Tests.Fuzz;

/// <summary>
/// One forward pass over a JSON document with <see cref="Utf8JsonReader"/>: the whole text must be one valid JSON
/// value (a <see cref="JsonException"/> otherwise), and the elements of every array and the numbers are collected by
/// their path of property names ("runs/results"; "a[]" for the arrays in array "a"). No document object model is built, which the fuzz run does once
/// per input for three reporters.
/// </summary>
internal sealed class JsonCounts
{
    private readonly Dictionary<string, int> _lengths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _numbers = new(StringComparer.Ordinal);

    private JsonCounts()
    {
    }

    /// <summary>Read <paramref name="json"/> to its end; throws <see cref="JsonException"/> when it is not valid JSON.</summary>
    public static JsonCounts Read(string json)
    {
        var counts = new JsonCounts();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var stack = new Stack<(string Path, bool IsArray, int Count)>();
        string? property = null;
        var values = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = Child(stack, property);
                    if (property is null && reader.TokenType == JsonTokenType.StartArray && stack.Count > 0)
                    {
                        path += "[]"; // an array in an array: its elements are not its parent's
                    }

                    CountElement(stack, ref values);
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    var (ended, isArray, count) = stack.Pop();
                    if (isArray)
                    {
                        counts._lengths[ended] = counts._lengths.GetValueOrDefault(ended) + count;
                    }

                    break;
                default:
                    if (reader.TokenType == JsonTokenType.Number && property is not null && reader.TryGetInt64(out var n))
                    {
                        counts._numbers[Child(stack, property)] = n;
                    }

                    CountElement(stack, ref values);
                    break;
            }

            property = null;
        }

        if (values != 1 || stack.Count != 0)
        {
            throw new JsonException($"{values} top-level values");
        }

        return counts;
    }

    /// <summary>Elements of the arrays at <paramref name="path"/> (summed when several arrays have that path), or -1 when there is none.</summary>
    public int Length(string path) => _lengths.TryGetValue(path, out var n) ? n : -1;

    /// <summary>The (last) whole number at <paramref name="path"/>, or null.</summary>
    public long? Number(string path) => _numbers.TryGetValue(path, out var n) ? n : null;

    private static string Child(Stack<(string Path, bool IsArray, int Count)> stack, string? property)
    {
        var parent = stack.Count == 0 ? string.Empty : stack.Peek().Path;
        return property is null ? parent : parent.Length == 0 ? property : parent + "/" + property;
    }

    private static void CountElement(Stack<(string Path, bool IsArray, int Count)> stack, ref int values)
    {
        if (stack.Count == 0)
        {
            values++;
        }
        else if (stack.Peek().IsArray)
        {
            var top = stack.Pop();
            stack.Push(top with { Count = top.Count + 1 });
        }
    }
}
