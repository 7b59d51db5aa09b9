using System.Collections;
using System.Collections.Immutable;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// The lineage chain of a document: its ancestors along the followed relations, reduced transitively (an edge
/// u→w is dropped when w is reachable from u through another cited document), so "62/42 recalls 49/75 E … 61/78"
/// reads as 49/75 E → … → 61/78 → 62/42. Works on the ancestor subgraph only, with bitsets: linear in its edges
/// times its size / 64, not quadratic in the whole graph.
/// </summary>
public static class LineageChainAnalysis
{
    public static ChainResult? Compute(CitationGraph graph, DocumentSymbol symbol, ChainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ChainOptions.Default;
        if (!graph.TryGetNode(symbol, out var root))
        {
            return null;
        }

        // 1. Ancestors (breadth-first, bounded by depth), with a DFS order to drop edges that close cycles.
        var index = new Dictionary<DocumentNode, int> { [root] = 0 };
        var order = new List<DocumentNode> { root };
        var depth = new List<int> { 0 };
        for (int i = 0; i < order.Count; i++)
        {
            if (options.MaxDepth is { } max && depth[i] >= max)
            {
                continue;
            }

            foreach (var edge in Followed(graph, order[i], options))
            {
                if (index.TryAdd(edge.Target, order.Count))
                {
                    order.Add(edge.Target);
                    depth.Add(depth[i] + 1);
                }
            }
        }

        int n = order.Count;
        var successors = new List<CitationEdge>[n];
        var cycleEdges = ImmutableArray.CreateBuilder<CitationEdge>();
        for (int i = 0; i < n; i++)
        {
            successors[i] = [.. Followed(graph, order[i], options).Where(e => index.ContainsKey(e.Target))];
        }

        // 2. Topological order by iterative DFS; back edges are cycle edges and are set aside.
        var state = new byte[n];
        var topo = new List<int>(n);
        var stack = new Stack<(int Node, int Next)>();
        for (int start = 0; start < n; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (u, next) = stack.Pop();
                if (next < successors[u].Count)
                {
                    stack.Push((u, next + 1));
                    var edge = successors[u][next];
                    int v = index[edge.Target];
                    if (state[v] == 0)
                    {
                        state[v] = 1;
                        stack.Push((v, 0));
                    }
                    else if (state[v] == 1)
                    {
                        cycleEdges.Add(edge);
                    }
                }
                else
                {
                    state[u] = 2;
                    topo.Add(u); // post-order: every successor before its predecessors
                }
            }
        }

        var cyclic = cycleEdges.ToHashSet();
        for (int i = 0; i < n; i++)
        {
            successors[i].RemoveAll(cyclic.Contains);
        }

        // 3. Reachability bitsets in post-order, then keep u→v only when no other successor reaches v.
        var reach = new BitArray[n];
        var links = ImmutableArray.CreateBuilder<ChainLink>();
        foreach (int u in topo)
        {
            var mine = new BitArray(n);
            var targets = successors[u].Select(e => index[e.Target]).Distinct().ToList();
            foreach (int v in targets)
            {
                mine.Set(v, true);
                mine.Or(reach[v]);
            }

            reach[u] = mine;
            foreach (var group in successors[u].GroupBy(e => index[e.Target]))
            {
                int v = group.Key;
                bool redundant = targets.Any(w => w != v && reach[w][v]);
                if (!redundant)
                {
                    // Prefer a read citation over an inferred one for the same step.
                    var edge = group.OrderBy(e => e.Inferred).ThenBy(e => e, CitationGraph.EdgeOrder.Instance).First();
                    links.Add(new ChainLink(order[u], order[v], edge));
                }
            }
        }

        var reduced = links.ToImmutable();
        var children = reduced.ToLookup(l => l.Citing);
        var paths = ImmutableArray.CreateBuilder<ImmutableArray<DocumentNode>>();
        bool truncated = false;
        var path = new List<DocumentNode>();
        void Walk(DocumentNode node)
        {
            if (paths.Count >= options.MaxPaths)
            {
                truncated = true;
                return;
            }

            path.Add(node);
            var next = children[node].OrderBy(l => l.Cited.Symbol).ToList();
            if (next.Count == 0)
            {
                paths.Add([.. Enumerable.Reverse(path)]);
            }

            foreach (var link in next)
            {
                Walk(link.Cited);
            }

            path.RemoveAt(path.Count - 1);
        }

        Walk(root);

        // Nodes oldest first: reverse post-order puts cited documents before those citing them.
        var nodes = topo.Select(i => order[i]).ToImmutableArray();
        return new ChainResult(root, nodes, [.. reduced.OrderBy(l => l.Cited.Symbol).ThenBy(l => l.Citing.Symbol)], paths.ToImmutable())
        {
            CycleEdges = cycleEdges.ToImmutable(),
            Truncated = truncated,
        };
    }

    private static IEnumerable<CitationEdge> Followed(CitationGraph graph, DocumentNode node, ChainOptions options) =>
        graph.Cites(node).Where(e => options.Relations.Contains(e.Relation) && (options.IncludeInferred || !e.Inferred) && !e.Target.Equals(node));
}
