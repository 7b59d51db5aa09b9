using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;
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
        using var scratch = new Scratch();
        int n = walk.Count;
        DocumentNode NodeAt(int local) => index.Nodes[walk.Order[local]];

        // 1. Successors within the ancestor set, one per cited document (a read citation before an inferred one), as
        //    flat arrays: local u's are succ[succStart[u] .. succStart[u + 1]), by edge slot.
        int total = 0;
        for (int u = 0; u < n; u++)
        {
            int id = walk.Order[u];
            total += index.OutStart[id + 1] - index.OutStart[id];
        }

        var succStart = scratch.Rent(n + 1);
        var succ = scratch.Rent(total);
        var succSlot = scratch.Rent(total);
        var seenAt = scratch.Rent(n, clear: true);
        var where = scratch.Rent(n);
        int m = 0;
        for (int u = 0; u < n; u++)
        {
            succStart[u] = m;
            int id = walk.Order[u];
            for (int s = index.OutStart[id]; s < index.OutStart[id + 1]; s++)
            {
                int v = walk.PositionOf[index.OutTarget[s]] - 1;
                if (v < 0 || !filter.Accepts(index.OutCode[s]))
                {
                    continue;
                }

                if (seenAt[v] != u + 1)
                {
                    seenAt[v] = u + 1;
                    where[v] = m;
                    succ[m] = v;
                    succSlot[m] = s;
                    m++;
                }
                else if (Prefer(index.OutCode[s], index.OutCode[succSlot[where[v]]]))
                {
                    succSlot[where[v]] = s;
                }
            }
        }

        succStart[n] = m;

        // 2. Post-order by iterative DFS from the root (every node of the set is reachable from it); back edges close
        //    cycles and are set aside (their successor entry becomes -1).
        var cycleEdges = ImmutableArray.CreateBuilder<CitationEdge>();
        var post = scratch.Rent(n);
        PostOrder(n, succStart, succ, scratch, post, k => cycleEdges.Add(index.OutEdge[succSlot[k]]));

        // 3. Reachability bitsets in post-order; u→v is redundant when another successor of u reaches v.
        int words = (n + 63) / 64;
        var below = scratch.RentBits(n * words);
        var kept = scratch.Rent(m);
        int keptCount = 0;
        for (int p = 0; p < n; p++)
        {
            int u = post[p];
            var mine = below.AsSpan(u * words, words);
            for (int k = succStart[u]; k < succStart[u + 1]; k++)
            {
                if (succ[k] >= 0)
                {
                    Or(mine, below.AsSpan(succ[k] * words, words));
                }
            }

            for (int k = succStart[u]; k < succStart[u + 1]; k++)
            {
                int v = succ[k];
                if (v >= 0 && (mine[v >> 6] & (1UL << (v & 63))) == 0)
                {
                    kept[keptCount++] = k;
                }
            }

            for (int k = succStart[u]; k < succStart[u + 1]; k++)
            {
                int v = succ[k];
                if (v >= 0)
                {
                    mine[v >> 6] |= 1UL << (v & 63);
                }
            }
        }

        // Each kept link as (citing, cited): the citing local of a successor entry, by walking succStart once.
        var citingOf = scratch.Rent(m);
        for (int u = 0; u < n; u++)
        {
            for (int k = succStart[u]; k < succStart[u + 1]; k++)
            {
                citingOf[k] = u;
            }
        }

        // 4. Chronological rank of each local (Chronology.Order is total), so later orders compare integers.
        //    Ids are in symbol order, so (sort date, id) is Chronology.Order as one integer.
        var rank = scratch.Rent(n);
        var byTime = scratch.Rent(n);
        var keys = new long[n];
        for (int u = 0; u < n; u++)
        {
            byTime[u] = u;
            keys[u] = ((long)Chronology.SortDate(NodeAt(u)).DayNumber << 32) | (uint)walk.Order[u];
        }

        Array.Sort(keys, byTime, 0, n);
        for (int r = 0; r < n; r++)
        {
            rank[byTime[r]] = r;
        }

        // Links by cited, then citing, oldest first.
        var linkKeys = new long[keptCount];
        for (int i = 0; i < keptCount; i++)
        {
            int k = kept[i];
            linkKeys[i] = ((long)rank[succ[k]] << 32) | (uint)rank[citingOf[k]];
        }

        var linkOrder = kept.AsSpan(0, keptCount).ToArray();
        Array.Sort(linkKeys, linkOrder);
        var links = ImmutableArray.CreateBuilder<ChainLink>(keptCount);
        foreach (int k in linkOrder)
        {
            links.Add(new ChainLink(NodeAt(citingOf[k]), NodeAt(succ[k]), index.OutEdge[succSlot[k]]));
        }

        // 5. Nodes oldest first: a topological order of the reduced links that takes the oldest ready document first.
        var nodes = OldestFirst(n, keptCount, kept, citingOf, succ, rank, byTime, scratch, NodeAt);

        // 6. Every branch from an origin to the root: each document's chain parents, oldest first.
        var parentStart = scratch.Rent(n + 1, clear: true);
        for (int i = 0; i < keptCount; i++)
        {
            parentStart[citingOf[kept[i]] + 1]++;
        }

        for (int u = 0; u < n; u++)
        {
            parentStart[u + 1] += parentStart[u];
        }

        var parents = scratch.Rent(Math.Max(1, keptCount));
        var fill = scratch.Rent(n);
        parentStart.AsSpan(0, n).CopyTo(fill);
        foreach (int k in linkOrder)
        {
            parents[fill[citingOf[k]]++] = succ[k];
        }

        for (int u = 0; u < n; u++)
        {
            // linkOrder is by cited rank first, so each document's parents are already oldest first.
            Debug.Assert(IsSortedByRank(parents.AsSpan(parentStart[u], parentStart[u + 1] - parentStart[u]), rank));
        }

        var paths = ImmutableArray.CreateBuilder<ImmutableArray<DocumentNode>>();
        bool truncated = EnumeratePaths(parentStart, parents, options.MaxPaths, path =>
        {
            var nodesOfPath = new DocumentNode[path.Count];
            for (int i = 0; i < path.Count; i++)
            {
                nodesOfPath[path.Count - 1 - i] = NodeAt(path[i]);
            }

            paths.Add(ImmutableArray.Create(nodesOfPath));
        });

        return new ChainResult(
            NodeAt(0),
            nodes,
            links.MoveToImmutable(),
            [.. paths.OrderByDescending(p => p.Length)])
        {
            CycleEdges = cycleEdges.ToImmutable(),
            Truncated = truncated,
            DepthReached = walk.DepthReached,
            Cut = walk.Cut,
            NodeLimitReached = walk.NodeLimitReached,
        };
    }

    /// <summary>
    /// A read citation over an inferred one; among equals, the first in edge order, which is slot order (the index
    /// fills each row in <see cref="CitationGraph.EdgeOrder"/>), so a later slot never wins a tie.
    /// </summary>
    private static bool Prefer(byte candidate, byte current) =>
        (candidate & EdgeFilter.InferredBit) == 0 && (current & EdgeFilter.InferredBit) != 0;

    private static void PostOrder(int n, int[] succStart, int[] succ, Scratch scratch, int[] post, Action<int> backEdge)
    {
        var state = scratch.Rent(n, clear: true);
        var stackNode = scratch.Rent(n);
        var stackNext = scratch.Rent(n);
        int top = 0;
        int count = 0;
        stackNode[0] = 0;
        stackNext[0] = succStart[0];
        state[0] = 1;
        top = 1;
        while (top > 0)
        {
            int u = stackNode[top - 1];
            int k = stackNext[top - 1];
            if (k < succStart[u + 1])
            {
                stackNext[top - 1] = k + 1;
                int v = succ[k];
                if (state[v] == 0)
                {
                    state[v] = 1;
                    stackNode[top] = v;
                    stackNext[top] = succStart[v];
                    top++;
                }
                else if (state[v] == 1)
                {
                    backEdge(k);
                    succ[k] = -1;
                }
            }
            else
            {
                state[u] = 2;
                post[count++] = u;
                top--;
            }
        }
    }

    private static void Or(Span<ulong> into, ReadOnlySpan<ulong> row)
    {
        int w = 0;
        if (Vector.IsHardwareAccelerated && into.Length >= Vector<ulong>.Count)
        {
            var intoVectors = MemoryMarshal.Cast<ulong, Vector<ulong>>(into);
            var rowVectors = MemoryMarshal.Cast<ulong, Vector<ulong>>(row);
            for (int i = 0; i < intoVectors.Length; i++)
            {
                intoVectors[i] |= rowVectors[i];
            }

            w = intoVectors.Length * Vector<ulong>.Count;
        }

        for (; w < into.Length; w++)
        {
            into[w] |= row[w];
        }
    }

    private static bool IsSortedByRank(ReadOnlySpan<int> locals, int[] rank)
    {
        for (int i = 1; i < locals.Length; i++)
        {
            if (rank[locals[i - 1]] > rank[locals[i]])
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<DocumentNode> OldestFirst(
        int n, int keptCount, int[] kept, int[] citingOf, int[] succ, int[] rank, int[] byTime, Scratch scratch, Func<int, DocumentNode> nodeAt)
    {
        // citers of each cited document, as CSR.
        var waiting = scratch.Rent(n, clear: true);
        var citerStart = scratch.Rent(n + 1, clear: true);
        for (int i = 0; i < keptCount; i++)
        {
            int k = kept[i];
            waiting[citingOf[k]]++;
            citerStart[succ[k] + 1]++;
        }

        for (int u = 0; u < n; u++)
        {
            citerStart[u + 1] += citerStart[u];
        }

        var citers = scratch.Rent(Math.Max(1, keptCount));
        var fill = scratch.Rent(n);
        citerStart.AsSpan(0, n).CopyTo(fill);
        for (int i = 0; i < keptCount; i++)
        {
            int k = kept[i];
            citers[fill[succ[k]]++] = citingOf[k];
        }

        var ready = new PriorityQueue<int, int>();
        for (int r = 0; r < n; r++)
        {
            if (waiting[byTime[r]] == 0)
            {
                ready.Enqueue(byTime[r], r);
            }
        }

        var order = ImmutableArray.CreateBuilder<DocumentNode>(n);
        while (ready.TryDequeue(out int u, out _))
        {
            order.Add(nodeAt(u));
            for (int c = citerStart[u]; c < citerStart[u + 1]; c++)
            {
                int citing = citers[c];
                if (--waiting[citing] == 0)
                {
                    ready.Enqueue(citing, rank[citing]);
                }
            }
        }

        return order.MoveToImmutable();
    }

    /// <summary>Walks every path from the root (local 0) to an origin, depth first; false when all fit in <paramref name="maxPaths"/>.</summary>
    private static bool EnumeratePaths(int[] parentStart, int[] parents, int maxPaths, Action<List<int>> emit)
    {
        var path = new List<int> { 0 };
        var next = new Stack<int>();
        next.Push(0);
        int emitted = 0;
        while (next.Count > 0)
        {
            int u = path[^1];
            int count = parentStart[u + 1] - parentStart[u];
            int i = next.Pop();
            if (count == 0)
            {
                if (emitted == maxPaths)
                {
                    return true;
                }

                emit(path);
                emitted++;
            }
            else if (i < count)
            {
                next.Push(i + 1);
                path.Add(parents[parentStart[u] + i]);
                next.Push(0);
                continue;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    /// <summary>Arrays rented for one computation and given back together.</summary>
    private sealed class Scratch : IDisposable
    {
        private readonly List<int[]> _ints = [];
        private readonly List<ulong[]> _bits = [];

        public int[] Rent(int length, bool clear = false)
        {
            var array = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
            if (clear)
            {
                Array.Clear(array, 0, length);
            }

            _ints.Add(array);
            return array;
        }

        public ulong[] RentBits(int length)
        {
            var array = ArrayPool<ulong>.Shared.Rent(Math.Max(1, length));
            Array.Clear(array, 0, length);
            _bits.Add(array);
            return array;
        }

        public void Dispose()
        {
            foreach (var array in _ints)
            {
                ArrayPool<int>.Shared.Return(array);
            }

            foreach (var array in _bits)
            {
                ArrayPool<ulong>.Shared.Return(array);
            }
        }
    }
}
