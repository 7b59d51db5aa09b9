namespace Lineage.Export;

/// <summary>Exporters by name. <see cref="Default"/> holds every format Lineage ships.</summary>
public sealed class ExporterCatalog
{
    private readonly Dictionary<string, IGraphExporter> _byName = new(StringComparer.OrdinalIgnoreCase);

    public ExporterCatalog(IEnumerable<IGraphExporter> exporters)
    {
        foreach (var exporter in exporters)
        {
            _byName.Add(exporter.Name, exporter);
        }
    }

    /// <summary>All built-in exporters.</summary>
    public static ExporterCatalog Default { get; } = new(BuiltIn());

    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string name, out IGraphExporter exporter) => _byName.TryGetValue(name, out exporter!);

    public IGraphExporter Get(string name) => TryGet(name, out var exporter)
        ? exporter
        : throw new ArgumentException($"Unknown export format '{name}'. Known: {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Writes <paramref name="graph"/> with <paramref name="exporter"/> into <paramref name="directory"/> atomically; returns the files written.</summary>
    public static Task<IReadOnlyList<string>> WriteFilesAsync(
        Graph.CitationGraph graph, IGraphExporter exporter, string directory, string baseName, CancellationToken cancellationToken) =>
        WriteFilesAsync(graph, [exporter], directory, baseName, cancellationToken);

    /// <summary>
    /// Writes <paramref name="graph"/> in every format of <paramref name="exporters"/> into <paramref name="directory"/> as
    /// one set (<see cref="AtomicFileSink"/>): after a failure, a kill or a concurrent run, the files there all come from
    /// one run. Returns the files written.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WriteFilesAsync(
        Graph.CitationGraph graph, IEnumerable<IGraphExporter> exporters, string directory, string baseName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exporters);
        using var sink = new AtomicFileSink(directory, baseName);
        foreach (var exporter in exporters)
        {
            await exporter.ExportAsync(graph, sink, cancellationToken).ConfigureAwait(false);
        }

        sink.Commit();
        return sink.Files;
    }

    private static IEnumerable<IGraphExporter> BuiltIn()
    {
        // Each format registers here.
        yield return new GraphMl.GraphMlExporter();
        yield return new Gexf.GexfExporter(Gexf.GexfVersion.Gexf13);
        yield return new Gexf.GexfExporter(Gexf.GexfVersion.Gexf12Draft);
        yield return new Cytoscape.CytoscapeJsonExporter();
        yield return new Dot.DotExporter();
        yield return new Csv.CsvExporter();
        yield return new Csv.Neo4jAdminCsvExporter();
    }
}
