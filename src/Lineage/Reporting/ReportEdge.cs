using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Reporting;

/// <summary>
/// A link of a report, drawn from <see cref="Cited"/> to <see cref="Citing"/> (forward in time): every graph edge
/// between the two (one per relation and method) and the mentions behind them.
/// </summary>
/// <param name="Cited">The older document.</param>
/// <param name="Citing">The document that cites it.</param>
/// <param name="Edges">The graph's edges from <paramref name="Citing"/> to <paramref name="Cited"/> that the report follows.</param>
/// <param name="Kind">Whether the link is a step of the chain, of a ring walk, or another citation between documents shown.</param>
/// <param name="Evidence">Each mention with its sentence; for an inferred link, the mentions of the list that gave the order.</param>
public sealed record ReportEdge(DocumentNode Cited, DocumentNode Citing, ImmutableArray<CitationEdge> Edges, ReportEdgeKind Kind, ImmutableArray<ReportEvidence> Evidence)
{
    /// <summary>True when every edge of the link was inferred from the order of a list, none read.</summary>
    public bool Inferred => Edges.All(e => e.Inferred);
}
