using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Analysis;

/// <summary>The EL9xxx diagnostics the engine itself reports.</summary>
public static class EngineDiagnostics
{
    private static DiagnosticDescriptor Make(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, RuleCategories.Engine, severity, isEnabledByDefault: true, description: description,
            helpLinkUri: $"docs/engine-diagnostics.md#{id.ToLowerInvariant()}");

    public static readonly DiagnosticDescriptor RuleCompileError = Make(
        "EL9001", "Rule compile error", "Rule file does not compile: {0}", DiagnosticSeverity.Error,
        "A custom rule in a rules/ folder has a C# compile error. No plugin rule runs until it compiles.");

    public static readonly DiagnosticDescriptor RuleFailure = Make(
        "EL9002", "Rule failure", "Rule '{0}' failed on this document: {1}", DiagnosticSeverity.Warning,
        "A rule threw an exception or ran out of time while analysing a document. Other rules and documents go on.");

    public static readonly DiagnosticDescriptor InvalidText = Make(
        "EL9003", "Unreadable input", "The file is not valid {0}: {1} at byte offset {2}", DiagnosticSeverity.Error,
        "The file's bytes are not valid text in the encoding its byte order mark (or the UTF-8 default) says. " +
        "Nothing is guessed or replaced: fix the file's encoding, then lint it again.");

    public static readonly DiagnosticDescriptor BadConfiguration = Make(
        "EL9004", "Bad configuration", "{0}", DiagnosticSeverity.Error,
        "An .editorconfig setting for EditorialLint could not be understood.");

    public static readonly DiagnosticDescriptor BinaryFile = Make(
        "EL9005", "Binary file skipped", "The file looks binary ({0}) and was skipped", DiagnosticSeverity.Warning,
        "The file holds NUL bytes or other signs of binary data and is not a text draft.");

    public static readonly DiagnosticDescriptor RuleTimeout = Make(
        "EL9006", "Rule time limit", "Rule '{0}' was stopped after {1} ms on this document", DiagnosticSeverity.Warning,
        "A rule ran longer than the per-document time limit (editorial_lint.rule_timeout_ms) and was stopped.");

    public static readonly DiagnosticDescriptor EmptyFile = Make(
        "EL9007", "Empty document", "The file is empty", DiagnosticSeverity.Info,
        "The file has no text to lint.");

    public static readonly DiagnosticDescriptor InvalidRuleId = Make(
        "EL9008", "Invalid rule id", "{0}", DiagnosticSeverity.Error,
        "A custom rule uses an id outside EL6000-EL8999 or one that another rule already uses.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [RuleCompileError, RuleFailure, InvalidText, BadConfiguration, BinaryFile, RuleTimeout, EmptyFile, InvalidRuleId];
}
