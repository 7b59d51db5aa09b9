using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// One document upstream or downstream of the start, <see cref="Distance"/> steps away, reached over
/// <see cref="Edge"/> from <see cref="Previous"/> (null for the start itself). <see cref="Path"/> and
/// <see cref="Edges"/> spell out the shortest path (start first), built on demand from the chain of previous entries.
/// A view of one step of its <see cref="AncestryEntries"/>: it allocates nothing, so a result of a hundred
/// thousand entries costs sixteen bytes each.
/// </summary>
public readonly struct AncestryEntry : IEquatable<AncestryEntry>
{
    private readonly AncestryEntries _owner;
    private readonly int _step;

    internal AncestryEntry(AncestryEntries owner, int step)
    {
        _owner = owner;
        _step = step;
    }

    public DocumentNode Node => _owner.NodeAt(_step);

    public int Distance => _owner.DistanceAt(_step);

    /// <summary>The edge of the last step (null for the start).</summary>
    public CitationEdge? Edge => _owner.EdgeAt(_step);

    /// <summary>The entry this one was reached from (null for the start).</summary>
    public AncestryEntry? Previous => _owner.PreviousOf(_step) is int previous and >= 0 ? new AncestryEntry(_owner, previous) : null;

    /// <summary>The documents of the shortest path, start first, this document last.</summary>
    public ImmutableArray<DocumentNode> Path
    {
        get
        {
            var path = new DocumentNode[Distance + 1];
            int i = Distance;
            for (int step = _step; step >= 0; step = _owner.PreviousOf(step))
            {
                path[i--] = _owner.NodeAt(step);
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
            for (int step = _step; _owner.EdgeAt(step) is { } edge; step = _owner.PreviousOf(step))
            {
                edges[i--] = edge;
            }

            return ImmutableArray.Create(edges);
        }
    }

    /// <summary>True when a step of the path is an edge inferred from a list's order, not a citation read.</summary>
    public bool ThroughInferred
    {
        get
        {
            for (int step = _step; _owner.EdgeAt(step) is { } edge; step = _owner.PreviousOf(step))
            {
                if (edge.Inferred)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static bool operator ==(AncestryEntry left, AncestryEntry right) => left.Equals(right);

    public static bool operator !=(AncestryEntry left, AncestryEntry right) => !left.Equals(right);

    public bool Equals(AncestryEntry other) => ReferenceEquals(_owner, other._owner) && _step == other._step;

    public override bool Equals(object? obj) => obj is AncestryEntry other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_owner, _step);

    public override string ToString() => _owner is null ? "(none)" : $"{Node.Symbol} at {Distance}";
}
