using System.Collections.Immutable;
using Lineage.Analysis;
using Lineage.Graph;

namespace Lineage.Reporting;

/// <summary>
/// A document of a report: the graph's node, why it is there (<see cref="Role"/>, <see cref="Distance"/> steps from the
/// resolution), the series it belongs to, and what it cites and what cites it in the whole graph (at most
/// <see cref="ReportOptions.MaxListed"/> each; <see cref="MoreCites"/> and <see cref="MoreCitedBy"/> count the rest).
/// </summary>
public sealed record ReportNode(DocumentNode Node, NeighbourhoodRole Role, int Distance)
{
    public Series? Series { get; init; }

    public ImmutableArray<CitationEdge> Cites { get; init; } = [];

    public ImmutableArray<CitationEdge> CitedBy { get; init; } = [];

    public int MoreCites { get; init; }

    public int MoreCitedBy { get; init; }
}
