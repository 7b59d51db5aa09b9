using Lineage.Export;
using Lineage.Graph;

namespace Lineage.Tests.Export;

/// <summary>An export written to a temporary folder through <see cref="ExporterCatalog.WriteFilesAsync"/>; deleted on dispose.</summary>
internal sealed class ExportedFiles : IDisposable
{
    private ExportedFiles(string directory, IReadOnlyList<string> paths)
    {
        Directory = directory;
        Paths = paths;
    }

    public string Directory { get; }

    public IReadOnlyList<string> Paths { get; }

    /// <summary>The single file of a one-file format.</summary>
    public string Path => Assert.Single(Paths);

    public string this[string suffix] => Paths.Single(p => p.EndsWith(suffix, StringComparison.Ordinal));

    public static async Task<ExportedFiles> WriteAsync(IGraphExporter exporter, CitationGraph graph, string baseName = "small")
    {
        string directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lineage-tests", Guid.NewGuid().ToString("N"));
        var paths = await ExporterCatalog.WriteFilesAsync(graph, exporter, directory, baseName, TestContext.Current.CancellationToken);
        return new ExportedFiles(directory, paths);
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
