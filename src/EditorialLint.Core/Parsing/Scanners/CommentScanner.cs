using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>HTML comments (<c>&lt;!-- … --&gt;</c>): recorded as comments (suppressions are read from them) and skipped as HTML.</summary>
/// <param name="outsideCode">Ignore comment openers inside code and front matter (Markdown); plain text has no code to respect.</param>
internal sealed class CommentScanner(bool outsideCode) : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        Func<int, bool> inCode = _ => false;
        if (outsideCode)
        {
            var code = builder.SkippedSet(k => k is SkippedKind.Code or SkippedKind.FrontMatter);
            inCode = code.Contains;
        }

        Scan(builder.Text, inCode, builder.Comments, builder.Skipped);
    }

    /// <summary>HTML comments at positions where <paramref name="inCode"/> is false.</summary>
    public static void Scan(string text, Func<int, bool> inCode, List<Comment> comments, List<SkippedSpan> skipped)
    {
        var i = 0;
        while ((i = text.IndexOf("<!--", i, StringComparison.Ordinal)) >= 0)
        {
            if (inCode(i))
            {
                i += 4;
                continue;
            }

            var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
            var stop = end < 0 ? text.Length : end + 3;
            var span = TextSpan.FromBounds(i, stop);
            comments.Add(new Comment(span, text[(i + 4)..(end < 0 ? text.Length : end)]));
            skipped.Add(new SkippedSpan(span, SkippedKind.Html));
            i = stop;
        }
    }
}
