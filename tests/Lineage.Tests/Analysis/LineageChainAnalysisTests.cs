using System.Collections.Immutable;
using Lineage.Analysis;
using Lineage.Model;
using static Lineage.Tests.Analysis.GraphFixture;

namespace Lineage.Tests.Analysis;

public sealed class LineageChainAnalysisTests
{
    private static string Line(ImmutableArray<Lineage.Graph.DocumentNode> path) => string.Join(" → ", path.Select(n => n.Symbol.ShortForm));

    [Fact]
    public void A_recalled_series_list_reads_as_one_chain_with_inferred_links_marked()
    {
        var graph = new GraphFixture()
            .Document("62/42", "2007-12-05", "Nuclear disarmament")
            .Cites("62/42", "49/75 E@1994-12-15", "50/70 P@1995-12-12", "51/45 O@1996-12-10", "61/78@2006-12-06")
            .Build();

        var chain = LineageChainAnalysis.Compute(graph, S("62/42"))!;

        Assert.Equal("49/75 E → 50/70 P → 51/45 O → 61/78 → 62/42", Line(Assert.Single(chain.Paths)));
        Assert.True(chain.IsLinear);
        Assert.Equal(["49/75 E", "50/70 P", "51/45 O", "61/78", "62/42"], chain.Nodes.Select(n => n.Symbol.ShortForm));
        Assert.Equal(
            ["50/70 P<49/75 E inferred", "51/45 O<50/70 P inferred", "61/78<51/45 O inferred", "62/42<61/78 read"],
            chain.Links.Select(l => $"{l.Citing.Symbol.ShortForm}<{l.Cited.Symbol.ShortForm} {(l.Inferred ? "inferred" : "read")}"));
        Assert.Equal(D("1994-12-15"), chain.Nodes[0].Date);
        Assert.False(chain.Cut);
    }

    [Fact]
    public void Where_citations_branch_every_branch_is_listed_and_shortcuts_are_reduced()
    {
        var graph = new GraphFixture()
            .Document("60/1", "2005-10-01").Document("60/2", "2005-10-02").Document("60/3", "2005-10-03")
            .Document("61/1", "2006-10-01").Document("61/2", "2006-10-02")
            .Cites("61/1", "60/2")
            .Cites("61/2", "60/3")
            .Cites("60/2", "60/1")
            .Cites("60/3", "60/1")
            .Document("62/1", "2007-10-01")
            .Cites("62/1", Relation.Recalls, Language.English, 1, "61/1")
            .Cites("62/1", Relation.Recalls, Language.English, 2, "61/2")
            .Cites("62/1", Relation.Recalls, Language.English, 3, "60/1")
            .Build();

        var chain = LineageChainAnalysis.Compute(graph, S("62/1"))!;

        Assert.Equal(["60/1 → 60/2 → 61/1 → 62/1", "60/1 → 60/3 → 61/2 → 62/1"], chain.Paths.Select(Line));
        Assert.DoesNotContain(chain.Links, l => l.Citing.Symbol == S("62/1") && l.Cited.Symbol == S("60/1"));
        Assert.Equal(6, chain.Links.Length);
        Assert.False(chain.IsLinear);
    }

    [Fact]
    public void A_citation_loop_is_set_aside_and_reported()
    {
        var graph = new GraphFixture()
            .Document("60/1", "2005-10-01").Document("60/2", "2005-10-02")
            .Cites("60/1", "60/2")
            .Cites("60/2", "60/1")
            .Build();

        var chain = LineageChainAnalysis.Compute(graph, S("60/1"))!;

        var loop = Assert.Single(chain.CycleEdges);
        Assert.Equal(S("60/2"), loop.Source.Symbol);
        Assert.Equal("60/2 → 60/1", Line(Assert.Single(chain.Paths)));
    }

    [Fact]
    public void Depth_limits_the_chain_and_says_it_was_cut()
    {
        var graph = new GraphFixture()
            .Document("62/1").Document("61/1").Document("60/1")
            .Cites("62/1", "61/1").Cites("61/1", "60/1")
            .Build();

        var full = LineageChainAnalysis.Compute(graph, S("62/1"))!;
        var one = LineageChainAnalysis.Compute(graph, S("62/1"), new ChainOptions { MaxDepth = 1 })!;
        var nodes = LineageChainAnalysis.Compute(graph, S("62/1"), new ChainOptions { MaxNodes = 2 })!;

        Assert.Equal(3, full.Nodes.Length);
        Assert.False(full.Cut);
        Assert.Equal(2, one.Nodes.Length);
        Assert.True(one.Cut);
        Assert.False(one.NodeLimitReached);
        Assert.Equal(2, nodes.Nodes.Length);
        Assert.True(nodes.NodeLimitReached);
        Assert.Equal(1, nodes.DepthReached);
    }

    [Fact]
    public void Relations_choose_which_citations_count()
    {
        var graph = new GraphFixture()
            .Cites("62/1", Relation.Reaffirms, Language.English, 1, "61/1")
            .Build();

        var recalls = LineageChainAnalysis.Compute(graph, S("62/1"))!;
        var reaffirms = LineageChainAnalysis.Compute(graph, S("62/1"), new ChainOptions { Relations = [Relation.Reaffirms] })!;

        Assert.Empty(recalls.Links);
        Assert.Equal("61/1 → 62/1", Line(Assert.Single(reaffirms.Paths)));
    }

    [Fact]
    public void A_citation_of_a_part_counts_for_its_work_when_asked()
    {
        var graph = new GraphFixture()
            .Document("50/1", "1995-12-01")
            .Cites("50/1", "49/75 E")
            .Document("49/75 E", "1994-12-15")
            .Cites("49/75 E", "48/1")
            .Document("49/75 A", "1994-12-15")
            .Cites("49/75 A", "47/1")
            .Build();

        var separate = LineageChainAnalysis.Compute(graph, S("50/1"))!;
        var merged = LineageChainAnalysis.Compute(graph, S("50/1"), new ChainOptions { PartsAsWorks = true })!;

        Assert.Equal(["48/1 → 49/75 E → 50/1"], separate.Paths.Select(Line));
        Assert.Equal(["47/1 → 49/75 → 50/1", "48/1 → 49/75 → 50/1"], merged.Paths.Select(Line).Order());
    }

    [Fact]
    public void An_unknown_symbol_has_no_chain()
    {
        var graph = new GraphFixture().Cites("62/1", "61/1").Build();
        Assert.Null(LineageChainAnalysis.Compute(graph, S("99/1")));
    }
}
