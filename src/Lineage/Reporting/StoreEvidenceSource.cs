using Lineage.Graph;
using Lineage.Store;

namespace Lineage.Reporting;

/// <summary>
/// Sentences from a store written by <c>lineage build</c> (<c>lineage.db</c>): each mention behind an edge with the
/// sentence the store kept for it (<see cref="LineageStore.CitationsBehind(CitationEdge)"/>). The store stays the
/// caller's to dispose.
/// </summary>
public sealed class StoreEvidenceSource : IEvidenceSource
{
    private readonly LineageStore _store;

    public StoreEvidenceSource(LineageStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public IReadOnlyList<ReportEvidence> For(CitationEdge edge) =>
        [.. _store.CitationsBehind(edge).Select(c => new ReportEvidence(c.Citation, c.Evidence))];
}
