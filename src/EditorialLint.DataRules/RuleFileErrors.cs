using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using EditorialLint.Core.Analysis;

namespace EditorialLint.DataRules;

/// <summary>
/// The problems found in one rule file, each an engine diagnostic located at its line and column in the file:
/// EL9001 (the file cannot be used: bad YAML, an unknown kind or field, a missing or wrong value) and EL9008 (a bad or
/// duplicate rule id), as for C# rule files.
/// </summary>
public sealed class RuleFileErrors
{
    private readonly List<Diagnostic> _errors = [];
    private readonly SourceText _text;

    /// <summary>Collect the problems of the rule file at <paramref name="path"/>, whose text is <paramref name="text"/>.</summary>
    public RuleFileErrors(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    /// <summary>The rule file's path, as reported.</summary>
    public string Path { get; }

    /// <summary>The problems so far, in the order found.</summary>
    public ImmutableArray<Diagnostic> All => [.. _errors];

    /// <summary>True when nothing has been reported.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Report that the file (or a value in it) cannot be used (EL9001), at <paramref name="start"/>.</summary>
    public void Invalid(Mark start, Mark end, string message) => Add(EngineDiagnostics.RuleCompileError, start, end, message);

    /// <summary>Report a bad or duplicate id (EL9008), at <paramref name="start"/>.</summary>
    public void BadId(Mark start, Mark end, string message) => Add(EngineDiagnostics.InvalidRuleId, start, end, message);

    private void Add(DiagnosticDescriptor descriptor, Mark start, Mark end, string message)
    {
        // YamlDotNet's marks are 1-based lines and columns and a 0-based character index.
        var from = Clamp(start.Index);
        var to = Math.Max(from, Clamp(end.Index));
        var span = TextSpan.FromBounds(from, to);
        var startLine = new LinePosition((int)Math.Max(0, start.Line - 1), (int)Math.Max(0, start.Column - 1));
        var endLine = end.Index > start.Index ? new LinePosition((int)Math.Max(0, end.Line - 1), (int)Math.Max(0, end.Column - 1)) : startLine;
        var location = Location.Create(Path, span, new LinePositionSpan(startLine, endLine));
        _errors.Add(Diagnostic.Create(descriptor, location, message));
    }

    private int Clamp(long index) => (int)Math.Clamp(index, 0, _text.Length);
}
