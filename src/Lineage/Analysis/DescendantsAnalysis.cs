using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// Everything that descends from a document: what cites it along the followed relations, what cites those, and so
/// on, each with its distance in steps and a shortest path. Breadth-first over the graph's index: linear in the
/// edges reached.
/// </summary>
public static class DescendantsAnalysis
{
    /// <summary>The descendants of <paramref name="symbol"/>, or null when the graph has no such document.</summary>
    public static AncestryResult? Compute(CitationGraph graph, DocumentSymbol symbol, TraversalOptions? options = null) =>
        AncestryWalk.Compute(graph, symbol, options, upstream: false);
}
