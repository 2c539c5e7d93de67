namespace EditorialLint.Core.Tests;

internal static class TestPaths
{
    /// <summary>The repository root (the folder holding EditorialLint.sln).</summary>
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "EditorialLint.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("EditorialLint.sln not found above " + AppContext.BaseDirectory);
    }
}
