using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Rules;

/// <summary>
/// The base class of every rule, built-in or plugin. A rule is stateless: it declares its diagnostics and registers
/// actions; the driver walks each document once and calls the actions. Documents are analysed in parallel, so an
/// action must not keep state in fields.
/// </summary>
public abstract class EditorialRule
{
    /// <summary>Every diagnostic this rule can report.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>
    /// The <c>editorial_lint.*</c> options the rule reads, declared with <see cref="RuleOption"/>. <c>rules</c> and
    /// <c>explain</c> print them, and a value an option does not understand is reported as a configuration problem.
    /// </summary>
    public virtual ImmutableArray<OptionDeclaration> Options => [];

    /// <summary>Register the rule's actions. Called once per rule instance.</summary>
    public abstract void Initialize(RuleContext context);
}

/// <summary>The id families and their categories. Ids are permanent.</summary>
public static class RuleCategories
{
    /// <summary>Footnote numbering and notes (EL1xxx).</summary>
    public const string Footnotes = "Footnotes";      // EL1xxx
    /// <summary>Headings (EL2xxx).</summary>
    public const string Headings = "Headings";        // EL2xxx
    /// <summary>Characters: encoding damage, invisible and control characters (EL3xxx).</summary>
    public const string Characters = "Characters";    // EL3xxx
    /// <summary>Spelling (EL4xxx).</summary>
    public const string Spelling = "Spelling";        // EL4xxx
    /// <summary>Consistency and house style (EL5xxx).</summary>
    public const string Consistency = "Consistency";  // EL5xxx
    /// <summary>Editors' own rules (plugins and packs, EL6000–EL8999).</summary>
    public const string Custom = "Custom";            // EL6xxx-EL8xxx: user rules
    /// <summary>The engine's own diagnostics (EL9xxx).</summary>
    public const string Engine = "Engine";            // EL9xxx

    /// <summary>The category an id belongs to by its family digit, or null for an id outside the EL scheme.</summary>
    public static string? ForId(string id)
    {
        if (id.Length != 6 || !id.StartsWith("EL", StringComparison.Ordinal) || id.AsSpan(2).ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        return id[2] switch
        {
            '1' => Footnotes,
            '2' => Headings,
            '3' => Characters,
            '4' => Spelling,
            '5' => Consistency,
            '6' or '7' or '8' => Custom,
            '9' => Engine,
            _ => null,
        };
    }

    /// <summary>True for ids reserved for an editor's own rules (EL6000-EL8999).</summary>
    public static bool IsUserId(string id) => ForId(id) == Custom;
}
