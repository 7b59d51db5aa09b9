using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// One document upstream or downstream of the start: <see cref="Distance"/> steps away, reached by the shortest
/// path <see cref="Path"/> (start first, this document last) over <see cref="Edges"/> (one per step, in order).
/// </summary>
public sealed record AncestryEntry(DocumentNode Node, int Distance, ImmutableArray<DocumentNode> Path, ImmutableArray<CitationEdge> Edges)
{
    /// <summary>True when a step of the path is an edge inferred from a list's order, not a citation read.</summary>
    public bool ThroughInferred => Edges.Any(e => e.Inferred);
}
