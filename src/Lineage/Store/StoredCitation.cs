using Lineage.Model;

namespace Lineage.Store;

/// <summary>A citation as the store keeps it: the citation with its provenance, and the sentence it was read in.</summary>
/// <param name="Citation">The citation (source, target, verb, site, date, span, exact text …).</param>
/// <param name="Evidence">The clause behind it with the reference's place in it (<see cref="CitationEvidence"/>), or null when there is none.</param>
public sealed record StoredCitation(Citation Citation, CitationEvidence? Evidence);
