using EditorialLint.Core.Spelling;

namespace EditorialLint.RuleHost.Isolation;

/// <summary>
/// A spell checker loaded on first use: the engine asks for a document's checker before any rule runs, and loading
/// dictionaries in a worker for a rule that never spells would spend that rule's time limit on nothing.
/// </summary>
internal sealed class LazySpellChecker(Func<ISpellChecker?> load) : ISpellChecker
{
    private readonly Lazy<ISpellChecker?> _inner = new(load);

    public bool Check(ReadOnlySpan<char> word) => _inner.Value?.Check(word) ?? true;

    public IReadOnlyList<string> Suggest(string word, int maxSuggestions = 5) => _inner.Value?.Suggest(word, maxSuggestions) ?? [];

    public bool HasEntryAsWritten(ReadOnlySpan<char> word) => _inner.Value?.HasEntryAsWritten(word) ?? false;

    public IReadOnlyList<string> CommonMisspelling(ReadOnlySpan<char> word) => _inner.Value?.CommonMisspelling(word) ?? [];

    public IReadOnlyList<string> SuggestNames(string word, int maxSuggestions = 5) => _inner.Value?.SuggestNames(word, maxSuggestions) ?? [];
}
