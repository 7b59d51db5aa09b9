using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// The lineage of <see cref="Root"/>: the transitive reduction of the followed edges among its ancestors.
/// <see cref="Nodes"/> runs oldest first (cited before citing, then by date); <see cref="Paths"/> lists every branch
/// from an origin to the root, oldest first; the longest branch comes first.
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

    /// <summary>The most steps between the root and a document of the chain's ancestor set.</summary>
    public int DepthReached { get; init; }

    /// <summary>True when ancestors further back existed but were left out by <see cref="ChainOptions.MaxDepth"/> or <see cref="ChainOptions.MaxNodes"/>.</summary>
    public bool Cut { get; init; }

    /// <summary>True when <see cref="ChainOptions.MaxNodes"/> (not the depth limit) cut the ancestor set.</summary>
    public bool NodeLimitReached { get; init; }

    /// <summary>The links into <paramref name="node"/>'s chain parents (what it descends from directly).</summary>
    public IEnumerable<ChainLink> ParentsOf(DocumentNode node) => Links.Where(l => l.Citing.Equals(node));
}
