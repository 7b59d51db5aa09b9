using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>A document's standing: how many distinct documents cite it, and its PageRank (scores sum to 1 over the graph).</summary>
public sealed record RankedDocument(DocumentNode Node, int InDegree, double PageRank);
