namespace EditorialLint.Core.Tests;

internal static class TestPaths
{
    /// <summary>The repository root (the folder holding EditorialLint.sln).</summary>
    public static string Root { get; } = EditorialLint.Testing.RepositoryPaths.Root;


    public static string Samples => Path.Combine(Root, "samples");

}
