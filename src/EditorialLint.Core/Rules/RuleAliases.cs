using System.Globalization;
using System.Text;
using Humanizer;
using Microsoft.CodeAnalysis;

namespace EditorialLint.Core.Rules;

/// <summary>Kebab-case aliases for rule ids ("EL1001" is also "footnote-number-gap").</summary>
internal static class RuleAliases
{
    /// <summary>The alias of a descriptor: its title in kebab case, computed culture-independently.</summary>
    public static string For(DiagnosticDescriptor descriptor) => FromTitle(descriptor.Title.ToString(CultureInfo.InvariantCulture));

    /// <summary>The alias for a rule title: "Footnote number gap" is <c>footnote-number-gap</c>.</summary>
    public static string FromTitle(string title)
    {
        // Keep letters and digits, start each word with a capital, then let Humanizer kebab-case it. Humanizer
        // consults the current culture, so run it under the invariant culture (tr-TR would turn I into ı).
        var sb = new StringBuilder(title.Length);
        var startOfWord = true;
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else
            {
                startOfWord = true;
            }
        }

        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            return sb.ToString().Kebaberize().ToLowerInvariant();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
