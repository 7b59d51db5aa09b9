using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>One step of a lineage: <see cref="Citing"/> descends from <see cref="Cited"/>.</summary>
public sealed record ChainLink(DocumentNode Citing, DocumentNode Cited, CitationEdge Edge)
{
    public bool Inferred => Edge.Inferred;
}
