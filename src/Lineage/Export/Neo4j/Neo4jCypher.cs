using Lineage.Graph;

namespace Lineage.Export.Neo4j;

/// <summary>
/// The statements of a Neo4j export, built apart from the HTTP client that sends them (so the payload can be
/// golden-tested): the uniqueness constraint in the server version's syntax, then <c>UNWIND $rows AS row MERGE</c>
/// batches of nodes (keyed by <c>symbol</c>, grouped by label set) and of relationships (keyed by source, target, type
/// and <c>method</c>, grouped by type). Values travel only as parameters, each row as a list of values (no key names);
/// labels and types come from <see cref="ExportSchema"/>'s fixed vocabulary, so each statement text is planned once.
/// Every statement returns how many rows it merged, so a row whose nodes are missing is noticed.
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

    /// <summary>
    /// Node batches: one statement text per label set (so each is planned once and reused), up to
    /// <paramref name="batchSize"/> rows each, in graph order. A row is a list: the symbol, then the values of
    /// <see cref="ExportSchema.NodeProperties"/> after it (<c>null</c> removes a property), so the payload carries no key
    /// names; the statement merges on the uniqueness constraint's index and sets each property by name.
    /// </summary>
    public static IEnumerable<Neo4jStatement> NodeBatches(CitationGraph graph, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var groups = graph.Nodes
            .GroupBy(n => string.Join(':', ExportSchema.Labels(n)), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        string properties = Assignments("d", ExportSchema.NodeProperties, first: 0, skip: "symbol");
        foreach (var group in groups)
        {
            string text =
                $"UNWIND $rows AS row MERGE (d:{ExportSchema.DocumentLabel} {{symbol: row[0]}}) SET {properties}, d:{group.Key} RETURN count(d) AS merged";
            foreach (var chunk in group.Chunk(batchSize))
            {
                var rows = new List<object?>(chunk.Length);
                foreach (var node in chunk)
                {
                    rows.Add(ExportSchema.NodeValues(node));
                }

                yield return new Neo4jStatement(text, new Dictionary<string, object?> { ["rows"] = rows }, chunk.Length, Neo4jExportPhase.Nodes);
            }
        }
    }

    /// <summary>
    /// Relationship batches: one statement text per type, up to <paramref name="batchSize"/> rows each, in graph order.
    /// A row is a list: source, target and method (the merge key), then the values of
    /// <see cref="ExportSchema.EdgeProperties"/>. Both documents are found through the uniqueness constraint's index
    /// (<c>USING INDEX</c>: the planner may not fall back to a label scan while the database is still filling up).
    /// </summary>
    public static IEnumerable<Neo4jStatement> RelationshipBatches(CitationGraph graph, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var groups = graph.Edges
            .GroupBy(ExportSchema.RelationshipType, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        string label = ExportSchema.DocumentLabel;
        string properties = Assignments("r", ExportSchema.EdgeProperties, first: 3, skip: "method");
        foreach (var group in groups)
        {
            string text =
                $"UNWIND $rows AS row MATCH (s:{label} {{symbol: row[0]}}) USING INDEX s:{label}(symbol) " +
                $"MATCH (t:{label} {{symbol: row[1]}}) USING INDEX t:{label}(symbol) " +
                $"MERGE (s)-[r:{group.Key} {{method: row[2]}}]->(t) SET {properties} RETURN count(r) AS merged";
            foreach (var chunk in group.Chunk(batchSize))
            {
                var rows = new List<object?>(chunk.Length);
                foreach (var edge in chunk)
                {
                    object?[] values = ExportSchema.EdgeValues(edge);
                    var row = new object?[3 + values.Length];
                    row[0] = edge.Source.Symbol.Canonical;
                    row[1] = edge.Target.Symbol.Canonical;
                    row[2] = ExportSchema.MethodToken(edge.Method);
                    values.CopyTo(row, 3);
                    rows.Add(row);
                }

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

    /// <summary><c>d.kind = row[1], d.organ = row[2], …</c>: each property from its place in the row, but the merge key.</summary>
    private static string Assignments(string variable, IReadOnlyList<ExportProperty> properties, int first, string skip)
    {
        var assignments = new List<string>(properties.Count);
        for (int i = 0; i < properties.Count; i++)
        {
            if (properties[i].Name != skip)
            {
                assignments.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{variable}.{properties[i].Name} = row[{first + i}]"));
            }
        }

        return string.Join(", ", assignments);
    }
}
