using Lineage.Analysis;
using Lineage.Model;
using static Lineage.Tests.Analysis.GraphFixture;

namespace Lineage.Tests.Analysis;

public sealed class AncestryAnalysisTests
{
    // 63/1 → 62/1 → 61/1 → 60/1, and 63/1 → 60/2 → 60/1; 61/1 also reaffirms 59/1.
    private static Lineage.Graph.CitationGraph Diamond() => new GraphFixture()
        .Document("63/1").Document("62/1").Document("61/1").Document("60/2")
        .Cites("63/1", Relation.Recalls, Language.English, 1, "62/1")
        .Cites("63/1", Relation.Recalls, Language.English, 2, "60/2")
        .Cites("62/1", "61/1")
        .Cites("61/1", "60/1")
        .Cites("60/2", "60/1")
        .Cites("61/1", Relation.Reaffirms, Language.English, 2, "59/1")
        .Build();

    private static string Row(AncestryEntry e) =>
        $"{e.Node.Symbol.ShortForm}@{e.Distance}:{string.Join(">", e.Path.Select(n => n.Symbol.ShortForm))}";

    [Fact]
    public void Ancestors_come_nearest_first_with_distance_and_a_shortest_path()
    {
        var result = AncestorsAnalysis.Compute(Diamond(), S("63/1"))!;

        Assert.True(result.Upstream);
        Assert.Equal(
            ["60/2@1:63/1>60/2", "62/1@1:63/1>62/1", "60/1@2:63/1>60/2>60/1", "61/1@2:63/1>62/1>61/1"],
            result.Entries.Select(Row));
        Assert.Equal(2, result.DepthReached);
        Assert.All(result.Entries, e => Assert.Equal(e.Distance, e.Edges.Length));
    }

    [Fact]
    public void Descendants_walk_the_citations_the_other_way()
    {
        var result = DescendantsAnalysis.Compute(Diamond(), S("60/1"))!;

        Assert.False(result.Upstream);
        Assert.Equal(["60/2@1:60/1>60/2", "61/1@1:60/1>61/1", "62/1@2:60/1>61/1>62/1", "63/1@2:60/1>60/2>63/1"], result.Entries.Select(Row));
        Assert.Equal(S("61/1"), result.Entries[1].Edges[0].Source.Symbol);
    }

    [Fact]
    public void Depth_and_relations_bound_the_walk()
    {
        var graph = Diamond();
        var near = AncestorsAnalysis.Compute(graph, S("63/1"), new TraversalOptions { MaxDepth = 1 })!;
        var all = AncestorsAnalysis.Compute(graph, S("63/1"), new TraversalOptions { Relations = [Relation.Recalls, Relation.Reaffirms] })!;

        Assert.Equal(["60/2", "62/1"], near.Entries.Select(e => e.Node.Symbol.ShortForm));
        Assert.True(near.Cut);
        Assert.Contains(all.Entries, e => e.Node.Symbol == S("59/1") && e.Distance == 3);
    }

    [Fact]
    public void Paths_through_inferred_links_are_marked()
    {
        var graph = new GraphFixture()
            .Document("62/42", "2007-12-05")
            .Cites("62/42", "60/70@2005-12-08", "61/78@2006-12-06")
            .Build();

        var result = AncestorsAnalysis.Compute(graph, S("62/42"))!;

        Assert.False(result.Entries.Single(e => e.Node.Symbol == S("61/78")).ThroughInferred);
        var earlier = result.Entries.Single(e => e.Node.Symbol == S("60/70"));
        Assert.Equal(1, earlier.Distance);
        Assert.False(earlier.ThroughInferred);
        var descendants = DescendantsAnalysis.Compute(graph, S("60/70"))!;
        Assert.True(descendants.Entries.Single(e => e.Node.Symbol == S("61/78")).ThroughInferred);
    }
}
