using System.Xml.Linq;
using Lineage.Export.Dot;

namespace Lineage.Tests.Export;

public sealed class DotExporterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    [Fact]
    public async Task Small_graph_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new DotExporter(), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(DotExporterTests), sink.Bytes(".gv"), "gv");
    }

    [Fact]
    public async Task Graphviz_renders_every_node_and_edge_and_keeps_the_titles_intact()
    {
        string dot = Requires.Tool("dot");
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new DotExporter(), graph);
        var (svg, stderr) = Consumers.Run(dot, ["-Tsvg", files.Path]);
        Assert.Equal(string.Empty, stderr.Trim());
        var document = XDocument.Parse(svg);
        var groups = document.Descendants(Svg + "g").ToList();
        Assert.Equal(graph.NodeCount, groups.Count(g => (string?)g.Attribute("class") == "node"));
        Assert.Equal(graph.EdgeCount, groups.Count(g => (string?)g.Attribute("class") == "edge"));

        var tooltips = document.Descendants(Svg + "a").Select(a => (string?)a.Attribute(XLink + "title")).ToHashSet();
        foreach (var node in graph.Nodes.Where(n => n.Title is not null))
        {
            Assert.Contains(node.Title, tooltips);
        }

        var texts = document.Descendants(Svg + "text").Select(t => t.Value).ToHashSet();
        Assert.All(graph.Nodes, n => Assert.Contains(n.Symbol.Canonical, texts));
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("two\r\nlines", "\"two\\nlines\"")]
    [InlineData("核裁军 & <Jérusalem>", "\"核裁军 & <Jérusalem>\"")]
    public void Quote_escapes_what_DOT_needs(string text, string quoted) => Assert.Equal(quoted, DotExporter.Quote(text));
}
