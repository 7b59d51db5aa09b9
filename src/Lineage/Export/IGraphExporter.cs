using Lineage.Graph;

namespace Lineage.Export;

/// <summary>
/// Writes a <see cref="CitationGraph"/> in one file format. An exporter carries its own name (the CLI token:
/// <c>graphml</c>, <c>csv</c> …) and file extension; <see cref="ExporterCatalog"/> finds it by name.
/// Output must be deterministic: same graph, same bytes.
/// </summary>
public interface IGraphExporter
{
    /// <summary>The CLI token.</summary>
    string Name { get; }

    /// <summary>The extension of the main file, with the dot (<c>.graphml</c>).</summary>
    string FileExtension { get; }

    /// <summary>Writes the graph. Multi-file formats (CSV) ask <paramref name="sink"/> for one stream per file.</summary>
    Task ExportAsync(CitationGraph graph, ExportSink sink, CancellationToken cancellationToken);
}
