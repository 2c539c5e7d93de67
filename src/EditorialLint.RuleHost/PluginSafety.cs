using System.Collections.Frozen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EditorialLint.RuleHost;

/// <summary>
/// What a plugin rule may not use, found with the compiler's semantic model: leaving the process
/// (<c>Environment.Exit</c>), starting processes, the file system, the network, the console, native code and
/// reflection (which could reach any of these by name). Each use is an error at its place in the rule file unless the
/// user allows them (<c>--allow-plugin-apis</c>).
/// </summary>
internal static class BannedApis
{
    private static readonly string[] BannedNamespaces =
    [
        "System.Net", "System.Reflection", "System.Runtime.InteropServices", "System.Runtime.Loader", "System.IO.Pipes",
        "System.IO.MemoryMappedFiles", "System.IO.IsolatedStorage", "System.Diagnostics.Tracing", "System.Timers",
    ];

    private static readonly FrozenDictionary<string, string> BannedTypes = new Dictionary<string, string>(StringComparer.Ordinal)
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
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> BannedMembers = new Dictionary<string, string>(StringComparer.Ordinal)
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
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every use of a banned API in <paramref name="compilation"/>'s trees: the place and what it is.</summary>
    public static IEnumerable<(Location Location, string Message)> Find(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var node in root.DescendantNodes())
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
                // A type on the left of a member access is reported through its member (once, at the member).
                SyntaxNode whole = node.Parent is MemberAccessExpressionSyntax named && named.Name == node ? named : node;
                if (symbol is null || (node.Parent is QualifiedNameSyntax q && q.Left == node) ||
                    (symbol is INamedTypeSymbol && whole.Parent is MemberAccessExpressionSyntax ma && ma.Expression == whole))
                {
                    continue;
                }

