using System.Text.Json;
using Lineage.Export.Cytoscape;

namespace Lineage.Tests.Export;

public sealed class CytoscapeJsonExporterTests
{
    [Fact]
    public async Task Small_graph_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new CytoscapeJsonExporter(), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(CytoscapeJsonExporterTests), sink.Bytes(".cyjs"), "cyjs");
    }

    [Fact]
    public async Task Headless_Cytoscape_loads_every_element_with_its_properties()
    {
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new CytoscapeJsonExporter(), graph);
        var loaded = Consumers.Node("cytoscape", files.Path);
        ExportAssert.SameGraph(graph, loaded, "cytoscape.js");
        Assert.Equal(graph.NodeCount + graph.EdgeCount, loaded.Graph.GetProperty("elements").GetInt32());
        var node = loaded.Nodes.Single(n => n.Id == "A/RES/62/42");
        Assert.Equal("Document;Resolution;GeneralAssembly", node.Attributes["labels"]);
    }

    [Fact]
    public async Task Lists_are_JSON_arrays_and_non_ASCII_is_written_as_is()
    {
        var sink = await MemorySink.ExportAsync(new CytoscapeJsonExporter(), ExportTestGraphs.Small());
        string text = sink.Text(".cyjs");
        Assert.Contains("\"核裁军\"", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var node = json.RootElement.GetProperty("elements").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("data").GetProperty("id").GetString() == "A/RES/62/42");
        Assert.Equal(["en", "zh"], node.GetProperty("data").GetProperty("languages").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.True, node.GetProperty("data").GetProperty("in_corpus").ValueKind);
        Assert.Equal(62, node.GetProperty("data").GetProperty("session").GetInt32());
    }
}
