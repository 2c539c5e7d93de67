using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>Bare URLs (http, https, ftp, www.) and e-mail addresses outside what is already skipped.</summary>
internal sealed class UrlEmailScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder) => Scan(builder.Text, builder.SkippedSet().Contains, builder.Skipped);

    public static void Scan(string text, Func<int, bool> isSkipped, List<SkippedSpan> skipped)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is 'h' or 'f' or 'w' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && StartsUrl(text.AsSpan(i)))
            {
                if (isSkipped(i))
                {
                    continue;
                }

                var end = WrappedUrls.End(text, i, UrlEnd(text, i));
                skipped.Add(new SkippedSpan(TextSpan.FromBounds(i, end), SkippedKind.Url));
                i = end;
                continue;
            }

            if (c == '@' && i > 0 && i + 1 < text.Length && IsEmailChar(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]) && !isSkipped(i) &&
                EmailAt(text, i) is { } email)
            {
                skipped.Add(new SkippedSpan(email, SkippedKind.Email));
                i = email.End;
            }
        }
    }

    private static bool StartsUrl(ReadOnlySpan<char> rest) =>
        rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the URL starting at <paramref name="i"/> ends on its line.</summary>
    private static int UrlEnd(string text, int i)
    {
        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not '<' and not '>' and not '"' and not '\u201D')
        {
            end++;
        }

        // Trailing punctuation belongs to the sentence, and an unbalanced ')' to the prose.
        while (end > i && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '\u2019' or ')' or ']')
        {
            if (text[end - 1] is ')' && text.AsSpan(i, end - i).Count('(') >= text.AsSpan(i, end - i).Count(')'))
            {
                break;
            }

            end--;
        }

        return end;
    }

    /// <summary>The e-mail address around the '@' at <paramref name="at"/>, when its domain has a dot.</summary>
    private static TextSpan? EmailAt(string text, int at)
    {
        var start = at;
        while (start > 0 && IsEmailChar(text[start - 1]))
        {
            start--;
        }

        var end = at + 1;
        var dots = 0;
        while (end < text.Length && (IsEmailChar(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))))
        {
            dots += text[end] == '.' ? 1 : 0;
            end++;
        }

        return dots > 0 ? TextSpan.FromBounds(start, end) : null;
    }

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '%';
}
