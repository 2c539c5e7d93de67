using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// TOML (+++) and JSON ({ … }) front matter, and YAML that Markdig did not take (an empty block): one skipped span;
/// nothing inside it is a heading or a paragraph.
/// </summary>
internal sealed class FrontMatterScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        if (Find(builder.Text) is not { } frontMatter ||
            builder.Skipped.Any(s => s.Kind == SkippedKind.FrontMatter && s.Span.Start <= frontMatter.Start))
        {
            return;
        }

        builder.Skipped.RemoveAll(s => frontMatter.Contains(s.Span));
        builder.Headings.RemoveAll(h => frontMatter.Contains(h.Span.Start));
        builder.Paragraphs.RemoveAll(p => frontMatter.Contains(p.Span.Start));
        builder.Skipped.Add(new SkippedSpan(frontMatter, SkippedKind.FrontMatter));
    }


    /// <summary>
    /// Front matter at the very start of the draft, as static site generators read it: YAML between <c>---</c> lines,
    /// TOML between <c>+++</c> lines (or closed by <c>...</c>), JSON from a line <c>{</c> to a line <c>}</c>. Trailing
    /// spaces on the fence lines are allowed. The span runs to the end of the closing line.
    /// </summary>
    internal static TextSpan? Find(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var firstEnd = LineEnd(text, start);
        var first = text.AsSpan(start, firstEnd - start).TrimEnd(" \t\r");
        string[] closers = first switch
        {
            "---" => ["---"], // only empty YAML gets here: Markdig reads the rest (a lone rule is not front matter)
            "+++" => ["+++", "..."],
            "{" => ["}"],
            _ => [],
        };
        if (closers.Length == 0)
        {
            return null;
        }

        var pos = firstEnd < text.Length ? firstEnd + 1 : text.Length;
        while (pos < text.Length)
        {
            var end = LineEnd(text, pos);
            var line = text.AsSpan(pos, end - pos).TrimEnd(" \t\r");
            foreach (var closer in closers)
            {
                if (line.SequenceEqual(closer))
                {
                    return TextSpan.FromBounds(start, end);
                }
            }

            if (closers[0] == "---")
            {
                return null;
            }

            pos = end + 1;
        }

        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var nl = text.IndexOf('\n', start);
        return nl < 0 ? text.Length : nl;
    }
}