                if (Why(symbol) is { } why)
                {
                    yield return (node.GetLocation(), $"'{symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}' is not allowed in a rule ({why}); pass --allow-plugin-apis to allow it");
                }
            }
        }
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

        var typeName = type.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None));
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

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        foreach (var banned in BannedNamespaces)
        {
            if (ns.Equals(banned, StringComparison.Ordinal) || ns.StartsWith(banned + ".", StringComparison.Ordinal))
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

/// <summary>
/// Rewrites a plugin's syntax so that every method, accessor, local function and lambda starts with
/// <c>PluginGuard.Check()</c>, as does every loop body and catch block. Under the engine's guard that call stops
/// recursion before the stack overflows, and stops loops (and code that catches the stop and goes on) at the time
/// limit. Expression bodies become blocks; whether a lambda returns a value comes from the semantic model.
/// </summary>
internal sealed class GuardInserter(SemanticModel model) : CSharpSyntaxRewriter
{
    private static readonly StatementSyntax CheckStatement = ParseStatement("global::EditorialLint.Core.Rules.PluginGuard.Check();");

    public static SyntaxTree Rewrite(SyntaxTree tree, SemanticModel model, CSharpParseOptions options)
    {
        var root = new GuardInserter(model).Visit(tree.GetRoot());
        return CSharpSyntaxTree.Create((CSharpSyntaxNode)root, options, tree.FilePath, System.Text.Encoding.UTF8);
    }

    private static BlockSyntax Guard(BlockSyntax body) => body.WithStatements(body.Statements.Insert(0, CheckStatement));

    private static BlockSyntax Guard(StatementSyntax body) =>
        body is BlockSyntax block ? Guard(block) : Block(CheckStatement, body);

    private static BlockSyntax FromExpression(ExpressionSyntax expression, bool returnsValue) =>
        Block(CheckStatement, expression is ThrowExpressionSyntax thrown ? ThrowStatement(thrown.Expression)
            : returnsValue ? ReturnStatement(expression) : ExpressionStatement(expression));

    private static bool ReturnsValue(TypeSyntax? returnType) =>
        returnType is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var returnsValue = ReturnsValue(node.ReturnType) && !IsAsyncTaskOnly(node.Modifiers, node.ReturnType);
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        if (visited.Body is { } body)
        {
            return visited.WithBody(Guard(body));
        }

        if (visited.ExpressionBody is { } arrow)
        {
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(FromExpression(arrow.Expression, returnsValue));
        }

        return visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var returnsValue = ReturnsValue(node.ReturnType) && !IsAsyncTaskOnly(node.Modifiers, node.ReturnType);
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (visited.Body is { } body)
        {
            return visited.WithBody(Guard(body));
        }

        if (visited.ExpressionBody is { } arrow)
        {
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(FromExpression(arrow.Expression, returnsValue));
        }

        return visited;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        var visited = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        if (visited.Body is { } body)
        {
            return visited.WithBody(Guard(body));
        }

        if (visited.ExpressionBody is { } arrow)
        {
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(FromExpression(arrow.Expression, returnsValue: false));
        }

        return visited;
    }

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        var visited = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
        return visited.Body is { } body ? visited.WithBody(Guard(body))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(FromExpression(arrow.Expression, returnsValue: true))
            : visited;
    }

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        var visited = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
        return visited.Body is { } body ? visited.WithBody(Guard(body))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(FromExpression(arrow.Expression, returnsValue: true))
            : visited;
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var returnsValue = node.Kind() == SyntaxKind.GetAccessorDeclaration;
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        return visited.Body is { } body ? visited.WithBody(Guard(body))
            : visited.ExpressionBody is { } arrow ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithBody(FromExpression(arrow.Expression, returnsValue))
            : visited;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        if (visited.ExpressionBody is { } arrow)
        {
            var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, FromExpression(arrow.Expression, returnsValue: true));
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(AccessorList(SingletonList(getter)));
        }

        return visited;
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        if (visited.ExpressionBody is { } arrow)
        {
            var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, FromExpression(arrow.Expression, returnsValue: true));
            return visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(AccessorList(SingletonList(getter)));
        }

        return visited;
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var returnsValue = LambdaReturnsValue(node);
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return visited.Block is { } block ? visited.WithBlock(Guard(block))
            : visited.ExpressionBody is { } e ? visited.WithExpressionBody(null).WithBlock(FromExpression(e, returnsValue))
            : visited;
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var returnsValue = LambdaReturnsValue(node);
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return visited.Block is { } block ? visited.WithBlock(Guard(block))
            : visited.ExpressionBody is { } e ? visited.WithExpressionBody(null).WithBlock(FromExpression(e, returnsValue))
            : visited;
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(Guard(visited.Block));
    }

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(Guard(visited.Statement));
    }

    public override SyntaxNode? VisitCatchClause(CatchClauseSyntax node)
    {
        var visited = (CatchClauseSyntax)base.VisitCatchClause(node)!;
        return visited.WithBlock(Guard(visited.Block));
    }

    public override SyntaxNode? VisitFinallyClause(FinallyClauseSyntax node)
    {
        var visited = (FinallyClauseSyntax)base.VisitFinallyClause(node)!;
        return visited.WithBlock(Guard(visited.Block));
    }

    private bool LambdaReturnsValue(AnonymousFunctionExpressionSyntax lambda)
    {
        if (model.GetSymbolInfo(lambda).Symbol is not IMethodSymbol method)
        {
            return true;
        }

        if (method.ReturnsVoid)
        {
            return false;
        }

        // An async lambda returning Task (not Task<T>) has no value to return either.
        return !(lambda.AsyncKeyword.RawKind != 0 && method.ReturnType is INamedTypeSymbol { IsGenericType: false, Name: "Task" or "ValueTask" });
    }

    private static bool IsAsyncTaskOnly(SyntaxTokenList modifiers, TypeSyntax returnType) =>
        modifiers.Any(SyntaxKind.AsyncKeyword) && returnType is IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } or QualifiedNameSyntax { Right: IdentifierNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } };
}
