namespace EditorialLint.Testing;

/// <summary>Where the repository is, for tests that read samples, rules or vendored suites.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding EditorialLint.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

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
