using System.Diagnostics;
using Lineage.Analysis;
using Lineage.Export.Neo4j;
using Lineage.Graph;
using Lineage.Model;
using Lineage.Pipeline;

namespace Lineage.Tests.Export;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Neo4jServerGroup
{
    public const string Name = "Neo4j test server";
}

/// <summary>
/// Against the real Neo4j Community 3.1.1 of <c>scripts/neo4j-test-server.sh</c> (3.x transactional endpoint): the
/// seed's and a corpus folder's graphs load exactly, the chain query returns the 62/42 chain, a second export
/// changes nothing, and an export interrupted by killing the server completes when rerun after a restart.
/// Each test starts from an empty database; the tests of this collection run one at a time.
/// </summary>
[Collection(Neo4jServerGroup.Name)]
public sealed class Neo4jServerTests
{
    [Fact]
    public async Task The_seed_graph_loads_with_the_graphs_counts_and_properties()
    {
        using var neo4j = RealNeo4j.Connect();
        var graph = Build(TestPaths.Seed);
        await neo4j.ClearAsync();

        var result = await neo4j.ExportAsync(graph);

        Assert.Equal(Neo4jApi.Legacy, result.Endpoint.Api);
        Assert.Equal("3.1.1", result.Endpoint.ServerVersion);
        Assert.Equal(graph.NodeCount, result.NodesCreated);
        Assert.Equal(graph.EdgeCount, result.RelationshipsCreated);
        Assert.Equal(graph.NodeCount, await neo4j.CountAsync("MATCH (d:Document) RETURN count(d)"));
        Assert.Equal(graph.EdgeCount, await neo4j.CountAsync("MATCH ()-[r]->() RETURN count(r)"));
        foreach (var type in graph.Edges.GroupBy(Lineage.Export.ExportSchema.RelationshipType))
        {
            Assert.Equal(type.Count(), await neo4j.CountAsync($"MATCH ()-[r:{type.Key}]->() RETURN count(r)"));
        }

        Assert.Equal(graph.Edges.Count(e => e.Inferred), await neo4j.CountAsync("MATCH ()-[r:RECALLS {inferred: true}]->() RETURN count(r)"));
        Assert.Equal(RealNeo4j.Expected(graph), await neo4j.DumpAsync());
    }

    [Fact]
    public async Task The_chain_query_returns_the_62_42_chain_from_49_75_E()
    {
        using var neo4j = RealNeo4j.Connect();
        var graph = Build(TestPaths.Seed);
        await neo4j.ClearAsync();
        await neo4j.ExportAsync(graph);

        var answer = await neo4j.QueryAsync(Neo4jCypher.ChainQuery, new Dictionary<string, object?> { ["symbol"] = "A/RES/62/42" });
        var chain = answer.Rows.Single()[0].EnumerateArray().Select(e => e.GetString()!).ToList();

        Assert.Equal("A/RES/49/75E", chain[0]);
        Assert.Equal("A/RES/61/78", chain[^2]);
        Assert.Equal("A/RES/62/42", chain[^1]);
        var computed = LineageChainAnalysis.Compute(graph, DocumentSymbol.Parse("A/RES/62/42"))!;
        Assert.Equal(computed.Paths.MaxBy(p => p.Length)!.Select(n => n.Symbol.Canonical), chain);
    }

    [Fact]
    public async Task A_second_export_changes_nothing()
    {
        using var neo4j = RealNeo4j.Connect();
        var graph = Build(TestPaths.Seed);
        await neo4j.ClearAsync();
        await neo4j.ExportAsync(graph);
        var before = await neo4j.DumpAsync();

        var again = await neo4j.ExportAsync(graph);

        Assert.Equal(0, again.NodesCreated);
        Assert.Equal(0, again.RelationshipsCreated);
        Assert.Equal(graph.NodeCount + graph.EdgeCount, again.Progress.NodesWritten + again.Progress.RelationshipsWritten);
        Assert.Equal(before, await neo4j.DumpAsync());
        Assert.Equal(RealNeo4j.Expected(graph), before);
    }

