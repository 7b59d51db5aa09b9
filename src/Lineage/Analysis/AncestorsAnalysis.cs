using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// Everything a document descends from: what it cites along the followed relations, what those cite, and so on,
/// each with its distance in steps and a shortest path. Breadth-first over the graph's index: linear in the edges
/// reached.
/// </summary>
public static class AncestorsAnalysis
{
    /// <summary>The ancestors of <paramref name="symbol"/>, or null when the graph has no such document.</summary>
    public static AncestryResult? Compute(CitationGraph graph, DocumentSymbol symbol, TraversalOptions? options = null) =>
        AncestryWalk.Compute(graph, symbol, options, upstream: true);
}
