using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// Compact adjacency arrays (CSR) over a <see cref="CitationGraph"/>, built once per graph and view and cached with
/// it, so that per-document jobs walk arrays instead of QuikGraph's per-vertex lists. Node ids follow
/// <see cref="CitationGraph.Nodes"/> (symbol order), so sorting by id sorts by symbol. With
/// <c>partsAsWorks</c>, every part (<c>A/RES/49/75E</c>) counts as its work (<c>A/RES/49/75</c>): its edges move to
/// the work and edges to it point at the work; part-of edges disappear. Each node's slots are filled in the graph's
/// edge order (<see cref="CitationGraph.EdgeOrder"/>), so within a row a lower slot is an earlier edge.
/// </summary>
internal sealed class GraphIndex
{
    private static readonly ConditionalWeakTable<CitationGraph, GraphIndex?[]> s_cache = new();

    private readonly FrozenDictionary<DocumentSymbol, int> _ids;

    private GraphIndex(CitationGraph graph, bool partsAsWorks)
    {
        PartsAsWorks = partsAsWorks;
        Nodes = [.. graph.Nodes];
        int n = Nodes.Length;
        var ids = new Dictionary<DocumentSymbol, int>(n);
        for (int i = 0; i < n; i++)
        {
            ids[Nodes[i].Symbol] = i;
        }

        _ids = ids.ToFrozenDictionary();
        Representative = new int[n];
        for (int i = 0; i < n; i++)
        {
            var symbol = Nodes[i].Symbol;
            Representative[i] = partsAsWorks && symbol.IsPart && ids.TryGetValue(symbol.Work, out int work) ? work : i;
        }

        var edges = graph.Edges;
        var sources = new int[edges.Count];
        var targets = new int[edges.Count];
        int kept = 0;
        var outCount = new int[n + 1];
        var inCount = new int[n + 1];
        for (int e = 0; e < edges.Count; e++)
        {
            int s = Representative[ids[edges[e].Source.Symbol]];
            int t = Representative[ids[edges[e].Target.Symbol]];
            sources[e] = s;
            targets[e] = t;
            if (s != t)
            {
                outCount[s + 1]++;
                inCount[t + 1]++;
                kept++;
            }
        }

        for (int i = 0; i < n; i++)
        {
            outCount[i + 1] += outCount[i];
            inCount[i + 1] += inCount[i];
        }

        OutStart = outCount;
        InStart = inCount;
        OutTarget = new int[kept];
        OutEdge = new CitationEdge[kept];
        OutCode = new byte[kept];
        InSource = new int[kept];
        InEdge = new CitationEdge[kept];
        InCode = new byte[kept];
        var outNext = (int[])OutStart.Clone();
        var inNext = (int[])InStart.Clone();
        for (int e = 0; e < edges.Count; e++)
        {
            int s = sources[e];
            int t = targets[e];
            if (s == t)
            {
                continue;
            }

            byte code = EdgeFilter.Code(edges[e]);
            int o = outNext[s]++;
            OutTarget[o] = t;
            OutEdge[o] = edges[e];
            OutCode[o] = code;
            int i = inNext[t]++;
            InSource[i] = s;
            InEdge[i] = edges[e];
            InCode[i] = code;
        }
    }

    public bool PartsAsWorks { get; }

    /// <summary>Nodes by id (symbol order).</summary>
    public DocumentNode[] Nodes { get; }

    /// <summary>For each id, the id it counts as: itself, or its work's when parts count as works.</summary>
    public int[] Representative { get; }

    public int[] OutStart { get; }

    public int[] OutTarget { get; }

    public CitationEdge[] OutEdge { get; }

    public byte[] OutCode { get; }

    public int[] InStart { get; }

    public int[] InSource { get; }

    public CitationEdge[] InEdge { get; }

    public byte[] InCode { get; }

    public int Count => Nodes.Length;

    /// <summary>The index of <paramref name="graph"/> for the view, built on first use and kept as long as the graph lives.</summary>
    public static GraphIndex For(CitationGraph graph, bool partsAsWorks)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var slots = s_cache.GetValue(graph, _ => new GraphIndex?[2]);
        int slot = partsAsWorks ? 1 : 0;
        var index = Volatile.Read(ref slots[slot]);
        if (index is null)
        {
            Interlocked.CompareExchange(ref slots[slot], new GraphIndex(graph, partsAsWorks), null);
            index = slots[slot]!;
        }

        return index;
    }

    /// <summary>The id <paramref name="symbol"/> counts as in this view, or -1 when the graph lacks it.</summary>
    public int IdOf(DocumentSymbol symbol) => _ids.TryGetValue(symbol, out int id) ? Representative[id] : -1;

    public int IdOf(DocumentNode node) => IdOf(node.Symbol);

    /// <summary>True when the node stands for itself in this view (not a part folded into its work).</summary>
    public bool IsRepresentative(int id) => Representative[id] == id;
}
