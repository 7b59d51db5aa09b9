using System.Xml.Linq;
using Lineage.Export;
using Lineage.Export.Gexf;

namespace Lineage.Tests.Export;

public sealed class GexfExporterTests
{
    [Fact]
    public async Task Small_graph_in_GEXF_1_3_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new GexfExporter(GexfVersion.Gexf13), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(GexfExporterTests), sink.Bytes(".gexf"), "gexf");
    }

    [Fact]
    public async Task Small_graph_in_GEXF_1_2draft_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new GexfExporter(GexfVersion.Gexf12Draft), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(GexfExporterTests), sink.Bytes(".gexf"), "gexf");
    }

    [Fact]
    public void Both_versions_are_in_the_catalog_under_their_own_names()
    {
        Assert.Equal(GexfVersion.Gexf13, Assert.IsType<GexfExporter>(ExporterCatalog.Default.Get("gexf")).Version);
        Assert.Equal(GexfVersion.Gexf12Draft, Assert.IsType<GexfExporter>(ExporterCatalog.Default.Get("gexf12")).Version);
    }

    [Fact]
    public async Task NetworkX_reads_the_1_2draft_file_with_every_property_and_adoption_dates_as_node_starts()
    {
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new GexfExporter(GexfVersion.Gexf12Draft), graph);
        var loaded = Consumers.Python("networkx-gexf", files.Path);
        ExportAssert.SameGraph(graph, loaded, "networkx.read_gexf");
        foreach (var node in graph.Nodes)
        {
            var attributes = loaded.Nodes.Single(n => n.Id == node.Symbol.Canonical).Attributes;
            Assert.Equal(ExportSchema.Format(ExportSchema.NodeValues(node)[8]), attributes.GetValueOrDefault("start"));
        }
    }

    [Fact]
    public async Task Graphology_reads_the_1_3_file_with_every_property()
    {
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new GexfExporter(GexfVersion.Gexf13), graph);
        var loaded = Consumers.Node("graphology-gexf", files.Path);
        ExportAssert.SameGraph(graph, loaded, "graphology-gexf (1.3)");
        Assert.All(loaded.Edges, e => Assert.Equal(e.Attributes["relation"].ToUpperInvariant(), e.Attributes["kind"]));
    }

    [Fact]
    public async Task Graphology_reads_the_1_2draft_file_too()
    {
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new GexfExporter(GexfVersion.Gexf12Draft), graph);
        ExportAssert.SameGraph(graph, Consumers.Node("graphology-gexf", files.Path), "graphology-gexf (1.2draft)");
    }

    [Fact]
    public async Task The_graph_is_dynamic_with_dates_and_nodes_start_on_their_adoption_date()
    {
        var sink = await MemorySink.ExportAsync(new GexfExporter(), ExportTestGraphs.Small());
        var document = XDocument.Parse(sink.Text(".gexf"));
        XNamespace ns = "http://gexf.net/1.3";
        Assert.Equal(ns, document.Root!.Name.Namespace);
        Assert.Equal("1.3", (string)document.Root.Attribute("version")!);
        var graph = document.Root.Element(ns + "graph")!;
        Assert.Equal("dynamic", (string)graph.Attribute("mode")!);
        Assert.Equal("date", (string)graph.Attribute("timeformat")!);
        var node = graph.Descendants(ns + "node").Single(n => (string)n.Attribute("id")! == "A/RES/62/42");
        Assert.Equal("2007-12-05", (string)node.Attribute("start")!);
    }
}
