using Microsoft.CodeAnalysis;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Analysis;

/// <summary>A Roslyn <see cref="Diagnostic"/> with the fix a rule attached to it, if any.</summary>
internal sealed record EditorialDiagnostic(Diagnostic Diagnostic, CodeFix? Fix)
{
    public string Id => Diagnostic.Id;

    public DiagnosticSeverity Severity => Diagnostic.Severity;

    public string Message => Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    public Location Location => Diagnostic.Location;

    public string Path => Diagnostic.Location.GetLineSpan().Path;

    public EditorialDiagnostic WithSeverity(DiagnosticSeverity severity)
    {
        if (severity == Diagnostic.Severity)
        {
            return this;
        }

        var d = Diagnostic;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var copy = Diagnostic.Create(
            d.Id,
            d.Descriptor.Category,
            d.GetMessage(inv),
            severity,
            d.DefaultSeverity,
            isEnabledByDefault: true,
            warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1,
            title: d.Descriptor.Title,
            description: d.Descriptor.Description,
            helpLink: d.Descriptor.HelpLinkUri,
            location: d.Location,
            additionalLocations: d.AdditionalLocations,
            customTags: d.Descriptor.CustomTags,
            properties: d.Properties);
        return this with { Diagnostic = copy };
    }
}