    [Fact]
    public async Task A_corpus_folder_graph_loads_exactly()
    {
        using var neo4j = RealNeo4j.Connect();
        var graph = Build(TestPaths.FullCorpusPath("ga-80-en-pdftext"));
        Assert.True(graph.EdgeCount > 100, $"the corpus folder gave only {graph.EdgeCount} edges");
        await neo4j.ClearAsync();

        var result = await neo4j.ExportAsync(graph, neo4j.Options(batchSize: 100));

        Assert.Equal(graph.NodeCount, result.NodesCreated);
        Assert.Equal(graph.EdgeCount, result.RelationshipsCreated);
        Assert.Equal(graph.NodeCount, await neo4j.CountAsync("MATCH (d:Document) RETURN count(d)"));
        Assert.Equal(graph.EdgeCount, await neo4j.CountAsync("MATCH ()-[r]->() RETURN count(r)"));
        Assert.Equal(RealNeo4j.Expected(graph), await neo4j.DumpAsync());
    }

    [Fact]
    public async Task An_export_interrupted_by_killing_the_server_completes_when_rerun_after_a_restart()
    {
        using var neo4j = RealNeo4j.Connect();
        string? home = Environment.GetEnvironmentVariable("LINEAGE_NEO4J_HOME");
        if (string.IsNullOrEmpty(home) || !File.Exists(Path.Combine(home, "neo4j.pid")))
        {
            Requires.Missing("LINEAGE_NEO4J_HOME (with neo4j.pid) is not set: start the server with scripts/neo4j-test-server.sh");
        }

        var graph = Build(TestPaths.FullCorpusPath("sc-gold-en"));
        await neo4j.ClearAsync();
        int pid = int.Parse(File.ReadAllText(Path.Combine(home!, "neo4j.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        bool killed = false;
        var killer = new InlineProgress(p =>
        {
            if (!killed && p.RelationshipsWritten >= 1000)
            {
                killed = true;
                using var server = Process.GetProcessById(pid);
                server.Kill();
                server.WaitForExit();
            }
        });

        var error = await Assert.ThrowsAsync<Neo4jExportException>(() =>
            neo4j.ExportAsync(graph, neo4j.Options(batchSize: 250) with { Progress = killer, MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(50) }));

        Assert.True(killed);
        Assert.Equal("Network", error.Code);
        Assert.Equal(Neo4jExportPhase.Relationships, error.Progress!.Phase);
        Assert.Equal(graph.NodeCount, error.Progress.NodesWritten);
        Assert.InRange(error.Progress.RelationshipsWritten, 1000, graph.EdgeCount - 1);

        Consumers.Run("bash", [Path.Combine(TestPaths.RepositoryRoot, "scripts", "neo4j-test-server.sh"), "restart"]);
        long partial = await neo4j.CountAsync("MATCH ()-[r]->() RETURN count(r)");
        Assert.InRange(partial, error.Progress.RelationshipsWritten, graph.EdgeCount - 1);

        var rerun = await neo4j.ExportAsync(graph, neo4j.Options(batchSize: 250));

        Assert.Equal(0, rerun.NodesCreated);
        Assert.Equal(graph.EdgeCount - partial, rerun.RelationshipsCreated);
        Assert.Equal(graph.NodeCount, await neo4j.CountAsync("MATCH (d:Document) RETURN count(d)"));
        Assert.Equal(graph.EdgeCount, await neo4j.CountAsync("MATCH ()-[r]->() RETURN count(r)"));
        Assert.Equal(0, await neo4j.CountAsync(
            "MATCH (a)-[r]->(b) WITH a, b, type(r) AS t, r.method AS m, count(*) AS c WHERE c > 1 RETURN count(*)"));
        Assert.Equal(RealNeo4j.Expected(graph), await neo4j.DumpAsync());
    }

    private static CitationGraph Build(string path)
    {
        var result = CorpusPipeline.Run([path], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Graph.NodeCount > 0, $"no graph from {path}");
        return result.Graph;
    }

    /// <summary>Reports synchronously, on the exporter's own thread (unlike <see cref="Progress{T}"/>).</summary>
    private sealed class InlineProgress(Action<Neo4jExportProgress> report) : IProgress<Neo4jExportProgress>
    {
        public void Report(Neo4jExportProgress value) => report(value);
    }
}
