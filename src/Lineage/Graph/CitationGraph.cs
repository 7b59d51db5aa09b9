using System.Collections.Frozen;
using Lineage.Model;
using QuikGraph;

namespace Lineage.Graph;

/// <summary>
/// The directed citation graph: documents as nodes, typed citations as edges (citing → cited). Built by
/// <see cref="CitationGraphBuilder"/>; immutable afterwards. <see cref="Graph"/> hands the QuikGraph
/// <see cref="BidirectionalGraph{TVertex,TEdge}"/> out read-only for users' own algorithms.
/// </summary>
public sealed partial class CitationGraph
{
    private readonly BidirectionalGraph<DocumentNode, CitationEdge> _graph;
    private readonly FrozenDictionary<DocumentSymbol, DocumentNode> _nodes;

    internal CitationGraph(BidirectionalGraph<DocumentNode, CitationEdge> graph)
        : this(graph, [.. graph.Edges.OrderBy(e => e, EdgeOrder.Instance)])
    {
    }

    /// <summary>A graph whose edges <paramref name="sortedEdges"/> already lists in <see cref="EdgeOrder"/> (a graph loaded from a store).</summary>
    internal CitationGraph(BidirectionalGraph<DocumentNode, CitationEdge> graph, IReadOnlyList<CitationEdge> sortedEdges)
    {
        _graph = graph;
        _nodes = graph.Vertices.ToFrozenDictionary(v => v.Symbol);
        Nodes = [.. graph.Vertices.OrderBy(v => v.Symbol)];
        Edges = sortedEdges;
    }

    /// <summary>The QuikGraph graph, read-only (QuikGraph's algorithms take <see cref="IBidirectionalGraph{TVertex,TEdge}"/>).</summary>
    public IBidirectionalGraph<DocumentNode, CitationEdge> Graph => _graph;

    /// <summary>Every node, sorted by symbol (the order exports use).</summary>
    public IReadOnlyList<DocumentNode> Nodes { get; }

    /// <summary>Every edge, sorted by source, target, relation, method (the order exports use).</summary>
    public IReadOnlyList<CitationEdge> Edges { get; }

    public int NodeCount => _graph.VertexCount;

    public int EdgeCount => _graph.EdgeCount;

    public bool TryGetNode(DocumentSymbol symbol, out DocumentNode node) => _nodes.TryGetValue(symbol, out node!);

    public DocumentNode? Find(DocumentSymbol symbol) => _nodes.GetValueOrDefault(symbol);

    /// <summary>Edges out of <paramref name="node"/>: what it cites.</summary>
    public IEnumerable<CitationEdge> Cites(DocumentNode node) => _graph.OutEdges(node);

    /// <summary>Edges into <paramref name="node"/>: what cites it.</summary>
    public IEnumerable<CitationEdge> CitedBy(DocumentNode node) => _graph.InEdges(node);

    /// <summary>Deterministic edge order: source, target, relation, method, inferred.</summary>
    public sealed class EdgeOrder : IComparer<CitationEdge>
    {
        public static EdgeOrder Instance { get; } = new();

        public int Compare(CitationEdge? x, CitationEdge? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            int c = x.Source.Symbol.CompareTo(y.Source.Symbol);
            if (c == 0)
            {
                c = x.Target.Symbol.CompareTo(y.Target.Symbol);
            }

            if (c == 0)
            {
                c = x.Relation.CompareTo(y.Relation);
            }

            if (c == 0)
            {
                c = x.Method.CompareTo(y.Method);
            }

            return c != 0 ? c : x.Inferred.CompareTo(y.Inferred);
        }
    }
}
