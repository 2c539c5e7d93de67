using EditorialLint.Core.Configuration;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Cli;

/// <summary>Finds and loads the dictionaries a document's configuration names (once per distinct setting).</summary>
internal sealed class SpellingSetup
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public ISpellChecker? For(DocumentConfiguration configuration) => null;
}
