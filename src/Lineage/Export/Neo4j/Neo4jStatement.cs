namespace Lineage.Export.Neo4j;

/// <summary>
/// One Cypher statement and its parameters, sent as one request (one transaction). Values are null, strings, ints,
/// booleans, string arrays, lists, or <see cref="IReadOnlyDictionary{TKey,TValue}"/> maps, serialized in their order.
/// </summary>
/// <param name="Text">Cypher; values are never spliced into it, only labels and types from Lineage's own vocabulary.</param>
/// <param name="Parameters">The statement's parameters (<c>$rows</c>).</param>
/// <param name="Rows">Rows of graph data the statement writes (0 for the constraint).</param>
/// <param name="Phase">What it writes.</param>
public sealed record Neo4jStatement(string Text, IReadOnlyDictionary<string, object?> Parameters, int Rows, Neo4jExportPhase Phase);
