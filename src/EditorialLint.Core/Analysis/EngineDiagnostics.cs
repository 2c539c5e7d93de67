using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Analysis;

/// <summary>Custom tags on descriptors that decide how the engine and the command line treat a diagnostic.</summary>
internal static class EngineTags
{
    /// <summary>
    /// At error severity, the run cannot be trusted (usage, configuration, unreadable input, rule compile failure):
    /// the exit code is 2, not 1.
    /// </summary>
    public const string FailsRun = "EditorialLint.FailsRun";

    /// <summary>Whether <paramref name="diagnostic"/> makes the run exit 2 (an error whose descriptor is tagged <see cref="FailsRun"/>).</summary>
    public static bool FailsTheRun(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error && Has(diagnostic.Descriptor, FailsRun);

    /// <summary>
    /// Whether the descriptor is <see cref="WellKnownDiagnosticTags.NotConfigurable"/>: .editorconfig severities and
    /// suppression comments do not apply to it, and it keeps the severity it was created with.
    /// </summary>
    public static bool IsNotConfigurable(DiagnosticDescriptor descriptor) => Has(descriptor, WellKnownDiagnosticTags.NotConfigurable);

    private static bool Has(DiagnosticDescriptor descriptor, string tag)
    {
        foreach (var t in descriptor.CustomTags)
        {
            if (string.Equals(t, tag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The EL9xxx diagnostics the engine itself reports. None is configurable; those that fail the run say so in their tags.</summary>
internal static class EngineDiagnostics
{
    private static DiagnosticDescriptor Make(string id, string title, string message, DiagnosticSeverity severity, string description, bool failsRun = false) =>
        new(id, title, message, RuleCategories.Engine, severity, isEnabledByDefault: true, description: description,
            helpLinkUri: RuleHelp.LinkFor(id),
            customTags: failsRun ? [WellKnownDiagnosticTags.NotConfigurable, EngineTags.FailsRun] : [WellKnownDiagnosticTags.NotConfigurable]);

    public static readonly DiagnosticDescriptor RuleCompileError = Make(
        "EL9001", "Rule compile error", "Rule file does not compile: {0}", DiagnosticSeverity.Error,
        "A custom rule in a rules/ folder has a C# compile error. No plugin rule runs until it compiles.", failsRun: true);

    public static readonly DiagnosticDescriptor RuleFailure = Make(
        "EL9002", "Rule failure", "Rule '{0}' failed on this document: {1}", DiagnosticSeverity.Warning,
        "A rule threw an exception or ran out of time while analysing a document. Other rules and documents go on.");

    public static readonly DiagnosticDescriptor InvalidText = Make(
        "EL9003", "Unreadable input", "The file is not valid {0}: {1} at byte offset {2}", DiagnosticSeverity.Error,
        "The file's bytes are not valid text in the encoding its byte order mark (or the UTF-8 default) says. " +
        "Nothing is guessed or replaced: fix the file's encoding, then lint it again.", failsRun: true);

    public static readonly DiagnosticDescriptor BadConfiguration = Make(
        "EL9004", "Bad configuration", "{0}", DiagnosticSeverity.Error,
        "An .editorconfig setting for EditorialLint could not be understood.", failsRun: true);

    public static readonly DiagnosticDescriptor BinaryFile = Make(
        "EL9005", "Binary file skipped", "The file looks binary ({0}) and was skipped", DiagnosticSeverity.Warning,
        "The file holds NUL bytes or other signs of binary data and is not a text draft.");

    public static readonly DiagnosticDescriptor RuleTimeout = Make(
        "EL9006", "Rule limit", "Rule '{0}' was stopped on this document ({1}) and is disabled for the rest of the run", DiagnosticSeverity.Warning,
        "A plugin rule ran longer than the per-document time limit (editorial_lint.rule_timeout_ms), recursed too deep or " +
        "grew the heap past the plugin memory limit. It was stopped, its findings on that document dropped, and it does " +
        "not run on the documents after it.");

    public static readonly DiagnosticDescriptor EmptyFile = Make(
        "EL9007", "Empty document", "The file is empty", DiagnosticSeverity.Info,
        "The file has no text to lint.");

    public static readonly DiagnosticDescriptor InvalidRuleId = Make(
        "EL9008", "Invalid rule id", "{0}", DiagnosticSeverity.Error,
        "A custom rule uses an id outside EL6000-EL8999 or one that another rule already uses.", failsRun: true);

    public static readonly DiagnosticDescriptor ReadAsPlainText = Make(
        "EL9009", "Read as plain text", "The Markdown reader could not read this document ({0}); it was linted as plain text", DiagnosticSeverity.Warning,
        "The Markdown parser gave up on the document (for example block quotes or lists nested more than about a hundred " +
        "levels deep, or thousands of unclosed brackets on one line). The document is still linted, as plain text, so " +
        "Markdown-only rules do not run on it.");

    public static readonly DiagnosticDescriptor AnalysisFailure = Make(
        "EL9010", "Document not analysed", "EditorialLint could not analyse this document: {0}", DiagnosticSeverity.Error,
        "Reading or analysing the document failed inside the engine (not in a rule). The other documents are linted and " +
        "the report stays whole; the run exits 2. Please report the input that causes it.", failsRun: true);

    public static readonly DiagnosticDescriptor UntrustedRules = Make(
        "EL9011", "Untrusted rules folder", "{0}", DiagnosticSeverity.Warning,
        "An .editorconfig names a folder of custom rules (editorial_lint.rules_path, or the rules/ of a pack named by " +
        "editorial_lint.packs) that you have not trusted. Rules are code that runs with your rights, so neither their C# " +
        "nor their rule files are loaded until you run 'editorial-lint trust FOLDER' (remembered for that folder and its " +
        "current content) or pass --rules FOLDER. The run goes on without them.");

    public static readonly DiagnosticDescriptor UnreadablePath = Make(
        "EL9012", "Input not found", "{0}", DiagnosticSeverity.Error,
        "A path, folder or glob named on the command line does not exist, matches no draft or cannot be read. The other " +
        "inputs are linted; the run exits 2.", failsRun: true);

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [RuleCompileError, RuleFailure, InvalidText, BadConfiguration, BinaryFile, RuleTimeout, EmptyFile, InvalidRuleId, ReadAsPlainText, AnalysisFailure, UntrustedRules, UnreadablePath];
}
