using Lineage.Analysis;
using Lineage.Graph;

namespace Lineage.Export;

/// <summary>Turns one job's result into a <see cref="CitationGraph"/> any exporter writes (<c>lineage chain … --export graphml</c>).</summary>
public static class ChainExport
{
    /// <summary>
    /// The lineage as a graph: the edges of the chain's links (the transitively reduced steps) with the documents
    /// they join, and the root, taken from <paramref name="graph"/>, the graph the chain was computed on. The edges
    /// are the graph's own, so with <see cref="ChainOptions.PartsAsWorks"/> they still join the parts they were read
    /// between (<c>A/RES/49/75E</c>), not the works the analysis counted them as.
    /// </summary>
    public static CitationGraph ToGraph(this ChainResult chain, CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Subgraph([chain.Root], chain.Links.Select(l => l.Edge));
    }

    /// <summary>Writes the lineage of <paramref name="chain"/> with <paramref name="exporter"/> into <paramref name="directory"/> atomically; returns the files written.</summary>
    public static Task<IReadOnlyList<string>> WriteFilesAsync(
        ChainResult chain, CitationGraph graph, IGraphExporter exporter, string directory, string baseName, CancellationToken cancellationToken) =>
        ExporterCatalog.WriteFilesAsync(chain.ToGraph(graph), exporter, directory, baseName, cancellationToken);
}
