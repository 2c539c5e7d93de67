namespace EditorialLint.Conformance.Tests;

internal static class ConformancePaths
{
    public static string Root { get; } = EditorialLint.Testing.RepositoryPaths.Root;

    public static string Suite(string name) => Path.Combine(Root, "tests", "Conformance", name);

}
