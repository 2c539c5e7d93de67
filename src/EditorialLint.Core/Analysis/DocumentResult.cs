using System.Collections.Immutable;
using EditorialLint.Core.Syntax;

namespace EditorialLint.Core.Analysis;

/// <summary>The findings for one input.</summary>
internal sealed record DocumentResult(string Path, EditorialDocument? Document, ImmutableArray<EditorialDiagnostic> Diagnostics)
{
    /// <summary>
    /// Problems of the run met with this input (its .editorconfig's, its dictionaries'), located where they are; not
    /// among <see cref="Diagnostics"/>. <see cref="LintSession.LintInOrder"/> reports each once per run.
    /// </summary>
    public ImmutableArray<EditorialDiagnostic> RunProblems { get; init; } = [];

    /// <summary>True for a result that holds problems of the run (a configuration file, a rule file, a command-line path), not a draft's findings.</summary>
    public bool IsRunProblem { get; init; }
}

/// <summary>One input for <see cref="AnalysisDriver.AnalyzeMany"/>: its path and how to read its bytes.</summary>
internal sealed record DocumentInput(string Path, Func<byte[]> ReadBytes);
