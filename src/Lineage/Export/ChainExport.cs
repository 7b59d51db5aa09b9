using Lineage.Analysis;
using Lineage.Graph;

namespace Lineage.Export;

/// <summary>Turns one job's result into a <see cref="CitationGraph"/> any exporter writes (<c>lineage chain … --export graphml</c>).</summary>
public static class ChainExport
{
    /// <summary>
    /// The lineage as a graph: the chain's nodes and the edges of its links (the transitively reduced steps),
    /// taken from <paramref name="graph"/>, the graph the chain was computed on.
    /// </summary>
    public static CitationGraph ToGraph(this ChainResult chain, CitationGraph graph)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Subgraph(chain.Nodes.Append(chain.Root), chain.Links.Select(l => l.Edge));
    }

    /// <summary>Writes the lineage of <paramref name="chain"/> with <paramref name="exporter"/> into <paramref name="directory"/> atomically.</summary>
    public static Task<IReadOnlyList<string>> WriteFilesAsync(
        ChainResult chain, CitationGraph graph, IGraphExporter exporter, string directory, string baseName, CancellationToken cancellationToken) =>
        ExporterCatalog.WriteFilesAsync(chain.ToGraph(graph), exporter, directory, baseName, cancellationToken);
}
