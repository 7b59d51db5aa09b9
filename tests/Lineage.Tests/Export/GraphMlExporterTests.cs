using System.Xml.Linq;
using Lineage.Export.GraphMl;
using Lineage.Model;

namespace Lineage.Tests.Export;

public sealed class GraphMlExporterTests
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task Small_graph_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new GraphMlExporter(), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(GraphMlExporterTests), sink.Bytes(".graphml"), "graphml");
    }

    [Fact]
    public async Task Output_is_valid_against_the_GraphML_schema()
    {
        string xmllint = Requires.Tool("xmllint");
        using var files = await ExportedFiles.WriteAsync(new GraphMlExporter(), ExportTestGraphs.Small());
        string file = files.Path;
        string schema = TestPaths.GraphMlSchema;
        var (_, stderr) = Consumers.Run(xmllint, ["--noout", "--nonet", "--schema", schema, file]);
        Assert.Contains("validates", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NetworkX_reads_the_same_nodes_edges_and_properties()
    {
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new GraphMlExporter(), graph);
        string file = files.Path;
        var loaded = Consumers.Python("networkx-graphml", file);
        ExportAssert.SameGraph(graph, loaded, "networkx.read_graphml");
        Assert.True(loaded.Graph.GetProperty("directed").GetBoolean());
        var node = loaded.Nodes.Single(n => n.Attributes["symbol"] == "A/RES/62/42");
        Assert.Equal("A:RES:62:42", node.Id);
        Assert.Equal(":Document:Resolution:GeneralAssembly", node.Attributes["labels"]);
        Assert.Equal("A/RES/62/42", node.Attributes["label"]);
        Assert.Equal("A/RES/62/42", node.Attributes["name"]);
        Assert.All(loaded.Edges, e => Assert.Equal(e.Attributes["relation"].ToUpperInvariant(), e.Attributes["label"]));
    }

    [Fact]
    public async Task Igraph_reads_the_same_nodes_edges_and_properties()
    {
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new GraphMlExporter(), graph);
        string file = files.Path;
        var loaded = Consumers.Python("igraph-graphml", file);
        ExportAssert.SameGraph(graph, loaded, "igraph.Graph.Read_GraphML");
        Assert.True(loaded.Graph.GetProperty("directed").GetBoolean());
    }

    [Fact]
    public async Task Graphology_reads_the_same_nodes_edges_and_properties()
    {
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new GraphMlExporter(), graph);
        var loaded = Consumers.Node("graphology-graphml", files.Path);
        ExportAssert.SameGraph(graph, loaded, "graphology-graphml");
    }

    [Fact]
    public async Task Keys_are_declared_once_for_nodes_or_edges_and_the_relationship_type_comes_first_in_each_edge()
    {
        var sink = await MemorySink.ExportAsync(new GraphMlExporter(), ExportTestGraphs.Small());
        var document = XDocument.Parse(sink.Text(".graphml"));
        var keys = document.Root!.Elements(Ns + "key").ToList();
        Assert.Equal(keys.Count, keys.Select(k => (string)k.Attribute("id")!).Distinct().Count());
        Assert.All(keys, k => Assert.Contains((string)k.Attribute("for")!, new[] { "node", "edge" }));
        Assert.All(keys, k => Assert.Contains((string)k.Attribute("attr.type")!, new[] { "boolean", "int", "long", "float", "double", "string" }));
        Assert.Equal("node", (string)keys.Single(k => (string)k.Attribute("id")! == "labels").Attribute("for")!);
        Assert.Equal("edge", (string)keys.Single(k => (string)k.Attribute("id")! == "label").Attribute("for")!);
        Assert.Contains(keys, k => (string)k.Attribute("for")! == "node" && (string)k.Attribute("attr.name")! == "label");
        Assert.Contains(keys, k => (string)k.Attribute("for")! == "node" && (string)k.Attribute("attr.name")! == "name");

        var graph = document.Root.Element(Ns + "graph")!;
        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        Assert.Equal("nodesfirst", (string)graph.Attribute("parse.order")!);
        var children = graph.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(children.Count(c => c == "node"), children.TakeWhile(c => c == "node").Count());
        foreach (var edge in graph.Elements(Ns + "edge"))
        {
            var first = edge.Elements().First();
            Assert.Equal("label", (string)first.Attribute("key")!);
            Assert.Matches("^[A-Z_]+$", first.Value);
            Assert.Null(edge.Attribute("label"));
        }

        Assert.All(graph.Elements(Ns + "node"), n => Assert.Null(n.Attribute("labels")));
    }

    [Fact]
    public async Task Text_is_UTF8_without_BOM_and_keeps_non_ASCII_and_escapes_markup_characters()
    {
        var sink = await MemorySink.ExportAsync(new GraphMlExporter(), ExportTestGraphs.Small());
        byte[] bytes = sink.Bytes(".graphml");
        Assert.NotEqual(0xEF, bytes[0]);
        string text = sink.Text(".graphml");
        Assert.Contains(">核裁军<", text, StringComparison.Ordinal);
        Assert.Contains("Jérusalem", text, StringComparison.Ordinal);
        Assert.Contains("Treaty &amp; &lt;annex&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A/RES/62/42", "A:RES:62:42")]
    [InlineData("A/RES/49/75E", "A:RES:49:75E")]
    [InlineData("S/RES/1540(2004)", "S:RES:1540_2004")]
    [InlineData("A/RES/181A(II)", "A:RES:181A_II")]
    [InlineData("A/RES/ES-10/2", "A:RES:ES-10:2")]
    [InlineData("NPT/CONF.2000/28", "NPT:CONF.2000:28")]
    public void Node_ids_are_XML_name_tokens_derived_from_the_symbol(string symbol, string id)
    {
        Assert.Equal(id, GraphMlExporter.NodeId(DocumentSymbol.Parse(symbol)));
        Assert.Equal(id, System.Xml.XmlConvert.VerifyNMTOKEN(id));
    }

    [Fact]
    public async Task Control_characters_in_a_title_do_not_break_the_file()
    {
        var graph = new Lineage.Graph.CitationGraphBuilder()
            .AddNode(DocumentSymbol.GeneralAssemblyResolution(60, 1), new DateOnly(2005, 9, 16), "2005 World\u0001 Summit\uFFFE Outcome", Language.English)
            .Build();
        var sink = await MemorySink.ExportAsync(new GraphMlExporter(), graph);
        var document = XDocument.Parse(sink.Text(".graphml"));
        string title = document.Descendants(Ns + "data").Single(d => (string)d.Attribute("key")! == "title").Value;
        Assert.Equal("2005 World\uFFFD Summit\uFFFD Outcome", title);
    }
}
