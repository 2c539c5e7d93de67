using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Markdown footnote definitions (<c>[^1]: text</c>) scanned from the source in order, because Markdig's footnote tree
/// drops unreferenced notes and reorders them. Outside code, front matter and comments; in block quotes and list
/// items too. A definition runs to the first blank line after which the text is not indented.
/// </summary>
internal sealed class CaretDefinitionScanner : IDocumentScanner
{
    public void Scan(DocumentBuilder builder)
    {
        var code = builder.SkippedSet(k => k is SkippedKind.Code or SkippedKind.FrontMatter);
        var comments = new SpanSet(builder.Comments.Select(c => c.Span));
        builder.Definitions.AddRange(Scan(builder.Source, builder.Text, p => code.Contains(p) || comments.Contains(p)));
    }

    private static List<FootnoteDefinition> Scan(SourceText sourceText, string text, Func<int, bool> excluded)
    {
        var result = new List<FootnoteDefinition>();
        var lines = sourceText.Lines;
        for (var li = 0; li < lines.Count; li++)
        {
            if (OpeningLabel(text, lines[li], excluded) is not { } opening)
            {
                continue;
            }

            // A definition may open with another one, as GFM reads it: "[^3]: [^4]: text" defines 3 (empty) and 4.
            var chain = Chain(text, lines[li].End, opening);
            for (var ci = 0; ci + 1 < chain.Count; ci++)
            {
                var (os, oc, ol) = chain[ci];
                var next = chain[ci + 1].Start;
                result.Add(new FootnoteDefinition(TextSpan.FromBounds(os, oc + 2), TextSpan.FromBounds(os, oc + 2), ol, TextSpan.FromBounds(next, next), FootnoteMarkerStyle.Caret));
            }

            var (s, close, label) = chain[^1];
            var (end, lj) = Extent(text, lines, li);
            var contentStart = close + 2;
            while (contentStart < end && text[contentStart] is ' ' or '\t')
            {
                contentStart++;
            }

            result.Add(new FootnoteDefinition(TextSpan.FromBounds(s, end), TextSpan.FromBounds(s, close + 2), label, TextSpan.FromBounds(contentStart, end), FootnoteMarkerStyle.Caret));
            li = lj - 1;
        }

        return result;
    }

    /// <summary>The <c>[^label]:</c> that opens <paramref name="line"/> (after up to three spaces, quote and list markers), or null.</summary>
    private static (int Start, int Close, string Label)? OpeningLabel(string text, TextLine line, Func<int, bool> excluded)
    {
        var s = line.Start;
        while (s < line.End && s - line.Start < 4 && text[s] == ' ')
        {
            s++;
        }

        // Definitions inside block quotes and list items: "> [^1]: text", "* [^1]: text".
        var quoted = false;
        while (s + 1 < line.End && (text[s] == '>' || (text[s] is '*' or '-' or '+' && text[s + 1] == ' ')))
        {
            quoted = true;
            s++;
            while (s < line.End && text[s] == ' ')
            {
                s++;
            }
        }

        if ((!quoted && s - line.Start > 3) || s + 4 > line.End || text[s] != '[' || text[s + 1] != '^' || excluded(s))
        {
            return null;
        }

        var close = text.IndexOf(']', s + 2, line.End - s - 2);
        if (close < 0 || close == s + 2 || close + 1 >= line.End || text[close + 1] != ':')
        {
            return null;
        }

        var label = text[(s + 2)..close];
        return label.Any(char.IsWhiteSpace) ? null : (s, close, label);
    }

    /// <summary>The opening label and the ones chained right after it on the same line.</summary>
    private static List<(int Start, int Close, string Label)> Chain(string text, int lineEnd, (int Start, int Close, string Label) opening)
    {
        var chain = new List<(int Start, int Close, string Label)> { opening };
        while (true)
        {
            var k = chain[^1].Close + 2;
            while (k < lineEnd && text[k] is ' ' or '\t')
            {
                k++;
            }

            var kc = k + 3 < lineEnd && text[k] == '[' && text[k + 1] == '^' ? text.IndexOf(']', k + 2, lineEnd - k - 2) : -1;
            if (kc <= k + 2 || kc + 1 >= lineEnd || text[kc + 1] != ':' || text.AsSpan(k + 2, kc - k - 2).ContainsAny(" \t["))
            {
                return chain;
            }

            chain.Add((k, kc, text[(k + 2)..kc]));
        }
    }

    /// <summary>
    /// Where the note opened on line <paramref name="li"/> ends (the end of its last line) and the first line after it:
    /// the first blank line not followed by an indented line, another definition or a heading stops it.
    /// </summary>
    private static (int End, int NextLine) Extent(string text, TextLineCollection lines, int li)
    {
        var end = lines[li].End;
        var lj = li + 1;
        while (lj < lines.Count)
        {
            var l = lines[lj];
            var lineText = text.AsSpan(l.Start, l.End - l.Start);
            if (TextLines.IsBlank(lineText))
            {
                if (lj + 1 < lines.Count && lines[lj + 1].End > lines[lj + 1].Start && text[lines[lj + 1].Start] is ' ' or '\t' && !TextLines.IsBlank(text.AsSpan(lines[lj + 1].Start, lines[lj + 1].End - lines[lj + 1].Start)))
                {
                    lj++;
                    continue;
                }

                break;
            }

            var trimmed = lineText.TrimStart(" \t>*-+");
            if ((trimmed.StartsWith("[^") && trimmed.IndexOf("]:") > 0) || trimmed.StartsWith("#"))
            {
                break;
            }

            end = l.End;
            lj++;
        }

        return (end, lj);
    }
}
