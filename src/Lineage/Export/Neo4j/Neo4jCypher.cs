using Lineage.Graph;

namespace Lineage.Export.Neo4j;

/// <summary>
/// The statements of a Neo4j export, built apart from the HTTP client that sends them (so the payload can be
/// golden-tested): the uniqueness constraint in the server version's syntax, then <c>UNWIND $rows AS row MERGE</c>
/// batches of nodes (keyed by <c>symbol</c>, grouped by label set) and of relationships (keyed by source, target, type
/// and <c>method</c>, grouped by type). Values travel only as parameters; labels and types come from
/// <see cref="ExportSchema"/>'s fixed vocabulary. Every statement returns how many rows it merged, so a row whose
/// nodes are missing is noticed.
/// </summary>
public static class Neo4jCypher
{
    /// <summary>The name of the uniqueness constraint where the syntax takes one.</summary>
    public const string ConstraintName = "lineage_document_symbol";

    /// <summary>
    /// <c>CREATE CONSTRAINT</c> on <c>(:Document {symbol})</c> in the syntax of the server: 3.x and 4.0 <c>ON … ASSERT</c>
    /// (re-running is a no-op on 3.x; 4.0's "already exists" is tolerated), 4.1–4.3 <c>IF NOT EXISTS ON … ASSERT</c>,
    /// 4.4 and later <c>IF NOT EXISTS FOR … REQUIRE</c>. Without a version: 3.x syntax on the 3.x endpoint, else the newest.
    /// </summary>
    public static Neo4jStatement Constraint(Neo4jEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var version = endpoint.ParsedVersion ?? (endpoint.Api == Neo4jApi.Legacy ? new Version(3, 5) : new Version(5, 0));
        string label = ExportSchema.DocumentLabel;
        string text = version switch
        {
            { Major: < 4 } or { Major: 4, Minor: 0 } => $"CREATE CONSTRAINT ON (d:{label}) ASSERT d.symbol IS UNIQUE",
            { Major: 4, Minor: < 4 } => $"CREATE CONSTRAINT {ConstraintName} IF NOT EXISTS ON (d:{label}) ASSERT d.symbol IS UNIQUE",
            _ => $"CREATE CONSTRAINT {ConstraintName} IF NOT EXISTS FOR (d:{label}) REQUIRE d.symbol IS UNIQUE",
        };
        return new Neo4jStatement(text, new Dictionary<string, object?>(), 0, Neo4jExportPhase.Constraint);
    }

    /// <summary>Node batches: one statement per label set and up to <paramref name="batchSize"/> rows, in graph order.</summary>
    public static IEnumerable<Neo4jStatement> NodeBatches(CitationGraph graph, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var groups = graph.Nodes
            .GroupBy(n => string.Join(':', ExportSchema.Labels(n)), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            string text =
                $"UNWIND $rows AS row MERGE (d:{ExportSchema.DocumentLabel} {{symbol: row.symbol}}) SET d = row.properties, d:{group.Key} RETURN count(d) AS merged";
            foreach (var chunk in group.Chunk(batchSize))
            {
                var rows = chunk.Select(node => (object?)new Dictionary<string, object?>
                {
                    ["symbol"] = node.Symbol.Canonical,
                    ["properties"] = Properties(ExportSchema.NodeProperties, ExportSchema.NodeValues(node)),
                }).ToList();
                yield return new Neo4jStatement(text, new Dictionary<string, object?> { ["rows"] = rows }, chunk.Length, Neo4jExportPhase.Nodes);
            }
        }
    }

    /// <summary>Relationship batches: one statement per type and up to <paramref name="batchSize"/> rows, in graph order.</summary>
    public static IEnumerable<Neo4jStatement> RelationshipBatches(CitationGraph graph, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var groups = graph.Edges
            .GroupBy(ExportSchema.RelationshipType, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            string text =
                $"UNWIND $rows AS row MATCH (s:{ExportSchema.DocumentLabel} {{symbol: row.source}}) MATCH (t:{ExportSchema.DocumentLabel} {{symbol: row.target}}) " +
                $"MERGE (s)-[r:{group.Key} {{method: row.method}}]->(t) SET r = row.properties RETURN count(r) AS merged";
            foreach (var chunk in group.Chunk(batchSize))
            {
                var rows = chunk.Select(edge =>
                {
                    object?[] values = ExportSchema.EdgeValues(edge);
                    return (object?)new Dictionary<string, object?>
                    {
                        ["source"] = edge.Source.Symbol.Canonical,
                        ["target"] = edge.Target.Symbol.Canonical,
                        ["method"] = ExportSchema.MethodToken(edge.Method),
                        ["properties"] = Properties(ExportSchema.EdgeProperties, values),
                    };
                }).ToList();
                yield return new Neo4jStatement(text, new Dictionary<string, object?> { ["rows"] = rows }, chunk.Length, Neo4jExportPhase.Relationships);
            }
        }
    }

    /// <summary>
    /// The Cypher that returns the lineage of the document <c>$symbol</c> from a loaded graph, oldest first: the longest
    /// path of <c>RECALLS</c> relationships back from it (Cypher 3.1 and later; 3.1 has no list <c>reverse</c>).
    /// </summary>
    public const string ChainQuery =
        "MATCH p = (:Document {symbol: $symbol})-[:RECALLS*]->(origin:Document) WHERE NOT (origin)-[:RECALLS]->() " +
        "WITH p ORDER BY length(p) DESC LIMIT 1 " +
        "RETURN [i IN range(length(p), 0, -1) | nodes(p)[i].symbol] AS chain";

    private static Dictionary<string, object?> Properties(IReadOnlyList<ExportProperty> properties, object?[] values)
    {
        var map = new Dictionary<string, object?>(properties.Count);
        for (int i = 0; i < properties.Count; i++)
        {
            if (values[i] is not null)
            {
                map[properties[i].Name] = values[i];
            }
        }

        return map;
    }
}
