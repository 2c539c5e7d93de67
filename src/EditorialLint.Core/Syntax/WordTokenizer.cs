using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Syntax;

/// <summary>
/// Splits prose into words: runs of letters, combining marks and digits, joined by an inner apostrophe
/// (U+0027 or U+2019) or a period between letters is not joined (sentence ends are common in hard-wrapped text).
/// Hyphens and dashes separate words, as hunspell's default BREAK does. Identifiers (letters joined by '_') are not words.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>True for a character that belongs to a word: a letter, a digit or a combining mark.</summary>
    public static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>True for an apostrophe: ' or ’ (U+2019).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    internal static ImmutableArray<Word> Tokenize(string text, SkippedSpan[] skipped, ImmutableArray<TextSpan> furniture)
    {
        var builder = ImmutableArray.CreateBuilder<Word>(text.Length / 6);
        var si = 0;
        var i = 0;
        var furnitureIndex = 0;
        while (i < text.Length)
        {
            // Jump over skipped spans (sorted by start).
            while (si < skipped.Length && skipped[si].Span.End <= i)
            {
                si++;
            }

            if (si < skipped.Length && skipped[si].Span.Start <= i)
            {
                i = skipped[si].Span.End;
                continue;
            }

            while (furnitureIndex < furniture.Length && furniture[furnitureIndex].End <= i)
            {
                furnitureIndex++;
            }

            if (furnitureIndex < furniture.Length && furniture[furnitureIndex].Start <= i)
            {
                i = furniture[furnitureIndex].End;
                continue;
            }

            if (!IsWordChar(text[i]) || char.IsSurrogate(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var limit = text.Length;
            if (si < skipped.Length)
            {
                limit = Math.Min(limit, skipped[si].Span.Start);
            }

            if (furnitureIndex < furniture.Length)
            {
                limit = Math.Min(limit, furniture[furnitureIndex].Start);
            }

            while (i < limit)
            {
                var c = text[i];
                if (IsWordChar(c) && !char.IsSurrogate(c))
                {
                    i++;
                }
                else if (IsApostrophe(c) && i + 1 < limit && char.IsLetter(text[i + 1]) && i > start)
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            // An identifier (snake_case, a file or option name): letters joined by an underscore are not prose, and
            // a word inside one is neither misspelt nor repeated. CommonMark does not read an inner underscore as
            // emphasis, so `_word_` still yields its word.
            if (i + 1 < limit && text[i] == '_' && IsWordChar(text[i + 1]))
            {
                while (i < limit && (text[i] == '_' || (IsWordChar(text[i]) && !char.IsSurrogate(text[i]))))
                {
                    i++;
                }

                continue;
            }

            builder.Add(new Word(TextSpan.FromBounds(start, i)));
        }

        return builder.ToImmutable();
    }
}
