using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using EditorialLint.Sdk.Analyzers;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace EditorialLint.RuleHost;

/// <summary>
/// The banned-API check for a rule folder's compilation. The check itself is <see cref="BannedApiRules"/>, the source
/// file of the SDK's analyzer (src/EditorialLint.Sdk.Analyzers) compiled into the rule host too, so <c>dotnet build</c>
/// of a rules project and <c>lint</c>/<c>test-rules</c> report the same uses with the same text. Each use is an error
/// at its place in the rule file unless the user allows them (<c>--allow-plugin-apis</c>).
/// </summary>
internal static class BannedApis
{
    /// <summary>Every use of a banned API in <paramref name="compilation"/>'s trees: the place and what it is.</summary>
    public static IEnumerable<(Location Location, string Message)> Find(Compilation compilation) =>
        compilation.SyntaxTrees.SelectMany(tree => BannedApiRules.Find(compilation.GetSemanticModel(tree)));
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
