using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EditorialLint.Sdk.Analyzers;

/// <summary>
/// What a plugin rule may not use, found with the compiler's semantic model: leaving the process
/// (<c>Environment.Exit</c>), starting processes, the file system, the network, the console, native code and
/// reflection (which could reach any of these by name). The one definition of the check: the rule host compiles this
/// file into itself (lint, test-rules) and <c>BannedApiAnalyzer</c> runs it in <c>dotnet build</c> and editors.
/// </summary>
internal static class BannedApiRules
{
    /// <summary>How a user allows the banned APIs: the command-line switch and its build-time twin.</summary>
    public const string AllowHint = "pass --allow-plugin-apis to allow it (EditorialLintAllowPluginApis in rules.csproj)";

    private static readonly string[] BannedNamespaces =
    [
        "System.Net", "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.IO.Pipes",
        "System.IO.MemoryMappedFiles", "System.IO.IsolatedStorage", "System.Diagnostics.Tracing", "System.Timers",
    ];

    private static readonly Dictionary<string, string> BannedTypes = new(StringComparer.Ordinal)
    {
        ["System.IO.File"] = "file access",
        ["System.IO.Directory"] = "file access",
        ["System.IO.FileInfo"] = "file access",
        ["System.IO.DirectoryInfo"] = "file access",
        ["System.IO.FileSystemInfo"] = "file access",
        ["System.IO.FileStream"] = "file access",
        ["System.IO.DriveInfo"] = "file access",
        ["System.IO.FileSystemWatcher"] = "file access",
        ["System.IO.RandomAccess"] = "file access",
        ["System.IO.Compression.ZipFile"] = "file access",
        ["System.IO.Compression.ZipFileExtensions"] = "file access",
        ["System.Diagnostics.Process"] = "starting processes",
        ["System.Diagnostics.ProcessStartInfo"] = "starting processes",
        ["System.Console"] = "the console (the report goes to standard output)",
        ["System.AppDomain"] = "the process",
        ["System.Activator"] = "reflection",
    };

    private static readonly Dictionary<string, string> BannedMembers = new(StringComparer.Ordinal)
    {
        ["System.Environment.Exit"] = "ending the process",
        ["System.Environment.FailFast"] = "ending the process",
        ["System.Environment.SetEnvironmentVariable"] = "the process",
        ["System.Environment.CurrentDirectory"] = "the process",
        ["System.IO.Path.GetTempFileName"] = "file access",
        ["System.Type.GetType"] = "reflection",
        ["System.Type.InvokeMember"] = "reflection",
        ["System.Type.GetMethod"] = "reflection",
        ["System.Type.GetMethods"] = "reflection",
        ["System.Type.GetMember"] = "reflection",
        ["System.Type.GetMembers"] = "reflection",
        ["System.Type.GetProperty"] = "reflection",
        ["System.Type.GetField"] = "reflection",
        ["System.Type.GetConstructor"] = "reflection",
        ["System.Delegate.CreateDelegate"] = "reflection",
        ["System.Delegate.DynamicInvoke"] = "reflection",
        ["System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor"] = "reflection",

        // Threads, tasks and timers a rule starts carry the engine's limits with them (the execution context flows),
        // except through these, which drop it.
        ["System.Threading.ExecutionContext.SuppressFlow"] = "escaping the engine's limits",
        ["System.Threading.ExecutionContext.Run"] = "escaping the engine's limits",
        ["System.Threading.ThreadPool.UnsafeQueueUserWorkItem"] = "escaping the engine's limits",
        ["System.Threading.ThreadPool.UnsafeRegisterWaitForSingleObject"] = "escaping the engine's limits",
        ["System.Threading.Thread.UnsafeStart"] = "escaping the engine's limits",
    };

    private static readonly SymbolDisplayFormat TypeNameFormat =
        SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None);

    /// <summary>Every use of a banned API in <paramref name="model"/>'s tree: the place and the message that explains it.</summary>
    public static IEnumerable<(Location Location, string Message)> Find(SemanticModel model)
    {
        foreach (var node in model.SyntaxTree.GetRoot().DescendantNodes())
        {
            switch (node)
            {
                case MethodDeclarationSyntax m when m.Modifiers.Any(SyntaxKind.ExternKeyword):
                    yield return (m.Identifier.GetLocation(), "an extern (native) method is not allowed in a rule");
                    continue;
                case GotoStatementSyntax g:
                    yield return (g.GetLocation(), "goto is not allowed in a rule (use a loop: loops are held to the time limit)");
                    continue;
                case SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax:
                    break;
                default:
                    continue;
            }

            var symbol = model.GetSymbolInfo(node).Symbol;
            if (symbol is null || IsReportedElsewhere(node, symbol) || Why(symbol) is not { } why)
            {
                continue;
            }

            yield return (node.GetLocation(), $"'{symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}' is not allowed in a rule ({why}); {AllowHint}");
        }
    }

    /// <summary>
    /// A namespace on the left of a qualified name is not a use; a type on the left of a member access is reported
    /// through its member (once, at the member).
    /// </summary>
    private static bool IsReportedElsewhere(SyntaxNode node, ISymbol symbol)
    {
        SyntaxNode whole = node.Parent is MemberAccessExpressionSyntax named && named.Name == node ? named : node;
        return (node.Parent is QualifiedNameSyntax q && q.Left == node) ||
            (symbol is INamedTypeSymbol && whole.Parent is MemberAccessExpressionSyntax ma && ma.Expression == whole);
    }

    private static string? Why(ISymbol symbol)
    {
        if (symbol is INamespaceSymbol or IAliasSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol)
        {
            return null;
        }

        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null)
        {
            return null;
        }

        var typeName = type.OriginalDefinition.ToDisplayString(TypeNameFormat);
        if (symbol is not INamedTypeSymbol && BannedMembers.TryGetValue(typeName + "." + symbol.Name, out var member))
        {
            return member;
        }

        if (BannedTypes.TryGetValue(typeName, out var why))
        {
            return why;
        }

        // A StreamReader or StreamWriter made from a path opens a file.
        if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ctor && typeName is "System.IO.StreamReader" or "System.IO.StreamWriter" &&
            ctor.Parameters.Length > 0 && ctor.Parameters[0].Type.SpecialType == SpecialType.System_String)
        {
            return "file access";
        }

        return WhyNamespace(type.ContainingNamespace?.ToDisplayString() ?? string.Empty);
    }

    private static string? WhyNamespace(string ns)
    {
        foreach (var banned in BannedNamespaces)
        {
            if (string.Equals(ns, banned, StringComparison.Ordinal) || ns.StartsWith(banned + ".", StringComparison.Ordinal))
            {
                return banned switch
                {
                    "System.Net" => "network access",
                    "System.Reflection" or "System.Runtime.Loader" => "reflection",
                    "System.Runtime.InteropServices" => "native code",
                    _ => "outside the engine's limits",
                };
            }
        }

        return null;
    }
}
