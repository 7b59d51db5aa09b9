using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lineage.Export;
using Lineage.Export.Neo4j;
using Lineage.Graph;

namespace Lineage.Tests.Export;

/// <summary>
/// The real Neo4j test server started by <c>scripts/neo4j-test-server.sh</c> (<c>LINEAGE_NEO4J_URL</c>,
/// <c>NEO4J_PASSWORD</c>; the test is skipped, or fails under CI, without them): export options for it, Cypher
/// queries, and a canonical dump of the whole database to compare with a graph.
/// </summary>
internal sealed class RealNeo4j : IDisposable
{
    private static readonly JsonWriterOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly Neo4jHttpClient _client;
    private Neo4jEndpoint? _endpoint;

    private RealNeo4j(Uri url, string password)
    {
        Url = url;
        Password = password;
        Http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        _client = new Neo4jHttpClient(Http, Options());
    }

    public Uri Url { get; }

    public string Password { get; }

    public HttpClient Http { get; }

    public static RealNeo4j Connect()
    {
        string? url = Environment.GetEnvironmentVariable("LINEAGE_NEO4J_URL");
        string? password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (string.IsNullOrEmpty(url) || string.IsNullOrEmpty(password))
        {
            Requires.Missing("no Neo4j test server: run `eval \"$(scripts/neo4j-test-server.sh start)\"` to set LINEAGE_NEO4J_URL and NEO4J_PASSWORD");
        }

        return new RealNeo4j(new Uri(url!), password!);
    }

    public Neo4jExportOptions Options(int batchSize = 5000) => new() { Url = Url, Password = Password, BatchSize = batchSize };

    public Task<Neo4jExportResult> ExportAsync(CitationGraph graph, Neo4jExportOptions? options = null) =>
        new Neo4jExporter(Http, options ?? Options()).ExportAsync(graph, TestContext.Current.CancellationToken);

    public async Task<Neo4jResult> QueryAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        _endpoint ??= await _client.DiscoverAsync(TestContext.Current.CancellationToken);
        return await _client.RunAsync(_endpoint, cypher, parameters ?? new Dictionary<string, object?>(), TestContext.Current.CancellationToken);
    }

    public async Task<long> CountAsync(string cypher) => (await QueryAsync(cypher)).Rows[0][0].GetInt64();

    public Task ClearAsync() => QueryAsync("MATCH (n) DETACH DELETE n");

    /// <summary>Every node and relationship in the database, one canonical line each, sorted.</summary>
    public async Task<List<string>> DumpAsync()
    {
        var lines = new List<string>();
        foreach (var row in (await QueryAsync("MATCH (d) RETURN labels(d), d")).Rows)
        {
            var properties = Properties(row[1]);
            lines.Add(NodeLine((string)properties["symbol"]!, row[0].EnumerateArray().Select(l => l.GetString()!), properties));
        }

        foreach (var row in (await QueryAsync("MATCH (a)-[r]->(b) RETURN a.symbol, type(r), b.symbol, r")).Rows)
        {
            lines.Add(RelationshipLine(row[0].GetString()!, row[1].GetString()!, row[2].GetString()!, Properties(row[3])));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>What <see cref="DumpAsync"/> must give once <paramref name="graph"/> is loaded.</summary>
    public static List<string> Expected(CitationGraph graph)
    {
        var lines = new List<string>();
        foreach (var node in graph.Nodes)
        {
            lines.Add(NodeLine(node.Symbol.Canonical, ExportSchema.Labels(node), Map(ExportSchema.NodeProperties, ExportSchema.NodeValues(node))));
        }

        foreach (var edge in graph.Edges)
        {
            lines.Add(RelationshipLine(
                edge.Source.Symbol.Canonical, ExportSchema.RelationshipType(edge), edge.Target.Symbol.Canonical, Map(ExportSchema.EdgeProperties, ExportSchema.EdgeValues(edge))));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    public void Dispose() => Http.Dispose();

    private static string NodeLine(string symbol, IEnumerable<string> labels, SortedDictionary<string, object?> properties) =>
        $"node {symbol} :{string.Join(':', labels.Order(StringComparer.Ordinal))} {Json(properties)}";

    private static string RelationshipLine(string source, string type, string target, SortedDictionary<string, object?> properties) =>
        $"rel {source} -{type}-> {target} {Json(properties)}";

    private static SortedDictionary<string, object?> Map(IReadOnlyList<ExportProperty> properties, object?[] values)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        for (int i = 0; i < properties.Count; i++)
        {
            if (values[i] is { } value)
            {
                map[properties[i].Name] = value is int n ? (long)n : value;
            }
        }

        return map;
    }

    private static SortedDictionary<string, object?> Properties(JsonElement element)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetInt64(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Array => property.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(),
                _ => property.Value.GetRawText(),
            };
        }

        return map;
    }

    private static string Json(SortedDictionary<string, object?> map)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Canonical))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in map)
            {
                switch (value)
                {
                    case string s:
                        writer.WriteString(key, s);
                        break;
                    case long n:
                        writer.WriteNumber(key, n);
                        break;
                    case bool b:
                        writer.WriteBoolean(key, b);
                        break;
                    case string[] list:
                        writer.WriteStartArray(key);
                        foreach (string item in list)
                        {
                            writer.WriteStringValue(item);
                        }

                        writer.WriteEndArray();
                        break;
                    default:
                        writer.WriteString(key, "?" + value);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
