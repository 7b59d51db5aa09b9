namespace Lineage.Tests.Shared;

/// <summary>Where tests find the repository, the seed and the shared corpus.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding Lineage.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Seed => Path.Combine(Seeds, "A_RES_62_42.zh.txt");

    public static string Graphs => Path.Combine(RepositoryRoot, "graphs");

    /// <summary><c>$LINEAGE_CORPUS</c>, else <c>../shared/corpus</c> beside the repository.</summary>
    public static string Corpus =>
        Environment.GetEnvironmentVariable("LINEAGE_CORPUS") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary><c>../shared</c> beside the repository (GraphML schemas live there).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Corpus, ".."));

    /// <summary>A corpus path; skips the test (or fails it in CI) when the corpus is absent.</summary>
    public static string CorpusPath(params string[] parts)
    {
        Requires.Corpus();
        return Path.Combine([Corpus, .. parts]);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lineage.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Lineage.sln not found above " + AppContext.BaseDirectory);
    }
}
