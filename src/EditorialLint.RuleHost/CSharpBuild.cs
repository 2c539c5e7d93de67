using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;

namespace EditorialLint.RuleHost;

/// <summary>The C# compiler, reached only when the cache has no assembly for the sources.</summary>
internal static class CSharpBuild
{
    public static (byte[]? Image, ImmutableArray<Diagnostic> Errors) Compile(IReadOnlyList<string> files, IReadOnlyList<string> references, string assemblyName, bool allowBannedApis = false)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f), System.Text.Encoding.UTF8), options, f)).ToList();

        // Rule files are written like the built-in ones: implicit usings for the common System namespaces.
        var globalUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading; global using System.Threading.Tasks;",
            options,
            "GlobalUsings.g.cs");
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [.. trees, globalUsings],
            references.Select(r => MetadataReference.CreateFromFile(r)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, deterministic: true));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ToEngine).ToImmutableArray();
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        // Banned APIs are errors at their place in the rule file, like any compile error.
        if (!allowBannedApis)
        {
            var banned = BannedApis.Find(compilation)
                .Select(b => Diagnostic.Create(EngineDiagnostics.RuleCompileError, Relocate(b.Location), b.Message))
                .ToImmutableArray();
            if (!banned.IsEmpty)
            {
                return (null, banned);
            }
        }

        // The assembly that runs is built from the guarded syntax: checks at every method, lambda, loop and catch.
        var guarded = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
            [.. trees.Select(t => GuardInserter.Rewrite(t, compilation.GetSemanticModel(t), options)), globalUsings]);
        using var stream = new MemoryStream();
        var result = guarded.Emit(stream);
        if (result.Success)
        {
            return (stream.ToArray(), []);
        }

        return (null, [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d =>
            Diagnostic.Create(EngineDiagnostics.RuleCompileError, Location.None, $"the rule compiles, but not once the engine's limits are added (please report this): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"))]);
    }

    private static Diagnostic ToEngine(Diagnostic d) =>
        Diagnostic.Create(EngineDiagnostics.RuleCompileError, Relocate(d.Location), $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");

    private static Location Relocate(Location location) =>
        location.IsInSource ? Location.Create(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span) : Location.None;
}
