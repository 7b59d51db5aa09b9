using Lineage.Analysis;
using Lineage.Export;
using Lineage.Model;
using Lineage.Pipeline;
using Lineage.Tests.Export;

namespace Lineage.Tests.Pipeline;

/// <summary>The committed <c>graphs/</c> is the main job's output for <c>seeds/</c>, and real tools read it (issue 2).</summary>
public class GraphsFolderTests
{
    private const string Regenerate = "dotnet run --project src/Lineage.Cli -- build seeds --out graphs";

    [Fact]
    public async Task Graphs_folder_is_the_current_build_of_seeds()
    {
        var graph = CorpusPipeline.Run([TestPaths.Seeds]).Graph;
        string folder = Directory.CreateTempSubdirectory("lineage-graphs-").FullName;
        try
        {
            var written = new List<string>();
            foreach (string format in new[] { "graphml", "csv" })
            {
                written.AddRange(await ExporterCatalog.WriteFilesAsync(graph, ExporterCatalog.Default.Get(format), folder, "lineage", TestContext.Current.CancellationToken));
            }

            // The store (graphs/lineage.db) is written there too but not committed (.gitignore).
            var committed = Directory.GetFiles(TestPaths.Graphs).Select(Path.GetFileName)
                .Where(f => !f!.StartsWith("lineage.db", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(written.Select(Path.GetFileName).Order(StringComparer.Ordinal), committed);
            foreach (string file in written)
            {
                byte[] expected = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
                byte[] actual = await File.ReadAllBytesAsync(Path.Combine(TestPaths.Graphs, Path.GetFileName(file)), TestContext.Current.CancellationToken);
                Assert.True(expected.AsSpan().SequenceEqual(actual), $"graphs/{Path.GetFileName(file)} is stale; regenerate it with `{Regenerate}` and review the diff.");
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void NetworkX_reads_the_seed_graph_with_its_counts_and_the_chain()
    {
        var graph = CorpusPipeline.Run([TestPaths.Seeds]).Graph;
        var loaded = Consumers.Python("networkx-graphml", Path.Combine(TestPaths.Graphs, "lineage.graphml"));
        Assert.Equal(graph.NodeCount, loaded.Nodes.Count);
        Assert.Equal(graph.EdgeCount, loaded.Edges.Count);

        var symbolOf = loaded.Nodes.ToDictionary(n => n.Id, n => n.Attributes["symbol"]);
        var recalls = loaded.Edges
            .Where(e => e.Attributes.GetValueOrDefault("relation") == "recalls")
            .Select(e => (symbolOf[e.Source], symbolOf[e.Target]))
            .ToHashSet();
        var chain = LineageChainAnalysis.Compute(graph, DocumentSymbol.Parse("A/RES/62/42"))!;
        var series = chain.Paths.Single(p => p[0].Symbol.Canonical == "A/RES/49/75E");
        Assert.Equal(14, series.Length);
        for (int i = 1; i < series.Length; i++)
        {
            Assert.Contains((series[i].Symbol.Canonical, series[i - 1].Symbol.Canonical), recalls);
        }
    }
}
