using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// The lineage of <see cref="Root"/>: the transitive reduction of the followed edges among its ancestors.
/// <see cref="Paths"/> lists every branch from the origin(s) to the root, oldest first.
/// </summary>
public sealed record ChainResult(
    DocumentNode Root,
    ImmutableArray<DocumentNode> Nodes,
    ImmutableArray<ChainLink> Links,
    ImmutableArray<ImmutableArray<DocumentNode>> Paths)
{
    /// <summary>Edges ignored because they closed a cycle (a citation loop in the record).</summary>
    public ImmutableArray<CitationEdge> CycleEdges { get; init; } = [];

    /// <summary>True when the lineage is one path with no branches.</summary>
    public bool IsLinear => Paths.Length <= 1;

    /// <summary>True when more branches existed than <see cref="ChainOptions.MaxPaths"/> allowed.</summary>
    public bool Truncated { get; init; }
}
