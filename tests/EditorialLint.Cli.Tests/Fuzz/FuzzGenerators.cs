using System.Text;
using CsCheck;

namespace EditorialLint.Cli.Tests.Fuzz;

/// <summary>One generated input: a file name (its extension picks the reader) and its bytes.</summary>
public sealed record FuzzCase(string Name, byte[] Bytes)
{
    public override string ToString()
    {
        // Printed when a property fails: the name and the bytes as escaped text (what CsCheck shows after shrinking).
        var text = Encoding.UTF8.GetString(Bytes);
        var b = new StringBuilder();
        foreach (var c in text)
        {
            b.Append(c is < ' ' or '\u007f' or (>= '\u0080' and <= '\u009f') or '\u2028' or '\u2029' or '\\' ? $"\\u{(int)c:x4}" : c);
        }

        return $"{Name} ({Bytes.Length} bytes): {b}";
    }
}

/// <summary>
/// Generators for the fuzz suite (issue 17): Markdown structure (headings, paragraphs, lists and quotes nested deep,
/// code, footnotes, notes sections, bracket runs, front matter), suppression comments, mutated sample drafts, and
/// encodings (UTF-8 with and without BOM, UTF-16 LE/BE) with every line-ending style, Unicode line separators and
/// now and then bytes that are not text at all.
/// </summary>
public static class FuzzGenerators
{
    private static readonly string[] Vocabulary =
    [
        "Türkiye", "Turkey", "Erdoğan", "Erdogan", "the", "the the", "The", "Turkey Turkey", "had had", "TÃ¼rkiye", "ErdoÄŸan",
        "â€“", "Ã", "Bosnia-Herzegovina", "Bosnia and Herzegovina", "long-term", "long term", "colour", "color", "organise",
        "organize", "ﬁnance", "Кosovo", "Belgrade", "Sarajevo", "Türkiyes", "NATO", "EU", "e.g.", "i.e.", "etc.", "U.S.",
        "[1]", "[2]", "[^1]", "[^2]", "[^note]", "¹", "²", "³", "[1-3]", "https://example.org/a_b?x=1", "www.example.com",
        "a@b.org", "`code`", "``co`de``", "*emph*", "**bold**", "_u_", "<br>", "<b>x</b>", "\u200b", "\u00ad", "\ufffd",
        "\u0085", "\u2028", "\u2029", "\t", "\u001b[31m", "\u0007", "\ue000", "'", "\"", "“", "”", "‘", "’", "—", "–", "-",
        "[", "]", "(", ")", "!", "?", ".", ",", ";", ":", "#", ">", "<", "&amp;", "\\", "|", "~", "{", "}", "$", "%",
        "ǅ", "İstanbul", "ı", "Σ", "ς", "ß", "ﬀ", "😀", "\ud83d", "\ude00", "e\u0301", "A\u030a", "１２", "Ⅻ", "ΑΒΓ",
    ];

    private static readonly string[] RuleNames =
    [
        "EL1001", "EL1002", "EL2001", "EL2008", "EL2010", "EL2011", "EL3001", "EL3003", "EL4001", "EL4002", "EL5001",
        "EL5002", "EL9001", "EL9999", "house-term", "repeated-word", "heading-indented", "no-such-rule", "el4002", "",
    ];

    private static readonly string[] SuppressionKinds = ["disable", "enable", "disable-next-line", "disable-line", "disable-file", "disable-nextline"];

    public static readonly Gen<string> Word = Gen.Frequency(
        (6, Gen.OneOf(Vocabulary)),
        (3, Gen.String[Gen.Char['a', 'z'], 1, 12]),
        (1, Gen.String[Gen.Char, 1, 6]),
        (1, Gen.Int[1, 400].Select(n => new string('a', n))));

    public static readonly Gen<string> Sentence =
        Gen.Select(Word.Array[1, 14], Gen.OneOf(".", "!", "?", "", ":", "…"), (words, end) => string.Join(' ', words) + end);

    public static readonly Gen<string> Suppression =
        Gen.Select(Gen.OneOf(SuppressionKinds), Gen.OneOf(RuleNames).Array[0, 3], Gen.Bool,
            (kind, ids, closed) => $"<!-- editorial-lint-{kind} {string.Join(", ", ids)}{(closed ? " -->" : string.Empty)}");

    private static readonly Gen<string> Paragraph = Sentence.Array[1, 4].Select(lines => string.Join('\n', lines));

    private static readonly Gen<string> Heading = Gen.Select(Gen.Int[1, 7], Gen.Int[0, 4], Sentence, Gen.Bool,
        (level, indent, text, setext) => setext && level <= 2
            ? $"{new string(' ', indent)}{text}\n{new string(level == 1 ? '=' : '-', 3)}"
            : $"{new string(' ', indent)}{new string('#', level)} {text}");

    private static readonly Gen<string> Nested = Gen.Select(Gen.Frequency((8, Gen.Int[1, 6]), (1, Gen.Int[60, 200])), Gen.OneOf(">", "> ", "- ", "* ", "1. ", "  "), Sentence,
        (depth, marker, text) => marker.Trim().Length == 0
            ? new string(' ', depth) + text
            : marker is ">" or "> " ? string.Concat(Enumerable.Repeat(marker, depth)) + text
            : string.Concat(Enumerable.Range(0, depth).Select(d => new string(' ', d * 2) + marker + (d == depth - 1 ? text : "x") + "\n")));

