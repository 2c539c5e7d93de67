using System.Text;
using System.Text.Unicode;

namespace EditorialLint.Cli;

/// <summary>
/// File names as bytes on Linux. .NET decodes a directory entry whose name is not valid UTF-8 with U+FFFD and cannot
/// give the bytes back, so such a file cannot be opened by that name. EditorialLint names it by a <em>display
/// path</em> instead, a string that is safe for terminals and every report format and that maps back to the bytes:
/// each path component that is not valid UTF-8, or that holds the two characters <c>\x</c> itself, is escaped —
/// every byte of an invalid sequence becomes <c>\xNN</c> (two upper-case hex digits), a backslash becomes <c>\\</c>,
/// and valid characters stay as they are. Any other component is shown verbatim. Every escaped component therefore
/// holds <c>\x</c> and no verbatim one does, so two files never share a display path and a path holding <c>\x</c>
/// is read, written and listed through <see cref="NativeFiles"/> (raw libc calls) rather than .NET's string APIs.
/// Windows names are UTF-16 and never escaped.
/// </summary>
internal static class NativeFileNames
{
    private const string Marker = "\\x";

    /// <summary>True where file names are bytes and the libc calls are used (Linux).</summary>
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>True for a display path with an escaped component: it must go through <see cref="NativeFiles"/>.</summary>
    public static bool IsEscaped(string path) => Supported && path.Contains(Marker, StringComparison.Ordinal);

    /// <summary>The display form of one name (no slash in it).</summary>
    public static string DisplayName(ReadOnlySpan<byte> name)
    {
        if (Utf8.IsValid(name) && name.IndexOf("\\x"u8) < 0)
        {
            return Encoding.UTF8.GetString(name);
        }

        var b = new StringBuilder(name.Length + 8);
        while (!name.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(name, out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                b.Append(rune.Value == '\\' ? "\\\\" : rune.ToString());
            }
            else
            {
                foreach (var x in name[..consumed])
                {
                    b.Append(Marker).Append(x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            name = name[consumed..];
        }

        return b.ToString();
    }

    /// <summary>The display form of a path of bytes: each component as <see cref="DisplayName"/>, joined by '/'.</summary>
    public static string DisplayPath(ReadOnlySpan<byte> path)
    {
        var b = new StringBuilder(path.Length + 8);
        while (true)
        {
            var slash = path.IndexOf((byte)'/');
            b.Append(DisplayName(slash < 0 ? path : path[..slash]));
            if (slash < 0)
            {
                return b.ToString();
            }

            b.Append('/');
            path = path[(slash + 1)..];
        }
    }

    /// <summary>The display form of a path .NET gave as a string (valid Unicode): only a component with <c>\x</c> changes.</summary>
    public static string DisplayPath(string path) =>
        Supported && path.Contains(Marker, StringComparison.Ordinal) ? DisplayPath(Encoding.UTF8.GetBytes(path)) : path;

    /// <summary>The bytes a display path stands for (the inverse of <see cref="DisplayPath(ReadOnlySpan{byte})"/>), without a terminating NUL.</summary>
    public static byte[] ToBytes(string path)
    {
        var bytes = new List<byte>(path.Length + 8);
        var components = path.Split('/');
        for (var k = 0; k < components.Length; k++)
        {
            if (k > 0)
            {
                bytes.Add((byte)'/');
            }

            AppendComponent(bytes, components[k]);
        }

        return [.. bytes];
    }

    /// <summary>The bytes of <paramref name="path"/> followed by a NUL, for a libc call.</summary>
    public static byte[] ToCString(string path)
    {
        var bytes = ToBytes(path.Length == 0 ? "." : path);
        var c = new byte[bytes.Length + 1];
        bytes.CopyTo(c, 0);
        return c;
    }

    /// <summary>
    /// A path as reports write it: on Windows with '/' for '\'; elsewhere unchanged, since a backslash there is part of a
    /// name (and of an escape).
    /// </summary>
    public static string ForReport(string path) => OperatingSystem.IsWindows() ? path.Replace('\\', '/') : path;

    /// <summary>
    /// A display path as a URI reference (SARIF's artifact location): the bytes it stands for, percent-encoded as RFC 3986
    /// allows for any octet, so the URI names the very file; an absolute path becomes a <c>file://</c> URI.
    /// </summary>
    public static string ToUri(string path)
    {
        var b = new StringBuilder(path.StartsWith('/') ? "file://" : string.Empty);
        foreach (var x in ToBytes(path))
        {
            if (char.IsAsciiLetterOrDigit((char)x) || x is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/')
            {
                b.Append((char)x);
            }
            else
            {
                b.Append('%').Append(x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// The bytes of a command-line argument that the runtime decoded with U+FFFD, read back from
    /// <c>/proc/self/cmdline</c> (Linux): the program's own arguments are the last ones there, in the same order. Null
    /// when they cannot be matched up (another host, or <paramref name="argument"/> is not among them).
    /// </summary>
    public static byte[]? RawArgument(string argument)
    {
        if (!Supported)
        {
            return null;
        }

        List<byte[]> raw;
        try
        {
            raw = Split(File.ReadAllBytes("/proc/self/cmdline"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var args = Environment.GetCommandLineArgs(); // the program, then its arguments
        byte[]? found = null;
        for (var i = 1; i < args.Length && raw.Count >= args.Length - 1; i++)
        {
            var bytes = raw[raw.Count - (args.Length - i)];
            if (!string.Equals(args[i], argument, StringComparison.Ordinal))
            {
                continue;
            }

            if (!SameLossy(bytes, argument) || (found is not null && !found.AsSpan().SequenceEqual(bytes)))
            {
                return null;
            }

            found = bytes;
        }

        return found;
    }

    /// <summary>True when <paramref name="bytes"/> decode to <paramref name="decoded"/>, however many U+FFFD a bad sequence became.</summary>
    private static bool SameLossy(byte[] bytes, string decoded)
    {
        static string Collapse(string s) => System.Text.RegularExpressions.Regex.Replace(s, "\uFFFD+", "\uFFFD");
        return string.Equals(Collapse(Encoding.UTF8.GetString(bytes)), Collapse(decoded), StringComparison.Ordinal);
    }

    private static List<byte[]> Split(byte[] cmdline)
    {
        var parts = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < cmdline.Length; i++)
        {
            if (cmdline[i] == 0)
            {
                parts.Add(cmdline[start..i]);
                start = i + 1;
            }
        }

        if (start < cmdline.Length)
        {
            parts.Add(cmdline[start..]);
        }

        return parts;
    }

    private static void AppendComponent(List<byte> bytes, string component)
    {
        if (!component.Contains(Marker, StringComparison.Ordinal))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(component));
            return;
        }

        var i = 0;
        while (i < component.Length)
        {
            if (component[i] == '\\' && i + 1 < component.Length && component[i + 1] == '\\')
            {
                bytes.Add((byte)'\\');
                i += 2;
            }
            else if (component[i] == '\\' && i + 3 < component.Length && component[i + 1] == 'x' && IsHex(component[i + 2]) && IsHex(component[i + 3]))
            {
                bytes.Add(Convert.ToByte(component.Substring(i + 2, 2), 16));
                i += 4;
            }
            else
            {
                var n = char.IsSurrogatePair(component, i) ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(component.Substring(i, n)));
                i += n;
            }
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
