using System.Collections.Immutable;
using Lineage.Analysis;
using Lineage.Graph;

namespace Lineage.Reporting;

/// <summary>
/// What a report shows: a resolution's chain with every branch, its ancestors and descendants to the depth asked
/// (<see cref="ReportOptions.Depth"/>), the links between them and the evidence behind each link.
/// <see cref="Nodes"/> run oldest first; <see cref="Chain"/> is the longest branch (origin first).
/// </summary>
public sealed record ReportNeighbourhood(
    DocumentNode Root,
    ImmutableArray<ReportNode> Nodes,
    ImmutableArray<ReportEdge> Edges,
    ImmutableArray<DocumentNode> Chain,
    ChainResult ChainResult,
    ReportOptions Options)
{
    /// <summary>Sentences for the reader about what was left out (cut chains, rings cut by depth).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
