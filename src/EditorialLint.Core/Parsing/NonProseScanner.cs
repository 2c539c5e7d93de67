using System.Collections.Frozen;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Parsing;

/// <summary>
/// Finds the machine text inside prose that neither reader's structure marks: template tags (<c>{% %}</c>,
/// <c>{{ }}</c>, <c>{# #}</c>), bare domains (<c>crates.io</c>), file names (<c>Cargo.toml</c>), inline math
/// (<c>$x^2$</c>, <c>\( \)</c>), Latin abbreviations (<c>et al.</c>, <c>i.e.</c>) and bracketed author labels of a
/// bibliography (<c>[Cop13]</c>). Each becomes a <see cref="SkippedSpan"/>; its letters are not words.
/// </summary>
internal static class NonProseScanner
{
    /// <summary>Run every scan; positions already skipped (code, comments, URLs) are left alone.</summary>
    public static void Scan(string text, Func<int, bool> isSkipped, List<SkippedSpan> skipped)
    {
        var t = Analysis.Timings.Start();
        var found = new List<SkippedSpan>();
        ScanTemplates(text, isSkipped, found);
        var withTemplates = new SpanSet(found.Select(s => s.Span));
        bool Skipped(int p) => isSkipped(p) || withTemplates.Contains(p);
        ScanMath(text, Skipped, found);
        Analysis.Timings.Stop("non-prose: templates, math", t);
        t = Analysis.Timings.Start();
        ScanDottedNames(text, Skipped, found);
        Analysis.Timings.Stop("non-prose: dotted names", t);
        t = Analysis.Timings.Start();
        ScanLatinAbbreviations(text, Skipped, found);
        ScanAuthorLabels(text, Skipped, found);
        ScanAuthorYear(text, Skipped, found);
        Analysis.Timings.Stop("non-prose: abbreviations, citations", t);
        skipped.AddRange(found);
    }

    private static readonly FrozenSet<string> CitationWords = new[] { "et", "al", "and", "see", "cf", "p", "pp", "ed", "eds", "n", "d", "in", "also", "e", "g" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Author-year citations in brackets: <c>(Smith 2019)</c>, <c>(Smith et al., 2019: 12)</c>,
    /// <c>(Öztürk and Demir 2018; Kaya 2020a)</c>. Every word in the brackets is capitalised (a name), a year,
    /// a page number or one of the words citations use (et al., and, see, cf., p., pp.).
    /// </summary>
    internal static void ScanAuthorYear(string text, Func<int, bool> isSkipped, List<SkippedSpan> found)
    {
        var i = 0;
        while ((i = text.IndexOf('(', i)) >= 0)
        {
            var close = i + 1;
            while (close < text.Length && close - i < 160 && text[close] is not ')' and not '(' and not '\n')
            {
                close++;
            }

            if (close >= text.Length || text[close] != ')' || isSkipped(i) || !IsAuthorYear(text.AsSpan(i + 1, close - i - 1)))
            {
                i++;
                continue;
            }

            found.Add(new SkippedSpan(TextSpan.FromBounds(i, close + 1), SkippedKind.Citation));
            i = close + 1;
        }
    }

    private static bool IsAuthorYear(ReadOnlySpan<char> inside)
    {
        if (inside.Length < 6 || !char.IsUpper(inside[0]))
        {
            return false;
        }

        var year = false;
        var name = false;
        var words = CitationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in inside.SplitAny(" ,;:.&\u2013-\u00A0"))
        {
            var token = inside[range];
            if (token.Length == 0)
            {
                continue;
            }

            if (token.Length is 4 or 5 && char.IsAsciiDigit(token[0]) && !token[..4].ContainsAnyExceptInRange('0', '9') &&
                token[0] is '1' or '2' && (token.Length == 4 || char.IsAsciiLetterLower(token[4])))
            {
                year = true;
            }
            else if (char.IsUpper(token[0]))
            {
                name = true;
            }
            else if (!token.ContainsAnyExceptInRange('0', '9') || words.Contains(token))
            {
                // a page number, "et al.", "and", "see"
            }
            else
            {
                return false;
            }
        }

        return year && name;
    }

