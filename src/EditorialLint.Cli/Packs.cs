using System.IO.Compression;
using System.Security.Cryptography;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Rules;
using EditorialLint.RuleHost;

namespace EditorialLint.Cli;

/// <summary>
/// Rule packs (docs/rule-packs.md): folders or NuGet packages holding a <c>pack.json</c> manifest and a <c>rules/</c>
/// folder, named from <c>.editorconfig</c> with <c>editorial_lint.packs</c> (a folder path, a <c>.nupkg</c> path, or
/// <c>Id@Version</c>). <c>Id@Version</c> is found offline: in the <c>editorial_lint.pack_sources</c> folders of
/// <c>.nupkg</c> files (extracted into the cache), else in the NuGet global packages folder. A pack's rule folder loads
/// like any plugin folder, under the same trust and limits.
/// </summary>
internal static class Packs
{
    /// <summary>The rule folders of the packs the .editorconfig applying to <paramref name="directory"/> names; problems are added.</summary>
    public static IReadOnlyList<RuleSetup.RuleFolder> RuleFolders(RuleRegistry registry, string directory, List<string> problems)
    {
        var folders = new List<RuleSetup.RuleFolder>();
        foreach (var pack in Resolve(registry, directory, problems))
        {
            var rules = Path.Combine(pack.Folder, "rules");
            if (Directory.Exists(rules))
            {
                folders.Add(new RuleSetup.RuleFolder(rules, NeedsTrust: true, $"of pack {pack.Manifest.Name} {pack.Manifest.Version} (editorial_lint.packs)", "remove the pack from editorial_lint.packs"));
            }
        }

        return folders;
    }

    /// <summary>A pack found on disk: its folder and manifest.</summary>
    public sealed record ResolvedPack(string Folder, PackManifest Manifest);

    /// <summary>Every pack the .editorconfig applying to <paramref name="directory"/> names, found and checked.</summary>
    public static IReadOnlyList<ResolvedPack> Resolve(RuleRegistry registry, string directory, List<string> problems) =>
        Resolve(new EditorialConfiguration(registry).GetOptionsForPath(Path.Combine(directory, "any.md")).Options, directory, problems);

    /// <summary>Every pack that <paramref name="options"/> name, found and checked; a relative name with no .editorconfig behind it resolves against <paramref name="directory"/>.</summary>
    public static IReadOnlyList<ResolvedPack> Resolve(RuleOptions options, string directory, List<string> problems)
    {
        var names = options.Get(EngineOptions.Packs);
        if (names.IsDefaultOrEmpty)
        {
            return [];
        }

        var origin = options.GetOriginDirectory(EngineOptions.Packs.Name) ?? directory;
        var sourcesOrigin = options.GetOriginDirectory(EngineOptions.PackSources.Name) ?? directory;
        var sources = options.Get(EngineOptions.PackSources).Select(s => Path.GetFullPath(Path.Combine(sourcesOrigin, s))).ToList();
        var packs = new List<ResolvedPack>();
        foreach (var name in names)
        {
            var folder = Locate(name, origin, sources, problems);
            if (folder is null)
            {
                continue;
            }

            var manifest = PackManifest.Read(folder, out var error);
            if (manifest is null)
            {
                problems.Add($"pack '{name}': {error}");
            }
            else if (manifest.RequiresNewerTool(ToolVersion))
            {
                problems.Add($"pack '{name}' ({manifest.Name} {manifest.Version}) needs editorial-lint {manifest.MinToolVersion} or later (this is {ToolVersion.ToString(3)}); it was not loaded");
            }
            else
            {
                packs.Add(new ResolvedPack(folder, manifest));
            }
        }

        return packs;
    }

    /// <summary>The running tool's version (the assembly version: the package version without a suffix).</summary>
    public static Version ToolVersion => typeof(Packs).Assembly.GetName().Version ?? new Version(0, 0, 0);

    private static string? Locate(string name, string origin, IReadOnlyList<string> sources, List<string> problems)
    {
        var at = name.LastIndexOf('@');
        var isPath = name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.StartsWith('.');
        if (at > 0 && !isPath)
        {
            var id = name[..at];
            var version = name[(at + 1)..];
            return FromSources(id, version, sources) ?? FromGlobalPackages(id, version) ?? Missing(
                $"pack '{name}' was not found in {(sources.Count == 0 ? "editorial_lint.pack_sources (none set)" : string.Join(", ", sources))} or in the NuGet global packages folder ({GlobalPackagesFolder})");
        }

        var path = Path.GetFullPath(Path.Combine(origin, name));
        if (path.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase))
        {
            return File.Exists(path) ? Extract(path) : Missing($"pack '{name}': no such package file {path}");
        }

        return Directory.Exists(path) ? path : Missing($"pack '{name}': no such folder {path}");

        string? Missing(string problem)
        {
            problems.Add(problem);
            return null;
        }
    }

    private static string? FromSources(string id, string version, IReadOnlyList<string> sources)
    {
        var fileName = $"{id}.{version}.nupkg";
        foreach (var source in sources.Where(Directory.Exists))
        {
            var file = Directory.EnumerateFiles(source, "*.nupkg")
                .FirstOrDefault(f => Path.GetFileName(f).Equals(fileName, StringComparison.OrdinalIgnoreCase));
            if (file is not null)
            {
                return Extract(file);
            }
        }

        return null;
    }

    /// <summary>NUGET_PACKAGES, else ~/.nuget/packages: where a restore puts packages (lower-case id and version folders).</summary>
    public static string GlobalPackagesFolder
    {
        get
        {
            var explicitFolder = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return string.IsNullOrEmpty(explicitFolder)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
                : explicitFolder;
        }
    }

    private static string? FromGlobalPackages(string id, string version)
    {
        var folder = Path.Combine(GlobalPackagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant());
        return File.Exists(Path.Combine(folder, PackManifest.FileName)) ? folder : null;
    }

    /// <summary>
    /// The package extracted into the cache, in a folder named by the package's content hash: a package rebuilt with
    /// the same version gets a new folder (and needs a new <c>trust</c>), never a stale one.
    /// </summary>
    private static string Extract(string nupkg)
    {
        var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(nupkg)))[..16].ToLowerInvariant();
        var name = Path.GetFileNameWithoutExtension(nupkg).ToLowerInvariant();
        var target = Path.Combine(RuleCompiler.CacheFolder, "packs", name + "-" + hash);
        if (Directory.Exists(target))
        {
            return target;
        }

        // A temporary folder of its own: another run, or another thread of this one (the dictionaries load while
        // the rules are set up, and both read the packs), may be extracting the same package.
        var temp = target + "." + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        ZipFile.ExtractToDirectory(nupkg, temp, overwriteFiles: true);
        try
        {
            Directory.Move(temp, target);
        }
        catch (IOException) when (Directory.Exists(target))
        {
            Directory.Delete(temp, recursive: true); // another run extracted it first
        }

        return target;
    }
}
