using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EditorialLint.Cli;

/// <summary>
/// The rule folders the user has trusted, each with a hash of its C# files at the time: an <c>.editorconfig</c> that
/// names a rules folder (<c>editorial_lint.rules_path</c>) only gets it compiled and run when the folder is listed here
/// with the same content. Kept in one user-level file: <c>EDITORIAL_LINT_TRUST_FILE</c> if set, else
/// <c>$XDG_CONFIG_HOME/editorial-lint/trusted-rules.txt</c> (<c>~/.config</c> when XDG_CONFIG_HOME is unset). Each line
/// is <c>sha256 TAB full-path</c>.
/// </summary>
internal static class TrustStore
{
    public static string FilePath
    {
        get
        {
            var explicitFile = Environment.GetEnvironmentVariable("EDITORIAL_LINT_TRUST_FILE");
            if (!string.IsNullOrEmpty(explicitFile))
            {
                return explicitFile;
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            var baseFolder = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config") : xdg;
            return Path.Combine(baseFolder, "editorial-lint", "trusted-rules.txt");
        }
    }

    public enum State
    {
        Untrusted,
        Changed,
        Trusted,
    }

    /// <summary>Whether <paramref name="folder"/> is trusted as it is now.</summary>
    public static State Check(string folder)
    {
        var full = Normalise(folder);
        var entries = Load();
        if (!entries.TryGetValue(full, out var hash))
        {
            return State.Untrusted;
        }

        return string.Equals(hash, ContentHash(full), StringComparison.Ordinal) ? State.Trusted : State.Changed;
    }

    /// <summary>Trust <paramref name="folder"/> as it is now (its C# files' paths and bytes); returns the hash stored.</summary>
    public static string Trust(string folder)
    {
        var full = Normalise(folder);
        var entries = Load();
        var hash = ContentHash(full);
        entries[full] = hash;
        var lines = entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Value}\t{e.Key}\n");
        var file = FilePath;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        AtomicFile.Write(file, Encoding.UTF8.GetBytes("# editorial-lint: trusted rule folders (sha256 of their *.cs files, then the folder)\n" + string.Concat(lines)));
        return hash;
    }

    /// <summary>
    /// SHA-256 over every rule file under the folder (*.cs, and the no-code *.yaml and *.yml; outside bin/ and obj/):
    /// relative path, length, bytes, in ordinal path order. A folder without rule files in YAML hashes as it did before
    /// they existed.
    /// </summary>
    public static string ContentHash(string folder)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = new[] { "*.cs" }.Concat(DataRules.DataRuleLoader.Patterns).SelectMany(p => EditorialLint.RuleHost.RuleCompiler.RuleFiles(folder, p));
        foreach (var f in files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(f);
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, f).Replace('\\', '/') + "\n" + bytes.Length.ToString(CultureInfo.InvariantCulture) + "\n"));
            sha.AppendData(bytes);
        }

        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }

    private static string Normalise(string folder) => Path.TrimEndingDirectorySeparator(AtomicFile.FollowLinks(Path.GetFullPath(folder)));

    private static Dictionary<string, string> Load()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(FilePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return entries; // no file yet (or unreadable): nothing is trusted
        }

        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            entries[line[(tab + 1)..]] = line[..tab];
        }

        return entries;
    }
}
