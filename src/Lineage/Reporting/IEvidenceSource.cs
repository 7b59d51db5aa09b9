using Lineage.Graph;

namespace Lineage.Reporting;

/// <summary>
/// Where a report finds the sentences behind an edge: the documents read in memory
/// (<see cref="DocumentEvidenceSource"/>) or a store that kept them.
/// </summary>
public interface IEvidenceSource
{
    /// <summary>Every mention <paramref name="edge"/> merges, each with its sentence where known, in source order.</summary>
    IReadOnlyList<ReportEvidence> For(CitationEdge edge);
}
