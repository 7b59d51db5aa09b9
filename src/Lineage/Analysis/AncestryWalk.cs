using System.Collections.Immutable;
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

        var walk = Traversal.Run(index, root, upstream, EdgeFilter.Of(options.Relations, options.IncludeInferred), options.MaxDepth);
        var edges = upstream ? index.OutEdge : index.InEdge;
        int n = walk.Count;

        // Paths share prefixes: build each from its parent's (the walk reaches parents first).
        var paths = new ImmutableArray<DocumentNode>[n];
        var steps = new ImmutableArray<CitationEdge>[n];
        paths[0] = [index.Nodes[root]];
        steps[0] = [];
        for (int p = 1; p < n; p++)
        {
            int parent = walk.Parent[p];
            paths[p] = paths[parent].Add(index.Nodes[walk.Order[p]]);
            steps[p] = steps[parent].Add(edges[walk.Slot[p]]);
        }

        // Nearest first; within a distance, by id, which is symbol order.
        var positions = Enumerable.Range(1, n - 1).ToArray();
        Array.Sort(positions, (a, b) => walk.Distance[a] != walk.Distance[b]
            ? walk.Distance[a].CompareTo(walk.Distance[b])
            : walk.Order[a].CompareTo(walk.Order[b]));
        var entries = ImmutableArray.CreateBuilder<AncestryEntry>(positions.Length);
        foreach (int p in positions)
        {
            entries.Add(new AncestryEntry(index.Nodes[walk.Order[p]], walk.Distance[p], paths[p], steps[p]));
        }

        return new AncestryResult(index.Nodes[root], upstream, entries.MoveToImmutable())
        {
            DepthReached = walk.DepthReached,
            Cut = walk.Cut,
        };
    }
}
