using Microsoft.CodeAnalysis.Text;

namespace EditorialLint.Core.Text.Repair;

/// <summary>What kind of damage a <see cref="MojibakeRun"/> undoes.</summary>
public enum MojibakeKind
{
    /// <summary>UTF-8 bytes decoded with a single-byte code page (once or several times).</summary>
    Utf8,

    /// <summary>A C1 control character that stands for a Windows-1252 character (bytes decoded as Latin-1).</summary>
    C1Control,
}

/// <summary>
/// A stretch of mojibake and its exact re-decoding. <see cref="Layers"/> is how many times the text went through a
/// wrong decoder (0 for a lone C1 control); <see cref="Description"/> names the code pages, innermost first.
/// </summary>
public readonly record struct MojibakeRun(TextSpan Span, string Repaired, int Layers, string Description, MojibakeKind Kind = MojibakeKind.Utf8);
