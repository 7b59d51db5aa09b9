using System.Buffers;
using System.Runtime.InteropServices;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>The breadth-first walk behind <see cref="AncestorsAnalysis"/> and <see cref="DescendantsAnalysis"/>.</summary>
internal static class AncestryWalk
{
    public static AncestryResult? Compute(CitationGraph graph, DocumentSymbol symbol, TraversalOptions? options, bool upstream)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= TraversalOptions.Default;
        var index = GraphIndex.For(graph, options.PartsAsWorks);
        int root = index.IdOf(symbol);
        if (root < 0)
        {
            return null;
        }

        using var walk = Traversal.Run(index, root, upstream, EdgeFilter.Of(options.Relations, options.IncludeInferred), options.MaxDepth);
        var edges = upstream ? index.OutEdge : index.InEdge;
        int n = walk.Count;

        // The walk reaches every parent before its children, so each entry can point at its parent's.
        // Scratch arrays come from the pool: only the result array is allocated per call.
        var entries = ArrayPool<AncestryEntry>.Shared.Rent(n);
        entries[0] = new AncestryEntry(index.Nodes[root], 0, null, null);
        var keys = ArrayPool<long>.Shared.Rent(n - 1);
        for (int p = 1; p < n; p++)
        {
            entries[p] = new AncestryEntry(index.Nodes[walk.Order[p]], walk.Distance[p], edges[walk.Slot[p]], entries[walk.Parent[p]]);

            // Nearest first; within a distance, by id, which is symbol order.
            keys[p - 1] = ((long)walk.Distance[p] << 32) | (uint)walk.Order[p];
        }

        Array.Sort(keys, 0, n - 1);
        var sorted = new AncestryEntry[n - 1];
        for (int i = 0; i < n - 1; i++)
        {
            int id = (int)(keys[i] & 0xFFFFFFFF);
            sorted[i] = entries[walk.PositionOf[id] - 1];
        }

        ArrayPool<long>.Shared.Return(keys);
        ArrayPool<AncestryEntry>.Shared.Return(entries, clearArray: true);

        return new AncestryResult(index.Nodes[root], upstream, ImmutableCollectionsMarshal.AsImmutableArray(sorted))
        {
            DepthReached = walk.DepthReached,
            Cut = walk.Cut,
        };
    }
}
