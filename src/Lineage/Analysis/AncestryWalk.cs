using System.Buffers;
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
        int n = walk.Count;

        // The walk goes level by level, so its order is already by distance; within a level, entries go by id (symbol
        // order). Each level is sorted on its own, and a node's parent, one level up, is placed before it.
        var entries = new AncestryEntries(index, upstream, n);
        entries.Set(0, new AncestryEntries.Step(root, 0, -1, -1));
        var stepAt = ArrayPool<int>.Shared.Rent(n);
        var ids = ArrayPool<int>.Shared.Rent(n);
        stepAt[0] = 0;
        int start = 1;
        while (start < n)
        {
            int distance = walk.Distance[start];
            int end = start;
            while (end < n && walk.Distance[end] == distance)
            {
                end++;
            }

            var level = ids.AsSpan(start, end - start);
            walk.Order.AsSpan(start, end - start).CopyTo(level);
            level.Sort();
            for (int k = start; k < end; k++)
            {
                int id = ids[k];
                int position = walk.PositionOf[id] - 1;
                stepAt[position] = k;
                entries.Set(k, new AncestryEntries.Step(id, distance, stepAt[walk.Parent[position]], walk.Slot[position]));
            }

            start = end;
        }

        ArrayPool<int>.Shared.Return(ids);
        ArrayPool<int>.Shared.Return(stepAt);
        return new AncestryResult(index.Nodes[root], upstream, entries)
        {
            DepthReached = walk.DepthReached,
            Cut = walk.Cut,
        };
    }
}
