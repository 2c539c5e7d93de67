using System.Text;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Text;

/// <summary>Why a file could not be decoded.</summary>
internal sealed record DecodeFailure(string EncodingName, string Reason, long ByteOffset, bool IsBinary);

/// <summary>The outcome of decoding a file: text and how it was stored, or why it could not be read.</summary>
internal sealed record DecodeResult(SourceText? Text, TextEncodingInfo? Encoding, DecodeFailure? Failure)
{
    public bool Success => Text is not null;
}

/// <summary>
/// Decodes a draft's bytes without ever guessing or substituting: UTF-8 (with or without BOM) and UTF-16 LE/BE with
/// a BOM. An invalid byte sequence is a failure with its byte offset, never a silent U+FFFD; NUL bytes in a file
/// without a UTF-16 BOM mean binary.
/// </summary>
internal static class StrictDecoder
{
    private static readonly UTF8Encoding Utf8Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Utf8StrictBom = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16LeStrict = new(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16BeStrict = new(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding;
        int bomLength;
        string name;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (encoding, bomLength, name) = (Utf8StrictBom, 3, "UTF-8");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (encoding, bomLength, name) = (Utf16LeStrict, 2, "UTF-16LE");
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (encoding, bomLength, name) = (Utf16BeStrict, 2, "UTF-16BE");
        }
        else
        {
            (encoding, bomLength, name) = (Utf8Strict, 0, "UTF-8");
            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                return new DecodeResult(null, null, new DecodeFailure(name, "NUL byte; binary data, or UTF-16 without a byte order mark", nul, IsBinary: true));
            }
        }

        var body = bytes[bomLength..];
        if (encoding is UnicodeEncoding && body.Length % 2 != 0)
        {
            return new DecodeResult(null, null, new DecodeFailure(name, "odd number of bytes (a truncated UTF-16 code unit)", bytes.Length - 1, false));
        }

        string text;
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = bomLength + (long)Math.Max(0, ex.Index);
            var shown = ex.BytesUnknown is { Length: > 0 } b ? string.Join(' ', b.Select(x => "0x" + x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))) : "?";
            return new DecodeResult(null, null, new DecodeFailure(name, $"invalid byte sequence {shown}", offset, false));
        }

        if (encoding is UnicodeEncoding && text.Contains('\0', StringComparison.Ordinal))
        {
            return new DecodeResult(null, null, new DecodeFailure(name, "NUL character; binary data", bomLength + (2L * text.IndexOf('\0', StringComparison.Ordinal)), true));
        }

        if (LooksBinary(text, out var at))
        {
            return new DecodeResult(null, null, new DecodeFailure(name, "many control characters", bomLength + at, true));
        }

        var lineEnding = DetectLineEnding(text);
        var info = new TextEncodingInfo(encoding, bomLength > 0, lineEnding);
        return new DecodeResult(SourceText.From(text, encoding is UTF8Encoding ? new UTF8Encoding(bomLength > 0) : encoding), info, null);
    }

    /// <summary>Encode text back to bytes the way the file was stored (same encoding and BOM).</summary>
    public static byte[] Encode(string text, TextEncodingInfo info)
    {
        var encoding = info.Encoding switch
        {
            UTF8Encoding => new UTF8Encoding(false, true),
            UnicodeEncoding u when u.CodePage == 1201 => new UnicodeEncoding(true, false, true),
            UnicodeEncoding => new UnicodeEncoding(false, false, true),
            var e => e,
        };
        var body = encoding.GetBytes(text);
        if (!info.HasByteOrderMark)
        {
            return body;
        }

        var bom = info.Encoding.GetPreamble();
        var result = new byte[bom.Length + body.Length];
        bom.CopyTo(result, 0);
        body.CopyTo(result, bom.Length);
        return result;
    }

    private static string DetectLineEnding(string text)
    {
        var crlf = 0;
        var lf = 0;
        var cr = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (text[i] == '\n')
            {
                lf++;
            }
        }

        return crlf > lf && crlf >= cr ? "\r\n" : cr > lf ? "\r" : "\n";
    }

    private static bool LooksBinary(string text, out int at)
    {
        // Word's C0 codes (0x1E, 0x1F) and stray controls in prose are a character problem (EL3xxx), not binary.
        // Binary means a dense run of controls: more than 10% of the first 4 KiB.
        var n = Math.Min(text.Length, 4096);
        var controls = 0;
        at = 0;
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            if (c < 0x20 && c is not '\t' and not '\n' and not '\r' and not '\f' and not '\u001E' and not '\u001F')
            {
                if (controls++ == 0)
                {
                    at = i;
                }
            }
        }

        return n >= 32 && controls * 10 > n;
    }
}
