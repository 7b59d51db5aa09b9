using QuikGraph;

namespace Lineage.Graph;

public sealed partial class CitationGraph
{
    /// <summary>
    /// A graph of some of this graph's nodes and edges (one job's result, e.g. a lineage chain), to export or analyse
    /// on its own. The ends of every edge are included even when <paramref name="nodes"/> omits them. Nodes and edges
    /// are this graph's own objects, so their properties are unchanged; order is the usual deterministic one.
    /// </summary>
    /// <exception cref="ArgumentException">A node or an edge does not belong to this graph.</exception>
    public CitationGraph Subgraph(IEnumerable<DocumentNode> nodes, IEnumerable<CitationEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var graph = new BidirectionalGraph<DocumentNode, CitationEdge>(allowParallelEdges: true);
        foreach (var node in nodes)
        {
            graph.AddVertex(Own(node));
        }

        var seen = new HashSet<CitationEdge>(ReferenceEqualityComparer.Instance);
        foreach (var edge in edges)
        {
            ArgumentNullException.ThrowIfNull(edge, nameof(edges));
            if (!_graph.ContainsEdge(edge))
            {
                throw new ArgumentException($"The edge {edge} is not in this graph.", nameof(edges));
            }

            if (seen.Add(edge))
            {
                graph.AddVertex(edge.Source);
                graph.AddVertex(edge.Target);
                graph.AddEdge(edge);
            }
        }

        return new CitationGraph(graph);
    }

    /// <summary>The subgraph induced by <paramref name="nodes"/>: those nodes and every edge between two of them.</summary>
    /// <exception cref="ArgumentException">A node does not belong to this graph.</exception>
    public CitationGraph Subgraph(IEnumerable<DocumentNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var kept = nodes.Select(Own).ToHashSet();
        return Subgraph(kept, kept.SelectMany(n => _graph.OutEdges(n)).Where(e => kept.Contains(e.Target)));
    }

    private DocumentNode Own(DocumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _nodes.TryGetValue(node.Symbol, out var own)
            ? own
            : throw new ArgumentException($"The node {node.Symbol} is not in this graph.", nameof(node));
    }
}
