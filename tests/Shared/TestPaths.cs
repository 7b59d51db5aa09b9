namespace Lineage.Tests.Shared;

/// <summary>Where tests find the repository, the seed, the fixtures and the shared corpus.</summary>
internal static class TestPaths
{
    /// <summary>The repository root (the folder holding Lineage.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Seed => Path.Combine(Seeds, "A_RES_62_42.zh.txt");

    public static string Graphs => Path.Combine(RepositoryRoot, "graphs");

    /// <summary><c>tests/fixtures</c>: the schemas and a few dozen corpus files kept in the repository (see its README).</summary>
    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "fixtures");

    /// <summary>The corpus files in the repository, laid out as in the corpus (<c>tests/fixtures/corpus</c>).</summary>
    public static string FixtureCorpus => Path.Combine(Fixtures, "corpus");

    /// <summary>The GraphML schema (<c>tests/fixtures/graphml-xsd/graphml.xsd</c>).</summary>
    public static string GraphMlSchema => Path.Combine(Fixtures, "graphml-xsd", "graphml.xsd");

    /// <summary><c>$LINEAGE_CORPUS</c>, else <c>../shared/corpus</c> beside the repository.</summary>
    public static string Corpus =>
        Environment.GetEnvironmentVariable("LINEAGE_CORPUS") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>Whether the full corpus is there.</summary>
    public static bool HasCorpus => Directory.Exists(Corpus);

    /// <summary>
    /// A file or folder of the corpus: from the full corpus when it is there, else from the fixtures in the repository
    /// when they hold it (a folder then holds only the fixture files); otherwise the test is skipped (or fails in CI).
    /// Tests that measure the whole corpus use <see cref="FullCorpusPath"/>.
    /// </summary>
    public static string CorpusPath(params string[] parts)
    {
        if (!HasCorpus)
        {
            string fixture = Path.Combine([FixtureCorpus, .. parts]);
            if (File.Exists(fixture) || Directory.Exists(fixture))
            {
                return fixture;
            }
        }

        return FullCorpusPath(parts);
    }

    /// <summary>A path in the full corpus; skips the test (or fails it in CI) when the corpus is absent.</summary>
    public static string FullCorpusPath(params string[] parts)
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
