namespace EditorialLint.Conformance.Tests;

internal static class ConformancePaths
{
    public static string Root { get; } = FindRoot();

    public static string Suite(string name) => Path.Combine(Root, "tests", "Conformance", name);

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "EditorialLint.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }
}
