namespace Lineage.Export.Neo4j;

/// <summary>The steps of a Neo4j export, in order.</summary>
public enum Neo4jExportPhase
{
    Discovery = 0,
    Constraint,
    Nodes,
    Relationships,
    Done,
}
