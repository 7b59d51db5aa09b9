using System.Text;
using Lineage.Export.Neo4j;

namespace Lineage.Tests.Export;

/// <summary>
/// The Query API path (and the forced transactional ones) against an in-process loopback server answering with
/// Neo4j's documented JSON, since no server on this machine offers the Query API (Neo4j 5.19+).
/// </summary>
public sealed class Neo4jQueryApiTests
{
    private const string Password = "not-a-real-secret-4711";

    [Fact]
    public async Task Discovery_picks_the_Query_API_and_every_statement_goes_there_as_built()
    {
        var fake = new FakeNeo4j();
        await using var server = new LoopbackHttpServer(fake.Handle);
        var graph = ExportTestGraphs.Small();
        using var http = server.CreateClient();
        var result = await new Neo4jExporter(http, Options(server, batchSize: 4)).ExportAsync(graph, TestContext.Current.CancellationToken);

        Assert.Equal(Neo4jApi.Query, result.Endpoint.Api);
        Assert.Equal("5.26.0", result.Endpoint.ServerVersion);
        Assert.Equal(new Uri(server.Url, "/db/neo4j/query/v2"), result.Endpoint.CommitUri);
        Assert.Equal(graph.NodeCount, result.Progress.NodesWritten);
        Assert.Equal(graph.EdgeCount, result.Progress.RelationshipsWritten);
        Assert.Equal(graph.NodeCount, result.NodesCreated);
        Assert.Equal(graph.EdgeCount, result.RelationshipsCreated);

        var requests = server.Requests;
        Assert.Equal(("GET", "/"), (requests[0].Method, requests[0].Path));
        Assert.False(requests[0].Headers.ContainsKey("Authorization"));
        var expected = new[] { Neo4jCypher.Constraint(result.Endpoint) }
            .Concat(Neo4jCypher.NodeBatches(graph, 4))
            .Concat(Neo4jCypher.RelationshipBatches(graph, 4))
            .Select(s => Neo4jPayload.Create(Neo4jApi.Query, s))
            .ToList();
        var posts = requests.Skip(1).ToList();
        Assert.Equal(expected.Count, posts.Count);
        string basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password));
        for (int i = 0; i < posts.Count; i++)
        {
            Assert.Equal(("POST", "/db/neo4j/query/v2"), (posts[i].Method, posts[i].Path));
            Assert.Equal(basic, posts[i].Headers["Authorization"]);
            Assert.StartsWith("application/json", posts[i].Headers["Content-Type"], StringComparison.Ordinal);
            Assert.Equal(expected[i], posts[i].Body);
        }

        Assert.Contains("FOR (d:Document) REQUIRE d.symbol IS UNIQUE", posts[0].Json.GetProperty("statement").GetString(), StringComparison.Ordinal);
        Assert.True(posts[1].Json.GetProperty("includeCounters").GetBoolean());
    }

    [Fact]
    public async Task An_error_in_a_202_body_stops_the_export_with_the_server_code_message_and_how_far_it_got()
    {
        var fake = new FakeNeo4j
        {
            Scenario = (n, _) => n == 3
                ? LoopbackResponse.Json(202, """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'X': expected 'MERGE'"}]}""")
                : null,
        };
        await using var server = new LoopbackHttpServer(fake.Handle);
        using var http = server.CreateClient();
        var graph = ExportTestGraphs.Small();
        var error = await Assert.ThrowsAsync<Neo4jExportException>(() =>
            new Neo4jExporter(http, Options(server, batchSize: 4)).ExportAsync(graph, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Equal("Invalid input 'X': expected 'MERGE'", error.ServerMessage);
        Assert.False(error.IsTransient);
        int firstBatch = Neo4jCypher.NodeBatches(graph, 4).First().Rows;
        Assert.Equal(Neo4jExportPhase.Nodes, error.Progress!.Phase);
        Assert.Equal(firstBatch, error.Progress.NodesWritten);
        Assert.Equal(0, error.Progress.RelationshipsWritten);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error.Message, StringComparison.Ordinal);
        Assert.Contains($"nodes {firstBatch}/{graph.NodeCount}", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, server.Requests.Count); // discovery, constraint, batch 1, the failing batch 2: nothing after it
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_error_is_retried_with_the_same_statement_and_the_export_completes()
    {
        var fake = new FakeNeo4j
        {
            Scenario = (n, _) => n switch
            {
                3 => LoopbackResponse.Json(202, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"ForsetiClient[1] can't acquire ExclusiveLock"}]}"""),
                4 => new LoopbackResponse(503, "<html>Service Unavailable</html>", "text/html"),
                _ => null,
            },
        };
        await using var server = new LoopbackHttpServer(fake.Handle);
        using var http = server.CreateClient();
        var graph = ExportTestGraphs.Small();
        var result = await new Neo4jExporter(http, Options(server, batchSize: 4)).ExportAsync(graph, TestContext.Current.CancellationToken);

        Assert.Equal(graph.NodeCount, result.Progress.NodesWritten);
        Assert.Equal(graph.EdgeCount, result.Progress.RelationshipsWritten);
        var posts = server.Requests.Where(r => r.Method == "POST").ToList();
        int statements = 1 + Neo4jCypher.NodeBatches(graph, 4).Count() + Neo4jCypher.RelationshipBatches(graph, 4).Count();
        Assert.Equal(statements + 2, posts.Count);
        Assert.Equal(posts[2].Body, posts[3].Body);
        Assert.Equal(posts[2].Body, posts[4].Body);
    }

    [Fact]
    public async Task Transient_errors_give_up_after_the_retries_allowed()
    {
        var fake = new FakeNeo4j
        {
            Scenario = (n, _) => n >= 2
                ? LoopbackResponse.Json(202, """{"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"Database is busy"}]}""")
                : null,
        };
        await using var server = new LoopbackHttpServer(fake.Handle);
        using var http = server.CreateClient();
        var error = await Assert.ThrowsAsync<Neo4jExportException>(() =>
            new Neo4jExporter(http, Options(server, batchSize: 4) with { MaxRetries = 2 }).ExportAsync(ExportTestGraphs.Small(), TestContext.Current.CancellationToken));
        Assert.True(error.IsTransient);
        Assert.Equal(1 + 3, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task A_refused_password_fails_at_once_without_retry_and_without_the_password_in_the_message()
    {
        var fake = new FakeNeo4j
        {
            Scenario = (_, _) => LoopbackResponse.Json(401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}"""),
        };
        await using var server = new LoopbackHttpServer(fake.Handle);
        using var http = server.CreateClient();
        var error = await Assert.ThrowsAsync<Neo4jExportException>(() =>
            new Neo4jExporter(http, Options(server, batchSize: 4)).ExportAsync(ExportTestGraphs.Small(), TestContext.Current.CancellationToken));
        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
        Assert.DoesNotContain(Password, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_the_server_did_not_merge_is_reported()
    {
        var fake = new FakeNeo4j { Merged = rows => rows - 1 };
        await using var server = new LoopbackHttpServer(fake.Handle);
        using var http = server.CreateClient();
        var error = await Assert.ThrowsAsync<Neo4jExportException>(() =>
            new Neo4jExporter(http, Options(server, batchSize: 4)).ExportAsync(ExportTestGraphs.Small(), TestContext.Current.CancellationToken));
        Assert.Equal("Lineage.RowsNotMerged", error.Code);
    }

    [Fact]
    public async Task Https_URLs_work()
    {
        var fake = new FakeNeo4j();
        await using var server = new LoopbackHttpServer(fake.Handle, https: true);
        Assert.Equal("https", server.Url.Scheme);
        using var http = server.CreateClient();
        var graph = ExportTestGraphs.Small();
        var result = await new Neo4jExporter(http, Options(server, batchSize: 100)).ExportAsync(graph, TestContext.Current.CancellationToken);
        Assert.Equal(graph.EdgeCount, result.Progress.RelationshipsWritten);
        Assert.Equal("https", result.Endpoint.CommitUri.Scheme);
    }

    [Theory]
    [InlineData(Neo4jApi.Transaction, "/db/graphs/tx/commit")]
    [InlineData(Neo4jApi.Legacy, "/db/data/transaction/commit")]
    public async Task The_API_can_be_forced(Neo4jApi api, string path)
    {
        var fake = new FakeNeo4j();
        await using var server = new LoopbackHttpServer(fake.Handle);
        using var http = server.CreateClient();
        var graph = ExportTestGraphs.Small();
        var result = await new Neo4jExporter(http, Options(server, batchSize: 5) with { Api = api, Database = "graphs" })
            .ExportAsync(graph, TestContext.Current.CancellationToken);
        Assert.Equal(api, result.Endpoint.Api);
        var posts = server.Requests.Where(r => r.Method == "POST").ToList();
        Assert.All(posts, p => Assert.Equal(path, p.Path));
        Assert.All(posts, p => Assert.True(p.Json.GetProperty("statements")[0].GetProperty("includeStats").GetBoolean()));
        Assert.Equal(graph.EdgeCount, result.RelationshipsCreated);
    }

    [Fact]
    public async Task Discovery_without_the_Query_API_uses_the_transactional_endpoint()
    {
        var fake = new FakeNeo4j
        {
            DiscoveryBody = """{"bolt_routing":"neo4j://localhost:7687","transaction":"http://localhost:7474/db/{databaseName}/tx","bolt_direct":"bolt://localhost:7687","neo4j_version":"4.4.30","neo4j_edition":"community"}""",
        };
        await using var server = new LoopbackHttpServer(fake.Handle);
        using var http = server.CreateClient();
        var result = await new Neo4jExporter(http, Options(server, batchSize: 50)).ExportAsync(ExportTestGraphs.Small(), TestContext.Current.CancellationToken);
        Assert.Equal(Neo4jApi.Transaction, result.Endpoint.Api);
        Assert.Equal("/db/neo4j/tx/commit", result.Endpoint.CommitUri.AbsolutePath);
        Assert.Contains("FOR (d:Document) REQUIRE", server.Requests[1].Json.GetProperty("statements")[0].GetProperty("statement").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_is_not_Neo4j_is_refused_clearly()
    {
        await using var server = new LoopbackHttpServer(_ => LoopbackResponse.Json(200, """{"hello":"world"}"""));
        using var http = server.CreateClient();
        var error = await Assert.ThrowsAsync<Neo4jExportException>(() =>
            new Neo4jExporter(http, Options(server, batchSize: 4)).ExportAsync(ExportTestGraphs.Small(), TestContext.Current.CancellationToken));
        Assert.Equal("Discovery", error.Code);
        Assert.Null(error.Progress);
    }

    private static Neo4jExportOptions Options(LoopbackHttpServer server, int batchSize) => new()
    {
        Url = server.Url,
        Password = Password,
        BatchSize = batchSize,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    };
}