    /// <summary>Liquid/Jinja/Hugo tags: <c>{% … %}</c>, <c>{{ … }}</c> (shortcodes <c>{{&lt; … &gt;}}</c> included), <c>{# … #}</c>.</summary>
    internal static void ScanTemplates(string text, Func<int, bool> isSkipped, List<SkippedSpan> found)
    {
        var i = 0;
        while ((i = text.IndexOf('{', i)) >= 0 && i + 1 < text.Length)
        {
            var close = text[i + 1] switch
            {
                '%' => "%}",
                '{' => "}}",
                '#' => "#}",
                _ => null,
            };
            if (close is null || isSkipped(i))
            {
                i++;
                continue;
            }

            var end = text.IndexOf(close, i + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                i += 2;
                continue;
            }

            // "{% tooltip Terrorism refers to criminal offences %}": a tag whose argument is free text (words, no
            // "=" or filters) carries a note for the reader; only the tag's syntax and name are not prose.
            var nameEnd = i + 2;
            while (nameEnd < end && text[nameEnd] is ' ' or '-')
            {
                nameEnd++;
            }

            while (nameEnd < end && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '_'))
            {
                nameEnd++;
            }

            var argument = text.AsSpan(nameEnd, end - nameEnd);
            if (text[i + 1] == '%' && argument.IndexOfAny('=', '|') < 0 && argument.Count(' ') >= 3 && argument.Trim().Length > 0 && char.IsLetter(argument.Trim()[0]))
            {
                found.Add(new SkippedSpan(TextSpan.FromBounds(i, nameEnd), SkippedKind.Template));
                found.Add(new SkippedSpan(TextSpan.FromBounds(end, end + close.Length), SkippedKind.Template));
            }
            else
            {
                found.Add(new SkippedSpan(TextSpan.FromBounds(i, end + close.Length), SkippedKind.Template));
            }

            i = end + close.Length;
        }
    }

    /// <summary>
    /// Inline math: <c>$…$</c> (no space inside either dollar, a math character inside, not an amount such as
    /// "$5 and $6"), <c>$$…$$</c>, <c>\(…\)</c> and <c>\[…\]</c>.
    /// </summary>
    internal static void ScanMath(string text, Func<int, bool> isSkipped, List<SkippedSpan> found)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] is not ('$' or '\\') || isSkipped(i))
            {
                continue;
            }

            if (text[i] == '\\' && text[i + 1] is '(' or '[')
            {
                var end = text.IndexOf(text[i + 1] == '(' ? "\\)" : "\\]", i + 2, StringComparison.Ordinal);
                if (end > 0 && end - i < 2000)
                {
                    found.Add(new SkippedSpan(TextSpan.FromBounds(i, end + 2), SkippedKind.Math));
                    i = end + 1;
                }

                continue;
            }

            if (text[i] != '$' || (i > 0 && text[i - 1] == '\\'))
            {
                continue;
            }

            if (text[i + 1] == '$')
            {
                var end = text.IndexOf("$$", i + 2, StringComparison.Ordinal);
                if (end > 0 && end - i < 5000)
                {
                    found.Add(new SkippedSpan(TextSpan.FromBounds(i, end + 2), SkippedKind.Math));
                    i = end + 1;
                }

                continue;
            }

            if (char.IsWhiteSpace(text[i + 1]) || char.IsAsciiDigit(text[i + 1]))
            {
                continue; // "$ 5", "$5": money
            }

            var close = i + 1;
            var mathChar = false;
            while (close < text.Length && close - i < 200 && text[close] is not '$' and not '\n')
            {
                mathChar |= text[close] is '\\' or '^' or '_' or '=' or '{' or '+' or '<' or '>';
                close++;
            }

            if (close < text.Length && text[close] == '$' && mathChar && !char.IsWhiteSpace(text[close - 1]) &&
                (close + 1 >= text.Length || !char.IsAsciiDigit(text[close + 1])))
            {
                found.Add(new SkippedSpan(TextSpan.FromBounds(i, close + 1), SkippedKind.Math));
                i = close;
            }
        }
    }

    /// <summary>Top-level domains that a bare domain may end with; two-letter ones that are English words (in, is, it, me, no, to, us…) are left out.</summary>
    private static readonly FrozenSet<string> DomainEndings = new[]
    {
        "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "dev", "app", "ai", "eu", "uk", "de", "fr", "nl", "ch", "tr", "rs",
        "ba", "mk", "hr", "si", "gr", "cy", "az", "ge", "ru", "ua", "ro", "bg", "hu", "pl", "cz", "sk", "se", "dk", "fi", "ee", "lv", "lt", "es",
        "pt", "ie", "jp", "cn", "kr", "ca", "au", "nz", "ir", "iq", "il", "sy", "lb", "jo", "eg", "sa", "ae", "qa", "xk", "ly", "tv", "fm", "cc",
        "ws", "xyz", "online", "news", "media", "rs", "co", "ac",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>File extensions that make <c>name.ext</c> a file name.</summary>
    private static readonly FrozenSet<string> FileExtensions = new[]
    {
        "md", "markdown", "txt", "pdf", "doc", "docx", "odt", "rtf", "html", "htm", "xml", "json", "yaml", "yml", "toml", "ini", "cfg", "conf",
        "csv", "tsv", "xls", "xlsx", "ppt", "pptx", "cs", "csproj", "sln", "rs", "py", "js", "ts", "jsx", "tsx", "java", "go", "rb", "php", "c",
        "h", "cpp", "hpp", "sh", "bash", "ps1", "bat", "exe", "dll", "so", "lock", "png", "jpg", "jpeg", "gif", "svg", "webp", "zip", "gz", "tar",
        "tgz", "mp3", "mp4", "wav", "log", "sql", "db", "tex", "bib", "epub", "jsp", "aspx", "asp", "cgi", "wasm",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Bare domains (<c>crates.io</c>, <c>feuture.uni-koeln.de/path</c>) and file names (<c>Cargo.toml</c>,
    /// <c>abs_all.jsp?arnumber=1</c>): lower-case dotted labels ending in a known domain or file ending, with any
    /// path or query glued to them.
    /// </summary>
    internal static void ScanDottedNames(string text, Func<int, bool> isSkipped, List<SkippedSpan> found)
    {
        // Only a token with a dot between name characters can be one: jump from dot to dot (vectorised) and walk back
        // to the token's start.
        var from = 0;
        while (from < text.Length)
        {
            var dot = text.IndexOf('.', from);
            if (dot < 1 || dot + 1 >= text.Length)
            {
                break;
            }

            from = dot + 1;
            if (!IsNameChar(text[dot - 1]) || !IsNameChar(text[dot + 1]))
            {
                continue;
            }

            var i = dot - 1;
            while (i > 0 && (IsNameChar(text[i - 1]) || (text[i - 1] == '.' && i > 1 && IsNameChar(text[i - 2]))))
            {
                i--;
            }

            if (i > 0 && text[i - 1] is '.' or '@' or '/' or '\\')
            {
                continue;
            }

            // The run of name characters and dots (a token), then judge its last dotted part.
            var end = i;
            var dots = 0;
            while (end < text.Length && (IsNameChar(text[end]) || (text[end] == '.' && end + 1 < text.Length && IsNameChar(text[end + 1]))))
            {
                dots += text[end] == '.' ? 1 : 0;
                end++;
            }

            from = Math.Max(from, end);
            if (dots == 0 || isSkipped(i))
            {
                continue;
            }

            var token = text.AsSpan(i, end - i);
            var lastDot = token.LastIndexOf('.');
            var ending = token[(lastDot + 1)..].ToString();
            var first = token[..token.IndexOf('.')];
            var isFile = FileExtensions.Contains(ending) && first.Length >= 1 && !first.ContainsAnyExcept(NameCharacters);
            var isDomain = DomainEndings.Contains(ending) && first.Length >= 2 && token.Count('.') <= 5 && IsLowerLabelRun(token);
            if (!(isFile || isDomain) || IsAbbreviationLike(token))
            {
                continue;
            }

            // A path, query or port glued to it belongs to it: crates.io/crates/serde, abs_all.jsp?arnumber=5206707.
            var stop = end;
            while (stop < text.Length && !char.IsWhiteSpace(text[stop]) && text[stop] is not '<' and not '>' and not '"' and not '\u201D' and not ')' and not ']' and not ',' and not ';')
            {
                stop++;
            }

            while (stop > end && text[stop - 1] is '.' or ':' or '!' or '?' or '\'' or '\u2019')
            {
                stop--;
            }

            found.Add(new SkippedSpan(TextSpan.FromBounds(i, stop), isDomain && !isFile ? SkippedKind.Domain : SkippedKind.FileName));
            from = Math.Max(from, stop);
        }
    }

    private const string NameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>Every dotted label of a domain is lower case (or digits): "crates.io", not "U.S" or "Ph.D".</summary>
    private static bool IsLowerLabelRun(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"e.g", "i.e", "a.m", "u.s": single letters between dots are abbreviations, not names.</summary>
    private static bool IsAbbreviationLike(ReadOnlySpan<char> token)
    {
        foreach (var part in token.ToString().Split('.'))
        {
            if (part.Length > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Latin abbreviations of scholarly prose; the letters of "et al." are not words to spell-check.</summary>
    private static readonly string[] LatinAbbreviations =
    [
        "et al.", "et al", "et cetera", "et seq.", "etc.", "i.e.", "e.g.", "cf.", "ibid.", "Ibid.", "ibidem", "op. cit.", "loc. cit.", "viz.",
        "passim", "sic", "inter alia", "a fortiori", "ad hoc", "per se", "vis-à-vis", "vice versa", "circa", "ca.", "N.B.", "q.v.",
    ];

    internal static void ScanLatinAbbreviations(string text, Func<int, bool> isSkipped, List<SkippedSpan> found)
    {
        foreach (var abbreviation in LatinAbbreviations)
        {
            // Single-word forms that are English words too (sic, circa, passim) are taken only in brackets: "[sic]".
            var bracketed = abbreviation is "sic" or "passim" or "circa";
            var i = 0;
            while ((i = text.IndexOf(abbreviation, i, StringComparison.Ordinal)) >= 0)
            {
                var end = i + abbreviation.Length;
                var before = i == 0 ? ' ' : text[i - 1];
                var after = end >= text.Length ? ' ' : text[end];
                var wordBoundary = !char.IsLetterOrDigit(before) && (abbreviation[^1] == '.' || !char.IsLetterOrDigit(after));
                if (wordBoundary && !isSkipped(i) && (!bracketed || before is '[' or '(' || after is ']' or ')'))
                {
                    found.Add(new SkippedSpan(TextSpan.FromBounds(i, end), SkippedKind.Abbreviation));
                }

                i = end;
            }
        }
    }

    /// <summary>
    /// Author labels of a bibliography and their citations: <c>[Cop13]</c>, <c>[RM00]</c>, <c>[KP92]</c>,
    /// <c>[Nie15]</c>, <c>[Smi+19a]</c>: a capital, up to five more letters (or +), two digits, an optional letter.
    /// </summary>
    internal static void ScanAuthorLabels(string text, Func<int, bool> isSkipped, List<SkippedSpan> found)
    {
        var i = 0;
        while ((i = text.IndexOf('[', i)) >= 0)
        {
            var j = i + 1;
            if (j < text.Length && char.IsAsciiLetterUpper(text[j]))
            {
                j++;
                while (j < text.Length && j - i <= 6 && (char.IsAsciiLetter(text[j]) || text[j] == '+'))
                {
                    j++;
                }

                var digits = 0;
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    digits++;
                    j++;
                }

                if (j < text.Length && char.IsAsciiLetterLower(text[j]) && digits == 2)
                {
                    j++;
                }

                if (digits == 2 && j < text.Length && text[j] == ']' && !isSkipped(i))
                {
                    found.Add(new SkippedSpan(TextSpan.FromBounds(i, j + 1), SkippedKind.Citation));
                    i = j + 1;
                    continue;
                }
            }

            i++;
        }
    }
}
