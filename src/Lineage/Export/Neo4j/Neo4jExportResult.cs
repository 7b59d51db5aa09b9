namespace Lineage.Export.Neo4j;

/// <summary>What a finished Neo4j export did.</summary>
/// <param name="Endpoint">The API and URL used.</param>
/// <param name="Progress">Final counts and rate.</param>
/// <param name="NodesCreated">Nodes the server created (0 when the graph was already there).</param>
/// <param name="RelationshipsCreated">Relationships the server created (0 when they were already there).</param>
public sealed record Neo4jExportResult(Neo4jEndpoint Endpoint, Neo4jExportProgress Progress, long NodesCreated, long RelationshipsCreated);
