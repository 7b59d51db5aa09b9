using Lineage.Analysis;
using Lineage.Model;
using Lineage.Pipeline;

namespace Lineage.Tests.Pipeline;

/// <summary>From the seed's text to the 49/75 E → … → 61/78 → 62/42 chain (issue 2).</summary>
public class SeedPipelineTests
{
    private static readonly string[] s_series =
        ["49/75E", "50/70P", "51/45O", "52/38L", "53/77X", "54/54P", "55/33T", "56/24R", "57/79", "58/56", "59/77", "60/70", "61/78", "62/42"];

    [Fact]
    public void The_seed_graph_has_every_cited_document_as_a_node_with_what_citations_say()
    {
        var result = CorpusPipeline.Run([TestPaths.Seeds]);
        Assert.False(result.HasErrors, string.Join("\n", result.AllDiagnostics));
        var graph = result.Graph;
        var seed = graph.Find(DocumentSymbol.Parse("A/RES/62/42"))!;
        Assert.True(seed.InCorpus);
        Assert.Equal(new DateOnly(2007, 12, 5), seed.Date);
        Assert.True(seed.DateFromDocument);
        Assert.Equal([Language.Chinese], seed.Languages);

        var cited = graph.Find(DocumentSymbol.Parse("A/RES/49/75E"))!;
        Assert.False(cited.InCorpus);
        Assert.Equal(new DateOnly(1994, 12, 15), cited.Date);
        Assert.False(cited.DateFromDocument);
        Assert.Equal(["关于逐步减少核威胁的"], cited.Subjects);

        // Works and parts are distinct nodes joined by part-of.
        var work = graph.Find(DocumentSymbol.Parse("A/RES/49/75"))!;
        Assert.Contains(graph.Cites(cited), e => e.Relation == Relation.PartOf && e.Target.Equals(work));

        // Every cited target is a node; documents (A/62/391) too.
        foreach (var citation in result.Citations)
        {
            Assert.NotNull(graph.Find(citation.Target));
        }
    }

    [Fact]
    public void Chain_of_62_42_is_the_series_with_inferred_links_marked()
    {
        var graph = CorpusPipeline.Run([TestPaths.Seeds]).Graph;
        var chain = LineageChainAnalysis.Compute(graph, DocumentSymbol.Parse("A/RES/62/42"))!;
        var series = chain.Paths.Single(p => p[0].Symbol.Canonical == "A/RES/49/75E");
        Assert.Equal(s_series.Select(s => "A/RES/" + s), series.Select(n => n.Symbol.Canonical));

        // 62/42 really cites 61/78; the older links come from the order of its list and are marked inferred.
        var links = chain.Links.ToDictionary(l => (l.Citing.Symbol.Canonical, l.Cited.Symbol.Canonical));
        Assert.False(links[("A/RES/62/42", "A/RES/61/78")].Inferred);
        for (int i = 1; i < s_series.Length - 1; i++)
        {
            Assert.True(links[("A/RES/" + s_series[i], "A/RES/" + s_series[i - 1])].Inferred);
        }

        // Dates come with each step.
        Assert.All(series, n => Assert.NotNull(n.Date));
    }

    [Fact]
    public void With_80_24_the_chain_passes_through_62_42_as_one_node_following_its_real_citation()
    {
        var graph = CorpusPipeline.Run([TestPaths.Seeds, TestPaths.CorpusPath("ga-80-en-pdftext", "A_RES_80_24.md")]).Graph;
        Assert.Single(graph.Nodes, n => n.Symbol.Canonical == "A/RES/62/42");
        var chain = LineageChainAnalysis.Compute(graph, DocumentSymbol.Parse("A/RES/80/24"))!;
        var series = chain.Paths.Single(p => p[0].Symbol.Canonical == "A/RES/49/75E").Select(n => n.Symbol.Canonical).ToList();
        Assert.Equal("A/RES/80/24", series[^1]);
        Assert.Equal(32, series.Count);
        int at = series.IndexOf("A/RES/62/42");
        Assert.Equal("A/RES/61/78", series[at - 1]);
        Assert.Equal("A/RES/63/46", series[at + 1]);
        var links = chain.Links.ToDictionary(l => (l.Citing.Symbol.Canonical, l.Cited.Symbol.Canonical));
        Assert.False(links[("A/RES/62/42", "A/RES/61/78")].Inferred);   // read from 62/42 itself
        Assert.True(links[("A/RES/63/46", "A/RES/62/42")].Inferred);    // 63/46 is not in the corpus
        Assert.False(links[("A/RES/80/24", "A/RES/79/50")].Inferred);
    }

    [Fact]
    public void The_same_document_read_from_two_files_is_one_node()
    {
        string folder = Directory.CreateTempSubdirectory("lineage-").FullName;
        try
        {
            File.Copy(TestPaths.Seed, Path.Combine(folder, "A_RES_62_42.zh.txt"));
            File.Copy(TestPaths.Seed, Path.Combine(folder, "copy-of-62-42.txt"));
            var graph = CorpusPipeline.Run([folder]).Graph;
            var node = Assert.Single(graph.Nodes, n => n.Symbol.Canonical == "A/RES/62/42");
            Assert.Equal(2, node.Files.Length);
            var edge = Assert.Single(graph.Cites(node), e => e.Target.Symbol.Canonical == "A/RES/61/78" && e.Relation == Relation.Recalls);
            Assert.Equal(2, edge.MentionCount);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
