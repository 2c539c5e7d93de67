using EditorialLint.Core.Configuration;

namespace EditorialLint.Rules.Headings;

/// <summary>
/// Whether front matter names the draft's title: a line <c>title: ...</c> or <c>title = ...</c> (quoted keys too, as in
/// JSON). <c>editorial_lint.front_matter_title_key</c> names another key.
/// </summary>
internal static class FrontMatterTitle
{
    public static bool Has(string frontMatter, RuleOptions options)
    {
        var key = options.GetString("front_matter_title_key", "title")!;
        foreach (var raw in frontMatter.Split('\n'))
        {
            var line = raw.Trim().TrimStart('"');
            if (!line.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = line[key.Length..].TrimStart('"').TrimStart();
            if (rest.Length > 0 && rest[0] is ':' or '=' && rest[1..].Trim().Trim('"', '\'', ',').Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