    private static readonly Gen<string> Footnotes = Gen.Select(Gen.Int[1, 12], Gen.OneOf("[^{0}]: ", "[{0}] ", "{0}. ", "[^{0}] "), Sentence,
        (n, pattern, text) => string.Join('\n', Enumerable.Range(1, n).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, i) + text)));

    private static readonly Gen<string> Block = Gen.Frequency(
        (10, Paragraph),
        (6, Heading),
        (3, Nested),
        (3, Footnotes),
        (2, Gen.Const("## Notes")),
        (3, Suppression),
        (1, Gen.Select(Gen.OneOf("```", "~~~", "    "), Sentence, (fence, text) => fence.Length == 3 ? $"{fence}\n{text}\n{fence}" : fence + text)),
        (1, Gen.Const("---\ntitle: A\n---")),
        (1, Gen.Int[1, 12000].Select(n => new string('[', n) + "x")),
        (1, Gen.Const("| a | b |\n|---|---|\n| c | d |")),
        (1, Gen.Const("<!-- a comment\nover lines -->")),
        (1, Gen.Const("***")));

    /// <summary>A draft made of Markdown (or plain-text) blocks separated by one or two line breaks.</summary>
    public static readonly Gen<string> Structured = Gen.Select(Block.Array[0, 24], Gen.Bool.Array[24],
        (blocks, tight) => string.Concat(blocks.Select((b, i) => b + (tight[i] ? "\n" : "\n\n"))));

    private static string[]? _samples;

    private static string[] Samples => _samples ??= LoadSamples();

    private static string[] LoadSamples()
    {
        var folder = Path.Combine(EditorialLint.Testing.RepositoryPaths.Root, "samples");
        var texts = Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        return texts.Length > 0 ? texts : ["# Title\n\nText.\n"];
    }

    private enum MutationKind
    {
        Delete,
        Duplicate,
        Insert,
        Replace,
        SwapLines,
    }

    private static readonly Gen<(MutationKind Kind, double At, double Length, string Text)> Mutation =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Double[0, 1], Gen.Double[0, 0.2], Gen.Frequency((3, Word), (1, Block)));

    /// <summary>A real sample draft with a few cuts, copies, insertions and swaps.</summary>
    public static readonly Gen<string> Mutated = Gen.Select(Gen.Int[0, 1000], Mutation.Array[1, 8], (which, mutations) =>
    {
        var text = Samples[which % Samples.Length];
        foreach (var (kind, at, length, insert) in mutations)
        {
            if (text.Length == 0)
            {
                text = insert;
                continue;
            }

            var start = (int)(at * text.Length);
            var count = Math.Min(text.Length - start, (int)(length * text.Length));
            text = kind switch
            {
                MutationKind.Delete => text.Remove(start, count),
                MutationKind.Duplicate => text.Insert(start, text.Substring(start, count)),
                MutationKind.Insert => text.Insert(start, insert),
                MutationKind.Replace => text.Remove(start, count).Insert(start, insert),
                _ => SwapLines(text, start),
            };
        }

        return text;
    });

    private static string SwapLines(string text, int at)
    {
        var lines = text.Split('\n');
        var i = at % lines.Length;
        var j = (i + 1) % lines.Length;
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return string.Join('\n', lines);
    }

    /// <summary>Line endings: LF, CRLF, CR, a mix, or Unicode separators put in for some of them.</summary>
    private static readonly Gen<Func<string, string>> LineEndings = Gen.OneOf<Func<string, string>>(
        t => t,
        t => t.Replace("\n", "\r\n", StringComparison.Ordinal),
        t => t.Replace("\n", "\r", StringComparison.Ordinal),
        t => string.Concat(t.Split('\n').Select((l, i) => l + (i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r"))),
        t => string.Concat(t.Split('\n').Select((l, i) => l + (i % 4 == 0 ? "\u2028" : i % 4 == 1 ? "\u2029\n" : i % 4 == 2 ? "\u0085" : "\n"))));

    private static readonly Gen<Func<string, byte[]>> Encodings = Gen.Frequency<Func<string, byte[]>>(
        (6, Gen.Const<Func<string, byte[]>>(t => new UTF8Encoding(false).GetBytes(t))),
        (2, Gen.Const<Func<string, byte[]>>(t => [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(t)])),
        (1, Gen.Const<Func<string, byte[]>>(t => [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(t)])),
        (1, Gen.Const<Func<string, byte[]>>(t => [0xFE, 0xFF, .. new UnicodeEncoding(true, false).GetBytes(t)])));

    /// <summary>Now and then a few bytes of the encoded draft are overwritten: invalid UTF-8, NULs, stray BOMs.</summary>
    private static readonly Gen<(int At, byte Value)[]> ByteDamage =
        Gen.Frequency<(int At, byte Value)[]>((9, Gen.Const(Array.Empty<(int At, byte Value)>())), (1, Gen.Select(Gen.Int[0, int.MaxValue], Gen.Byte, (at, value) => (at, value)).Array[1, 4]));

    public static readonly Gen<FuzzCase> Case = Gen.Select(
        Gen.Frequency((3, Structured), (2, Mutated), (1, Sentence)),
        LineEndings,
        Encodings,
        ByteDamage,
        Gen.OneOf("draft.md", "draft.md", "draft.txt"),
        (text, endings, encode, damage, name) =>
        {
            var bytes = encode(endings(text));
            foreach (var (at, value) in damage)
            {
                if (bytes.Length > 0)
                {
                    bytes[at % bytes.Length] = value;
                }
            }

            return new FuzzCase(name, bytes);
        });
}
