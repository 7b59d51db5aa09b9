using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// One member of a series: the document, its year, and the citation by which it renews the previous member
/// (null for the first member).
/// </summary>
public sealed record SeriesMember(DocumentNode Node, int? Year, CitationEdge? Renews)
{
    /// <summary>True when the renewal link was inferred from a list's order rather than read.</summary>
    public bool Inferred => Renews?.Inferred == true;
}
