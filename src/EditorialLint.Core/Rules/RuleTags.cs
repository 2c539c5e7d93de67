using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Rules;

/// <summary>
/// Custom tags a rule puts on its <see cref="DiagnosticDescriptor"/> to declare in code what it offers, so that
/// <c>rules</c>, <c>explain</c> and SARIF read it from the rule, not from its page.
/// </summary>
public static class RuleTags
{
    /// <summary>The rule offers fixes that are safe (<see cref="FixSafety.Safe"/>): <c>--fix</c> applies them.</summary>
    public const string SafeFix = "EditorialLint.Fix.Safe";

    /// <summary>The rule offers fixes that need review (<see cref="FixSafety.NeedsReview"/>): only <c>--unsafe-fixes</c> applies them.</summary>
    public const string ReviewFix = "EditorialLint.Fix.Review";

    /// <summary>"safe", "review", "safe, review", or null when the descriptor declares no fix.</summary>
    public static string? DeclaredFix(DiagnosticDescriptor descriptor)
    {
        var safe = descriptor.CustomTags.Contains(SafeFix);
        var review = descriptor.CustomTags.Contains(ReviewFix);
        return (safe, review) switch
        {
            (true, true) => "safe, review",
            (true, false) => "safe",
            (false, true) => "review",
            _ => null,
        };
    }
}
