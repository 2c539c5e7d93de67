using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Data;
using EditorialLint.Core.Rules;
using EditorialLint.RuleHost;

namespace EditorialLint.Cli;

/// <summary>
/// The data a rule pack carries in its <c>dictionaries/</c> folder (docs/rule-packs.md): spelling word lists
/// (<c>*.dic</c>, with an .aff of their own or read with the first dictionary's, and <c>*.words</c>) added after the
/// dictionaries a draft's configuration names, and the data files (<c>house-terms.txt</c>, <c>name-variants.txt</c>,
/// <c>us-uk-variants.txt</c>, <c>singular-names.txt</c>) added to those in force (<see cref="DataFiles"/>). It is
/// data, not code: it is read without <c>trust</c>, like a <c>house_terms</c> or <c>dictionaries</c> path, and also
/// under <c>--no-plugins</c>. The packs are those each draft's own configuration names.
/// </summary>
internal static class PackData
{
    /// <summary>The folder of a pack that holds its data.</summary>
    public const string FolderName = "dictionaries";

    /// <summary>The data files a pack may hold, by the option whose file they add to.</summary>
    public static readonly IReadOnlyList<(string Key, string File)> DataFileNames =
        [("house_terms", "house-terms.txt"), ("name_variants", "name-variants.txt"), ("us_uk_variants", "us-uk-variants.txt"), ("singular_names", "singular-names.txt")];

    // Resolved once per run per distinct packs setting (a run may lint a thousand drafts under one .editorconfig).
    private static readonly ConcurrentDictionary<string, ImmutableArray<string>> Folders = new(StringComparer.Ordinal);

    /// <summary>Make the data rules read the packs' data files; called at the start of every command (a run starts with nothing resolved).</summary>
    public static void Install()
    {
        Folders.Clear();
        DataFiles.PackFolders = DataFolders;
    }

    /// <summary>The packs that <paramref name="options"/> name, found (problems are reported by <see cref="Check"/>).</summary>
    public static IReadOnlyList<Packs.ResolvedPack> Resolve(RuleOptions options) =>
        Named(options) ? Packs.Resolve(options, Environment.CurrentDirectory, []) : [];

    /// <summary>The <c>dictionaries/</c> folders of the packs <paramref name="options"/> name, in the order named.</summary>
    public static ImmutableArray<string> DataFolders(RuleOptions options)
    {
        if (!Named(options))
        {
            return [];
        }

        return Folders.GetOrAdd(Key(options), _ => [.. Resolve(options).Select(p => Path.Combine(p.Folder, FolderName)).Where(Directory.Exists)]);
    }

    /// <summary>The packs' spelling word lists for <paramref name="options"/>: each pack's <c>*.dic</c>, <c>*.words</c>, then misspelling tables (<c>*.tsv</c>), by name.</summary>
    public static ImmutableArray<string> WordLists(RuleOptions options) => [.. DataFolders(options).SelectMany(WordListsIn)];

    /// <summary>The spelling word lists in one pack data folder: <c>*.dic</c>, <c>*.words</c>, then <c>*.tsv</c>, each by file name.</summary>
    public static IEnumerable<string> WordListsIn(string folder) =>
        Directory.Exists(folder)
            ? ((string[])["*.dic", "*.words", "*.tsv"]).SelectMany(pattern => Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal))
            : [];

    /// <summary>
    /// Check the packs the drafts' configurations name: a pack that cannot be used is an EL9004 at the .editorconfig
    /// line that names it, a data-file line that would be skipped an EL9004 at that line of the pack's file. Messages
    /// already in <paramref name="problems"/> are not repeated; the run goes on.
    /// </summary>
    public static void Check(EditorialConfiguration configuration, IEnumerable<string> drafts, string baseDirectory, List<DocumentResult> errors, List<string> problems)
    {
        var seenSettings = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var document = configuration.GetOptionsForPath(draft);
            if (!Named(document.Options) || !seenSettings.Add(Key(document.Options)))
            {
                continue;
            }

            var packProblems = new List<string>();
            var packs = Packs.Resolve(document.Options, baseDirectory, packProblems);
            var where = document.Locate(EngineOptions.Packs.Name);
            var shown = where.GetLineSpan().Path is { Length: > 0 } p ? Path.GetRelativePath(baseDirectory, p) : ".editorconfig";
            foreach (var message in packProblems.Where(m => !problems.Contains(m)))
            {
                problems.Add(message);
                errors.Add(new DocumentResult(shown, null, [new EditorialDiagnostic(Diagnostic.Create(EngineDiagnostics.BadConfiguration, where, message), null)]));
            }

            foreach (var pack in packs)
            {
                foreach (var (_, file) in DataFileNames)
                {
                    var path = Path.Combine(pack.Folder, FolderName, file);
                    if (File.Exists(path) && seenFiles.Add(path) && BadLines(path, pack) is { Length: > 0 } bad)
                    {
                        var shownFile = Path.GetRelativePath(baseDirectory, path);
                        problems.AddRange(bad.Select(d => $"{shownFile}({d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
                        errors.Add(new DocumentResult(shownFile, null, [.. bad.Select(d => new EditorialDiagnostic(d, null))]));
                    }
                }
            }
        }
    }

    /// <summary>The lines of a pack's data file that its reader skips, as EL9004 at each line.</summary>
    private static ImmutableArray<Diagnostic> BadLines(string path, Packs.ResolvedPack pack)
    {
        var text = SourceText.From(File.ReadAllText(path));
        var lines = text.Lines.Select(l => l.ToString()).ToArray();
        return
        [
            .. DataFiles.FindBadLines(Path.GetFileName(path), lines).Select(bad =>
            {
                var span = text.Lines[bad.Line - 1].Span;
                var location = Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
                return Diagnostic.Create(EngineDiagnostics.BadConfiguration, location, $"{bad.Message} (pack {pack.Manifest.Name} {pack.Manifest.Version}; the line is skipped)");
            }),
        ];
    }

    private static bool Named(RuleOptions options) =>
        options.TryGetValue(EngineOptions.Packs.Name, out var named) && named.Trim().Length > 0;

    /// <summary>What decides which packs a setting names: the names, the sources, the folders they resolve against, where packages are found.</summary>
    private static string Key(RuleOptions options)
    {
        options.TryGetValue(EngineOptions.Packs.Name, out var named);
        options.TryGetValue(EngineOptions.PackSources.Name, out var sources);
        return string.Join("\n", named, options.GetOriginDirectory(EngineOptions.Packs.Name), sources,
            options.GetOriginDirectory(EngineOptions.PackSources.Name), Packs.GlobalPackagesFolder, RuleCompiler.CacheFolder, Environment.CurrentDirectory);
    }
}
