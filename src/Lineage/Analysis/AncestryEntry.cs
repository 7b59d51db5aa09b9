using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// One document upstream or downstream of the start, <see cref="Distance"/> steps away, reached over
/// <see cref="Edge"/> from <see cref="Previous"/> (null for the start itself). <see cref="Path"/> and
/// <see cref="Edges"/> spell out the shortest path (start first), built on demand from the chain of previous entries,
/// so a result of a hundred thousand entries costs one small record each.
/// </summary>
public sealed class AncestryEntry
{
    public AncestryEntry(DocumentNode node, int distance, CitationEdge? edge, AncestryEntry? previous)
    {
        Node = node;
        Distance = distance;
        Edge = edge;
        Previous = previous;
    }

    public DocumentNode Node { get; }

    public int Distance { get; }

    /// <summary>The edge of the last step (null for the start).</summary>
    public CitationEdge? Edge { get; }

    /// <summary>The entry this one was reached from (null for the start).</summary>
    public AncestryEntry? Previous { get; }

    /// <summary>The documents of the shortest path, start first, this document last.</summary>
    public ImmutableArray<DocumentNode> Path
    {
        get
        {
            var path = new DocumentNode[Distance + 1];
            int i = Distance;
            for (var entry = this; entry is not null; entry = entry.Previous)
            {
                path[i--] = entry.Node;
            }

            return ImmutableArray.Create(path);
        }
    }

    /// <summary>The edges of the shortest path, one per step, in order from the start.</summary>
    public ImmutableArray<CitationEdge> Edges
    {
        get
        {
            var edges = new CitationEdge[Distance];
            int i = Distance - 1;
            for (var entry = this; entry?.Edge is not null; entry = entry.Previous)
            {
                edges[i--] = entry.Edge;
            }

            return ImmutableArray.Create(edges);
        }
    }

    /// <summary>True when a step of the path is an edge inferred from a list's order, not a citation read.</summary>
    public bool ThroughInferred
    {
        get
        {
            for (var entry = this; entry?.Edge is not null; entry = entry.Previous)
            {
                if (entry.Edge.Inferred)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public override string ToString() => $"{Node.Symbol} at {Distance}";
}
