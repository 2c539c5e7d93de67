using System.Text;

namespace EditorialLint.Core.Syntax;

/// <summary>What the bytes of a file were, so a fix can write them back the same way.</summary>
/// <param name="Encoding">The encoding the bytes were decoded with.</param>
/// <param name="HasByteOrderMark">Whether the file starts with a byte order mark.</param>
/// <param name="LineEnding">The line ending the file uses most.</param>
public sealed record TextEncodingInfo(Encoding Encoding, bool HasByteOrderMark, string LineEnding)
{
    /// <summary>UTF-8 without a byte order mark, with \n line endings: the default for new text.</summary>
    public static TextEncodingInfo Utf8NoBom { get; } = new(new UTF8Encoding(false, true), false, "\n");

    /// <summary>The encoding's name as .editorconfig writes it (<c>utf-8</c>, <c>utf-8-bom</c>, <c>latin1</c> …).</summary>
    public string EncodingName => Encoding switch
    {
        UTF8Encoding => HasByteOrderMark ? "utf-8-bom" : "utf-8",
        UnicodeEncoding u when u.CodePage == 1201 => "utf-16be",
        UnicodeEncoding => "utf-16le",
        _ => Encoding.WebName,
    };
}
