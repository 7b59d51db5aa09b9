using System.Text.Json;

namespace Lineage.Export.Neo4j;

/// <summary>A statement's answer: its columns and rows (JSON values) and what it created.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<JsonElement>> Rows, long NodesCreated, long RelationshipsCreated);
