namespace Lineage.Reporting;

/// <summary>Why a document is in a report: the resolution itself, its chain, or a ring of ancestors or descendants.</summary>
public enum NeighbourhoodRole
{
    Root,
    Chain,
    Ancestor,
    Descendant,
}
