namespace EditorialLint.Spelling.Tests;

internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EditorialLint.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("EditorialLint.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Dictionaries => Path.Combine(RepoRoot, "dictionaries");

    private static readonly Lazy<HunspellDictionary> EnUsLazy = new(() =>
        HunspellDictionary.Load(Path.Combine(Dictionaries, "en_US.aff"), Path.Combine(Dictionaries, "en_US.dic")));
    private static readonly Lazy<HunspellDictionary> EnGbLazy = new(() =>
        HunspellDictionary.Load(Path.Combine(Dictionaries, "en_GB.aff"), Path.Combine(Dictionaries, "en_GB.dic")));
    private static readonly Lazy<HunspellDictionary> EnUsHouseLazy = new(() =>
        EnUsLazy.Value.WithAddOn(Path.Combine(Dictionaries, "house.dic")));

    public static HunspellDictionary EnUs => EnUsLazy.Value;
    public static HunspellDictionary EnGb => EnGbLazy.Value;
    public static HunspellDictionary EnUsHouse => EnUsHouseLazy.Value;

    public static HunspellDictionary FromText(string aff, string dic)
    {
        using var a = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(aff));
        using var d = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(dic));
        return HunspellDictionary.Load(a, d);
    }
}
