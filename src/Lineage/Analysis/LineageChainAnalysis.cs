using System.Buffers;
using System.Collections.Immutable;
using System.Numerics;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// The lineage chain of a document: its ancestors along the followed relations, reduced transitively (an edge
/// u→w is dropped when w is reachable from u through another cited document), so "62/42 recalls 49/75 E … 61/78"
/// reads as 49/75 E → … → 61/78 → 62/42. Works on the ancestor subgraph only (nearest steps first, bounded by
/// <see cref="ChainOptions.MaxDepth"/> and <see cref="ChainOptions.MaxNodes"/>), with bitsets: its edges times
/// its size / 64, never quadratic in the whole graph. Where the record loops, the edges closing the loop are set
/// aside and reported.
/// </summary>
public static class LineageChainAnalysis
{
    public static ChainResult? Compute(CitationGraph graph, DocumentSymbol symbol, ChainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= ChainOptions.Default;
        var index = GraphIndex.For(graph, options.PartsAsWorks);
        int rootId = index.IdOf(symbol);
        if (rootId < 0)
        {
            return null;
        }

        var filter = EdgeFilter.Of(options.Relations, options.IncludeInferred);
        Func<int, bool>? accept = options.IncludeDocuments ? null : id => index.Nodes[id].Kind != SymbolKind.Document;
        using var walk = Traversal.Run(index, rootId, upstream: true, filter, options.MaxDepth, Math.Max(1, options.MaxNodes), accept);
        int n = walk.Count;

        // 1. Successors within the ancestor set, one per cited document: a read citation before an inferred one.
        var successors = new List<(int Local, CitationEdge Edge)>[n];
        var seenAt = new int[n];
        for (int u = 0; u < n; u++)
        {
            int id = walk.Order[u];
            var list = new List<(int Local, CitationEdge Edge)>();
            for (int s = index.OutStart[id]; s < index.OutStart[id + 1]; s++)
            {
                int v = walk.PositionOf[index.OutTarget[s]] - 1;
                if (v < 0 || !filter.Accepts(index.OutCode[s]))
                {
                    continue;
                }

                var edge = index.OutEdge[s];
                if (seenAt[v] != u + 1)
                {
                    seenAt[v] = u + 1;
                    list.Add((v, edge));
                }
                else
                {
                    int at = list.FindIndex(x => x.Local == v);
                    if (Prefer(edge, list[at].Edge))
                    {
                        list[at] = (v, edge);
                    }
                }
            }

            successors[u] = list;
        }

        // 2. Post-order by iterative DFS from the root (every node of the set is reachable from it); back edges close
        //    cycles and are set aside.
        var cycleEdges = ImmutableArray.CreateBuilder<CitationEdge>();
        var post = PostOrder(successors, cycleEdges);

        // 3. Reachability bitsets in post-order; u→v is redundant when another successor of u reaches v.
        int words = (n + 63) / 64;
        var below = ArrayPool<ulong>.Shared.Rent(n * words);
        Array.Clear(below, 0, n * words);
        var kept = new List<(int Citing, int Cited, CitationEdge Edge)>();
        var union = new ulong[words];
        foreach (int u in post)
        {
            Array.Clear(union);
            var list = successors[u];
            foreach (var (v, _) in list)
            {
                var row = below.AsSpan(v * words, words);
                for (int w = 0; w < words; w++)
                {
                    union[w] |= row[w];
                }
            }

            var mine = below.AsSpan(u * words, words);
            union.CopyTo(mine);
            foreach (var (v, edge) in list)
            {
                if ((union[v >> 6] & (1UL << (v & 63))) == 0)
                {
                    kept.Add((u, v, edge));
                }

                mine[v >> 6] |= 1UL << (v & 63);
            }
        }

        ArrayPool<ulong>.Shared.Return(below);
        DocumentNode NodeAt(int local) => index.Nodes[walk.Order[local]];
        var links = kept.Select(k => new ChainLink(NodeAt(k.Citing), NodeAt(k.Cited), k.Edge)).ToList();

        // 4. Nodes oldest first: a topological order of the reduced links that takes the oldest ready document first.
        var nodes = OldestFirst(n, kept, NodeAt);

        // 5. Every branch from an origin to the root.
        var parents = new List<int>[n];
        foreach (var (citing, cited, _) in kept)
        {
            (parents[citing] ??= []).Add(cited);
        }

        foreach (var list in parents)
        {
            list?.Sort((a, b) => Chronology.Order.Compare(NodeAt(a), NodeAt(b)));
        }

        var paths = ImmutableArray.CreateBuilder<ImmutableArray<DocumentNode>>();
        bool truncated = EnumeratePaths(parents, options.MaxPaths, path => paths.Add([.. path.Select(NodeAt).Reverse()]));

        return new ChainResult(
            NodeAt(0),
            nodes,
            [.. links.OrderBy(l => l.Cited, Chronology.Order).ThenBy(l => l.Citing, Chronology.Order)],
            [.. paths.OrderByDescending(p => p.Length)])
        {
            CycleEdges = cycleEdges.ToImmutable(),
            Truncated = truncated,
            DepthReached = walk.DepthReached,
            Cut = walk.Cut,
            NodeLimitReached = walk.NodeLimitReached,
        };
    }

