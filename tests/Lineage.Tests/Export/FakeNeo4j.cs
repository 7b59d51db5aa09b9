using System.Text.Json;

namespace Lineage.Tests.Export;

/// <summary>
/// Answers as a Neo4j 5.26 server does (discovery, the Query API and the 4.x/5.x transactional endpoint), with the
/// JSON documented by Neo4j: success bodies give the row count each statement merged and its counters; a scenario
/// may replace the answer to a given request (an error in a 202 body, a transient error, a 401).
/// </summary>
internal sealed class FakeNeo4j
{
    /// <summary>
    /// The discovery document of a 5.26 server. Its URLs name localhost:7474, as a real server behind a proxy would;
    /// the client must keep talking to the host and port it was given.
    /// </summary>
    public const string Discovery5 =
        """{"bolt_routing":"neo4j://localhost:7687","query":"http://localhost:7474/db/{databaseName}/query/v2","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"5.26.0","neo4j_edition":"community"}""";

    private int _posts;

    /// <summary>Replaces the answer to the n-th POST (counted from 1); null keeps the normal answer.</summary>
    public Func<int, LoopbackRequest, LoopbackResponse?> Scenario { get; init; } = (_, _) => null;

    /// <summary>Changes the number of rows reported as merged (for the "row not merged" check).</summary>
    public Func<int, int> Merged { get; init; } = rows => rows;

    public string DiscoveryBody { get; init; } = Discovery5;

    public LoopbackResponse Handle(LoopbackRequest request)
    {
        if (request.Method == "GET" && request.Path == "/")
        {
            return LoopbackResponse.Json(200, DiscoveryBody);
        }

        if (request.Method != "POST")
        {
            return LoopbackResponse.Json(404, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"not found"}]}""");
        }

        int n = Interlocked.Increment(ref _posts);
        if (Scenario(n, request) is { } scripted)
        {
            return scripted;
        }

        if (request.Path.EndsWith("/query/v2", StringComparison.Ordinal))
        {
            var json = request.Json;
            int rows = Rows(json.GetProperty("parameters"));
            return LoopbackResponse.Json(202, Answer(json.GetProperty("statement").GetString()!, rows, queryApi: true));
        }

        if (request.Path.EndsWith("/tx/commit", StringComparison.Ordinal) || request.Path.EndsWith("/transaction/commit", StringComparison.Ordinal))
        {
            var statement = request.Json.GetProperty("statements")[0];
            int rows = Rows(statement.GetProperty("parameters"));
            return LoopbackResponse.Json(200, Answer(statement.GetProperty("statement").GetString()!, rows, queryApi: false));
        }

        return LoopbackResponse.Json(404, """{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"no such endpoint"}]}""");
    }

    private static int Rows(JsonElement parameters) =>
        parameters.TryGetProperty("rows", out var rows) ? rows.GetArrayLength() : 0;

    private string Answer(string statement, int rows, bool queryApi)
    {
        bool constraint = statement.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal);
        bool nodes = statement.Contains("MERGE (d:", StringComparison.Ordinal);
        int merged = Merged(rows);
        string fields = constraint ? "[]" : """["merged"]""";
        string values = constraint ? "[]" : $"[[{merged}]]";
        if (queryApi)
        {
            return $$"""{"data":{"fields":{{fields}},"values":{{values}}},"counters":{"containsUpdates":true,"nodesCreated":{{(nodes ? rows : 0)}},"nodesDeleted":0,"propertiesSet":{{rows * 8}},"relationshipsCreated":{{(nodes || constraint ? 0 : rows)}},"relationshipsDeleted":0,"labelsAdded":{{(nodes ? rows : 0)}},"labelsRemoved":0,"indexesAdded":0,"indexesRemoved":0,"constraintsAdded":{{(constraint ? 1 : 0)}},"constraintsRemoved":0,"containsSystemUpdates":false,"systemUpdates":0},"bookmarks":["FB:kcwQx"]}""";
        }

        string data = constraint ? "[]" : $$"""[{"row":[{{merged}}],"meta":[null]}]""";
        return $$$"""{"results":[{"columns":{{{fields}}},"data":{{{data}}},"stats":{"contains_updates":true,"nodes_created":{{{(nodes ? rows : 0)}}},"nodes_deleted":0,"properties_set":{{{rows * 8}}},"relationships_created":{{{(nodes || constraint ? 0 : rows)}}},"relationship_deleted":0,"labels_added":0,"labels_removed":0,"indexes_added":0,"indexes_removed":0,"constraints_added":{{{(constraint ? 1 : 0)}}},"constraints_removed":0}}],"errors":[],"lastBookmarks":["FB:kcwQx"]}""";
    }
}
