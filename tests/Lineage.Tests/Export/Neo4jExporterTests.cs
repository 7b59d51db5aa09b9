using System.Text;
using Lineage.Export;
using Lineage.Export.Neo4j;

namespace Lineage.Tests.Export;

/// <summary>The Cypher and JSON payloads of a Neo4j export, built apart from HTTP (golden files), and the constraint syntax by version.</summary>
public sealed class Neo4jExporterTests
{
    private static readonly Neo4jEndpoint Legacy311 = new(Neo4jApi.Legacy, new Uri("http://127.0.0.1:7474/db/data/transaction/commit"), "3.1.1");
    private static readonly Neo4jEndpoint Query526 = new(Neo4jApi.Query, new Uri("http://127.0.0.1:7474/db/neo4j/query/v2"), "5.26.0");

    [Fact]
    public void Transactional_endpoint_payloads_for_the_small_graph_match_the_golden_file()
    {
        GoldenFile.Verify(nameof(Neo4jExporterTests), Payloads(Legacy311, batchSize: 4), "jsonl");
    }

    [Fact]
    public void Query_API_payloads_for_the_small_graph_match_the_golden_file()
    {
        GoldenFile.Verify(nameof(Neo4jExporterTests), Payloads(Query526, batchSize: 4), "jsonl");
    }

    [Theory]
    [InlineData(Neo4jApi.Legacy, "3.1.1", "CREATE CONSTRAINT ON (d:Document) ASSERT d.symbol IS UNIQUE")]
    [InlineData(Neo4jApi.Legacy, null, "CREATE CONSTRAINT ON (d:Document) ASSERT d.symbol IS UNIQUE")]
    [InlineData(Neo4jApi.Transaction, "4.0.12", "CREATE CONSTRAINT ON (d:Document) ASSERT d.symbol IS UNIQUE")]
    [InlineData(Neo4jApi.Transaction, "4.2.3", "CREATE CONSTRAINT lineage_document_symbol IF NOT EXISTS ON (d:Document) ASSERT d.symbol IS UNIQUE")]
    [InlineData(Neo4jApi.Transaction, "4.4.30", "CREATE CONSTRAINT lineage_document_symbol IF NOT EXISTS FOR (d:Document) REQUIRE d.symbol IS UNIQUE")]
    [InlineData(Neo4jApi.Transaction, "5.12.0", "CREATE CONSTRAINT lineage_document_symbol IF NOT EXISTS FOR (d:Document) REQUIRE d.symbol IS UNIQUE")]
    [InlineData(Neo4jApi.Query, "2025.01.0", "CREATE CONSTRAINT lineage_document_symbol IF NOT EXISTS FOR (d:Document) REQUIRE d.symbol IS UNIQUE")]
    [InlineData(Neo4jApi.Query, null, "CREATE CONSTRAINT lineage_document_symbol IF NOT EXISTS FOR (d:Document) REQUIRE d.symbol IS UNIQUE")]
    public void The_constraint_is_written_in_the_syntax_of_the_server_version(Neo4jApi api, string? version, string cypher)
    {
        Assert.Equal(cypher, Neo4jCypher.Constraint(new Neo4jEndpoint(api, new Uri("http://localhost:7474/"), version)).Text);
    }

    [Fact]
    public void Batches_cover_every_row_once_nodes_first_and_never_exceed_the_batch_size()
    {
        var graph = ExportTestGraphs.Small();
        var nodes = Neo4jCypher.NodeBatches(graph, 2).ToList();
        var relationships = Neo4jCypher.RelationshipBatches(graph, 2).ToList();
        Assert.All(nodes.Concat(relationships), s => Assert.InRange(s.Rows, 1, 2));
        Assert.Equal(graph.NodeCount, nodes.Sum(s => s.Rows));
        Assert.Equal(graph.EdgeCount, relationships.Sum(s => s.Rows));

        var symbols = nodes.SelectMany(s => Rows(s)).Select(r => (string)r[0]!).ToList();
        Assert.Equal(graph.Nodes.Select(n => n.Symbol.Canonical).Order(StringComparer.Ordinal), symbols.Order(StringComparer.Ordinal));
        var keys = relationships.SelectMany(s => Rows(s).Select(r => (s.Text, r[0], r[1], r[2]))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(graph.EdgeCount, keys.Count);
    }

    [Fact]
    public void Values_travel_only_as_parameters()
    {
        var graph = ExportTestGraphs.Small();
        var statements = Neo4jCypher.NodeBatches(graph, 100).Concat(Neo4jCypher.RelationshipBatches(graph, 100)).ToList();
        foreach (var statement in statements)
        {
            Assert.StartsWith("UNWIND $rows AS row ", statement.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("'", statement.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"", statement.Text, StringComparison.Ordinal);
            Assert.All(graph.Nodes, n => Assert.DoesNotContain(n.Symbol.Canonical, statement.Text, StringComparison.Ordinal));
        }

        Assert.All(statements, s => Assert.Matches(@"^[A-Za-z0-9_ $:(){}.,\-\[\]>=]+$", s.Text));
    }

    [Fact]
    public void Options_never_show_the_password()
    {
        var options = new Neo4jExportOptions { Url = new Uri("http://localhost:7474"), Password = "s3cret-Pa55" };
        Assert.DoesNotContain("s3cret-Pa55", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("Password = ***", options.ToString(), StringComparison.Ordinal);
    }

    private static string Payloads(Neo4jEndpoint endpoint, int batchSize)
    {
        var graph = ExportTestGraphs.Small();
        var statements = new[] { Neo4jCypher.Constraint(endpoint) }
            .Concat(Neo4jCypher.NodeBatches(graph, batchSize))
            .Concat(Neo4jCypher.RelationshipBatches(graph, batchSize));
        var text = new StringBuilder();
        foreach (var statement in statements)
        {
            text.Append(Encoding.UTF8.GetString(Neo4jPayload.Create(endpoint.Api, statement))).Append('\n');
        }

        return text.ToString();
    }

    private static IEnumerable<object?[]> Rows(Neo4jStatement statement) =>
        ((IEnumerable<object?>)statement.Parameters["rows"]!).Cast<object?[]>();
}