    /// <summary>A read citation over an inferred one; among equals, the first in edge order.</summary>
    private static bool Prefer(CitationEdge candidate, CitationEdge current) =>
        candidate.Inferred != current.Inferred ? !candidate.Inferred : CitationGraph.EdgeOrder.Instance.Compare(candidate, current) < 0;

    private static List<int> PostOrder(List<(int Local, CitationEdge Edge)>[] successors, ImmutableArray<CitationEdge>.Builder cycleEdges)
    {
        int n = successors.Length;
        var state = new byte[n];
        var post = new List<int>(n);
        var stack = new Stack<(int Node, int Next)>();
        var back = new HashSet<(int, int)>();
        stack.Push((0, 0));
        state[0] = 1;
        while (stack.Count > 0)
        {
            var (u, next) = stack.Pop();
            if (next < successors[u].Count)
            {
                stack.Push((u, next + 1));
                var (v, edge) = successors[u][next];
                if (state[v] == 0)
                {
                    state[v] = 1;
                    stack.Push((v, 0));
                }
                else if (state[v] == 1)
                {
                    cycleEdges.Add(edge);
                    back.Add((u, v));
                }
            }
            else
            {
                state[u] = 2;
                post.Add(u);
            }
        }

        if (back.Count > 0)
        {
            for (int u = 0; u < n; u++)
            {
                int from = u;
                successors[u].RemoveAll(x => back.Contains((from, x.Local)));
            }
        }

        return post;
    }

    private static ImmutableArray<DocumentNode> OldestFirst(int n, List<(int Citing, int Cited, CitationEdge Edge)> links, Func<int, DocumentNode> nodeAt)
    {
        var waiting = new int[n];
        var citers = new List<int>[n];
        foreach (var (citing, cited, _) in links)
        {
            waiting[citing]++;
            (citers[cited] ??= []).Add(citing);
        }

        var ready = new PriorityQueue<int, DocumentNode>(Chronology.Order);
        for (int u = 0; u < n; u++)
        {
            if (waiting[u] == 0)
            {
                ready.Enqueue(u, nodeAt(u));
            }
        }

        var order = ImmutableArray.CreateBuilder<DocumentNode>(n);
        while (ready.TryDequeue(out int u, out var node))
        {
            order.Add(node);
            foreach (int citing in citers[u] ?? [])
            {
                if (--waiting[citing] == 0)
                {
                    ready.Enqueue(citing, nodeAt(citing));
                }
            }
        }

        return order.MoveToImmutable();
    }

    /// <summary>Walks every path from the root (local 0) to an origin, depth first; false when all fit in <paramref name="maxPaths"/>.</summary>
    private static bool EnumeratePaths(List<int>?[] parents, int maxPaths, Action<List<int>> emit)
    {
        var path = new List<int> { 0 };
        var next = new Stack<int>();
        next.Push(0);
        int emitted = 0;
        while (next.Count > 0)
        {
            int u = path[^1];
            var list = parents[u];
            int i = next.Pop();
            if (list is null || list.Count == 0)
            {
                if (emitted == maxPaths)
                {
                    return true;
                }

                emit(path);
                emitted++;
            }
            else if (i < list.Count)
            {
                next.Push(i + 1);
                path.Add(list[i]);
                next.Push(0);
                continue;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }
}
