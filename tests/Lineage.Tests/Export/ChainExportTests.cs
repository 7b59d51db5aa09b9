using Lineage.Analysis;
using Lineage.Export;
using Lineage.Export.GraphMl;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Tests.Export;

public sealed class ChainExportTests
{
    [Fact]
    public void A_chain_becomes_a_graph_of_its_nodes_and_reduced_steps()
    {
        var graph = ExportTestGraphs.Small();
        var chain = LineageChainAnalysis.Compute(graph, DocumentSymbol.GeneralAssemblyResolution(63, 46))!;
        var lineage = chain.ToGraph(graph);

        Assert.Equal(
            ["A/RES/49/75E", "A/RES/50/70P", "A/RES/61/78", "A/RES/62/42", "A/RES/63/46"],
            lineage.Nodes.Select(n => n.Symbol.Canonical).Order(StringComparer.Ordinal));
        Assert.Equal(chain.Links.Length, lineage.EdgeCount);
        Assert.All(chain.Links, l => Assert.Contains(l.Edge, lineage.Edges));
        Assert.All(lineage.Edges, e => Assert.Same(e, graph.Edges.Single(g => ReferenceEquals(g, e))));
    }

    [Fact]
    public void A_chain_counting_parts_as_works_exports_the_edges_as_read_with_no_stray_node()
    {
        var graph = ExportTestGraphs.Small();
        var chain = LineageChainAnalysis.Compute(graph, DocumentSymbol.GeneralAssemblyResolution(63, 46), ChainOptions.Default with { PartsAsWorks = true })!;
        var lineage = chain.ToGraph(graph);
        Assert.Equal(chain.Links.Length, lineage.EdgeCount);
        Assert.All(lineage.Nodes, n => Assert.True(
            n.Equals(chain.Root) || lineage.Edges.Any(e => e.Source.Equals(n) || e.Target.Equals(n)),
            $"{n.Symbol} is in the exported chain without an edge"));
    }

    [Fact]
    public async Task A_chain_exports_as_GraphML_that_NetworkX_reads_back()
    {
        var graph = ExportTestGraphs.Small();
        var chain = LineageChainAnalysis.Compute(graph, DocumentSymbol.GeneralAssemblyResolution(63, 46))!;
        var lineage = chain.ToGraph(graph);
        using var files = await ExportedFiles.WriteAsync(new GraphMlExporter(), lineage, "chain");
        ExportAssert.SameGraph(lineage, Consumers.Python("networkx-graphml", files.Path), "networkx.read_graphml (chain)");
    }

    [Fact]
    public void An_induced_subgraph_keeps_every_edge_between_its_nodes_parallel_ones_included()
    {
        var graph = ExportTestGraphs.Small();
        var kept = new[] { "A/RES/62/42", "A/RES/61/78", "A/RES/63/46" }.Select(s => graph.Find(DocumentSymbol.Parse(s))!).ToList();
        var sub = graph.Subgraph(kept);
        Assert.Equal(3, sub.NodeCount);
        Assert.Equal(
            ["A/RES/62/42 -recalls-> A/RES/61/78", "A/RES/62/42 -recalls-> A/RES/61/78", "A/RES/63/46 -recalls-> A/RES/62/42"],
            sub.Edges.Select(e => e.ToString()));
        Assert.Equal([CitationMethod.Text, CitationMethod.Markup], sub.Edges.Take(2).Select(e => e.Method));
    }

    [Fact]
    public void Nodes_and_edges_of_another_graph_are_refused()
    {
        var graph = ExportTestGraphs.Small();
        var other = new CitationGraphBuilder().AddNode(DocumentSymbol.GeneralAssemblyResolution(1, 1)).Build();
        Assert.Throws<ArgumentException>(() => graph.Subgraph(other.Nodes));
        var foreignEdge = ExportTestGraphs.Small().Edges[0];
        Assert.Throws<ArgumentException>(() => graph.Subgraph([], [foreignEdge]));
    }
}
