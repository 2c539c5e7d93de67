using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.RuleHost;

/// <summary>
/// Compiles a folder of rule files (*.cs) against the Core SDK with Roslyn, caches the assembly by a hash of the
/// sources, the SDK and the references, and loads it in a collectible load context. A cache hit never touches the C#
/// compiler: <see cref="CSharpBuild"/> (the only class that uses Microsoft.CodeAnalysis.CSharp) is reached on a miss.
/// </summary>
public static class RuleCompiler
{
    /// <summary>The per-user cache folder: EDITORIAL_LINT_CACHE, else XDG_CACHE_HOME or ~/.cache, then editorial-lint/rules.</summary>
    public static string CacheFolder
    {
        get
        {
            var explicitFolder = Environment.GetEnvironmentVariable("EDITORIAL_LINT_CACHE");
            if (!string.IsNullOrEmpty(explicitFolder))
            {
                return explicitFolder;
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var baseFolder = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
            return Path.Combine(baseFolder, "editorial-lint", "rules");
        }
    }

    /// <summary>How long a plugin rule's constructor and Initialize may take.</summary>
    public static TimeSpan ConstructionTimeLimit { get; } = TimeSpan.FromSeconds(2);

    /// <summary>The managed heap size past which plugin code is stopped (see <see cref="PluginGuard"/>).</summary>
    public static long PluginMemoryLimitBytes { get; } = 2L * 1024 * 1024 * 1024;

    /// <summary>The assemblies a rule may use: the SDK (Core), Roslyn's common types, Humanizer, and the framework.</summary>
    internal static IReadOnlyList<string> ReferencePaths()
    {
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = tpa.Where(p =>
        {
            var name = Path.GetFileNameWithoutExtension(p);
            return name is "netstandard" or "mscorlib" || name.StartsWith("System.", StringComparison.Ordinal) || name == "System";
        });
        var sdk = new[]
        {
            typeof(EditorialRule).Assembly.Location,
            typeof(DiagnosticDescriptor).Assembly.Location,
            typeof(Humanizer.InflectorExtensions).Assembly.Location,
            typeof(ImmutableArray).Assembly.Location,
        };
        return [.. framework.Concat(sdk).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The files of <paramref name="folder"/> matching <paramref name="pattern"/>, in ordinal order, leaving out the
    /// build output of a rules project (<c>bin/</c> and <c>obj/</c> at any depth: <c>dotnet build</c> writes generated
    /// C# there).
    /// </summary>
    public static IReadOnlyList<string> RuleFiles(string folder, string pattern = "*.cs")
    {
        var full = Path.GetFullPath(folder);
        return [.. Directory.EnumerateFiles(full, pattern, SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(full, f)))
            .Order(StringComparer.Ordinal)];
    }

    private static bool IsBuildOutput(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts[..^1].Any(p => p.Equals("bin", StringComparison.OrdinalIgnoreCase) || p.Equals("obj", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Compile (or fetch from the cache) and load every *.cs file under <paramref name="folder"/> (outside bin/ and obj/).</summary>
    public static PluginLoadResult Load(string folder, string? assemblyName = null, bool allowBannedApis = false)
    {
        var built = Build(folder, assemblyName, allowBannedApis);
        if (built.Image is not { } image)
        {
            return new PluginLoadResult(built.Folder, [], built.Errors, false, null);
        }

        return Instantiate(built.Folder, image, built.FromCache);
    }

    /// <summary>
    /// Compile (or fetch from the cache) every *.cs file under <paramref name="folder"/> without loading or running
    /// any of it: the host does this before it starts plugin workers, so compile errors are reported at their place
    /// and the workers find the assembly in the cache.
    /// </summary>
    public static BuildResult Build(string folder, string? assemblyName = null, bool allowBannedApis = false)
    {
        var full = Path.GetFullPath(folder);
        var files = RuleFiles(full);
        if (files.Count == 0)
        {
            return new BuildResult(full, null, [], false);
        }

        var references = ReferencePaths();
        var key = Hash(files, full, references, allowBannedApis);
        var cached = Path.Combine(CacheFolder, key + ".dll");
        if (File.Exists(cached))
        {
            return new BuildResult(full, File.ReadAllBytes(cached), [], true);
        }

        var (bytes, errors) = CSharpBuild.Compile(files, references, assemblyName ?? "EditorialLint.UserRules." + key[..12], allowBannedApis);
        if (bytes is null)
        {
            return new BuildResult(full, null, errors, false);
        }

        TryWriteCache(cached, bytes);
        return new BuildResult(full, bytes, [], false);
    }

    /// <summary>What <see cref="Build"/> gave: the assembly image (null when there is nothing to load or it did not compile) or the compile errors.</summary>
    public sealed record BuildResult(string Folder, byte[]? Image, ImmutableArray<Diagnostic> Errors, bool FromCache);

    private static PluginLoadResult Instantiate(string full, byte[] image, bool fromCache)
    {
        var context = new AssemblyLoadContext("editorial-lint-rules:" + full, isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image));
        var rules = new List<EditorialRule>();
        var problems = new List<Diagnostic>();
        foreach (var type in assembly.GetTypes().Where(t => typeof(EditorialRule).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                problems.Add(Diagnostic.Create(EngineDiagnostics.RuleCompileError, Location.None, $"rule {type.Name} needs a public parameterless constructor"));
                continue;
            }

            try
            {
                // Constructors and static initialisers are plugin code too: held to the same limits as actions.
                using var guard = PluginGuard.Enter(ConstructionTimeLimit, PluginMemoryLimitBytes);
                rules.Add((EditorialRule)Activator.CreateInstance(type)!);
            }
            catch (Exception ex) when (ex is TargetInvocationException or TypeInitializationException or PluginLimitException or InsufficientExecutionStackException)
            {
                problems.Add(Diagnostic.Create(EngineDiagnostics.RuleCompileError, Location.None, $"rule {type.Name} could not be created: {(ex.InnerException ?? ex).Message}"));
            }
        }

        return new PluginLoadResult(full, [.. rules], [.. problems], fromCache, assembly);
    }

    private static void TryWriteCache(string path, byte[] image)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllBytes(temp, image);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache we cannot write only costs time on the next run.
        }
    }

    private static string Hash(IReadOnlyList<string> files, string root, IReadOnlyList<string> references, bool allowBannedApis)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) => sha.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        Add("editorial-lint-rulehost-2-guarded");
        Add(allowBannedApis ? "banned-apis-allowed" : "banned-apis-checked");
        Add(typeof(EditorialRule).Assembly.ManifestModule.ModuleVersionId.ToString());
        // A reference is identified by its path (the framework's carries its version) and size; reading each
        // assembly's metadata here would cost more than the whole warm start should.
        foreach (var r in references)
        {
            Add(r);
            Add(new FileInfo(r).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var f in files)
        {
            Add(Path.GetRelativePath(root, f));
            sha.AppendData(File.ReadAllBytes(f));
        }

        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }
}
