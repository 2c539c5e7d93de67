using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using EditorialLint.Core.Analysis;

namespace EditorialLint.RuleHost;

/// <summary>The C# compiler, reached only when the cache has no assembly for the sources.</summary>
internal static class CSharpBuild
{
    public static (byte[]? Image, ImmutableArray<Diagnostic> Errors) Compile(IReadOnlyList<string> files, IReadOnlyList<string> references, string assemblyName)
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

        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (result.Success)
        {
            return (stream.ToArray(), []);
        }

        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => Diagnostic.Create(EngineDiagnostics.RuleCompileError, d.Location.IsInSource ? Location.Create(d.Location.SourceTree!.FilePath, d.Location.SourceSpan, d.Location.GetLineSpan().Span) : Location.None, $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"))
            .ToImmutableArray();
        return (null, errors);
    }
}
