using CsvHelper;
using Lineage.Export;
using Lineage.Export.Csv;

namespace Lineage.Tests.Export;

public sealed class CsvExporterTests
{
    [Fact]
    public async Task Small_graph_node_list_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new CsvExporter(), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(CsvExporterTests), sink.Bytes(CsvExporter.NodesSuffix), "nodes.csv");
    }

    [Fact]
    public async Task Small_graph_edge_list_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new CsvExporter(), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(CsvExporterTests), sink.Bytes(CsvExporter.EdgesSuffix), "edges.csv");
    }

    [Fact]
    public async Task Both_files_are_written_beside_each_other_from_the_base_name()
    {
        using var files = await ExportedFiles.WriteAsync(new CsvExporter(), ExportTestGraphs.Small(), "lineage");
        Assert.Equal(["lineage.edges.csv", "lineage.nodes.csv"], files.Paths.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CsvHelper_reads_back_every_node_and_edge_property()
    {
        var graph = ExportTestGraphs.Small();
        var sink = await MemorySink.ExportAsync(new CsvExporter(), graph);

        using var nodes = CsvReader.Create(sink.Bytes(CsvExporter.NodesSuffix));
        var rows = new List<Dictionary<string, string?>>();
        foreach (var row in nodes)
        {
            rows.Add(row.ToDictionary());
        }

        Assert.Equal(graph.NodeCount, rows.Count);
        for (int i = 0; i < graph.NodeCount; i++)
        {
            object?[] values = ExportSchema.NodeValues(graph.Nodes[i]);
            for (int k = 0; k < values.Length; k++)
            {
                Assert.Equal(ExportSchema.Format(values[k]) ?? string.Empty, rows[i][ExportSchema.NodeProperties[k].Name] ?? string.Empty);
            }
        }

        using var edges = CsvReader.Create(sink.Bytes(CsvExporter.EdgesSuffix));
        int index = 0;
        foreach (var row in edges)
        {
            var edge = graph.Edges[index];
            var fields = row.ToDictionary();
            Assert.Equal(ExportSchema.EdgeId(index), fields["id"]);
            Assert.Equal(edge.Source.Symbol.Canonical, fields["source"]);
            Assert.Equal(edge.Target.Symbol.Canonical, fields["target"]);
            Assert.Equal(ExportSchema.RelationshipType(edge), fields["type"]);
            object?[] values = ExportSchema.EdgeValues(edge);
            for (int k = 0; k < values.Length; k++)
            {
                Assert.Equal(ExportSchema.Format(values[k]) ?? string.Empty, fields[ExportSchema.EdgeProperties[k].Name] ?? string.Empty);
            }

            index++;
        }

        Assert.Equal(graph.EdgeCount, index);
    }

    [Fact]
    public async Task NetworkX_builds_the_same_graph_from_the_two_lists()
    {
        var graph = ExportTestGraphs.Small();
        using var files = await ExportedFiles.WriteAsync(new CsvExporter(), graph);
        var loaded = Consumers.Python("networkx-csv", files[CsvExporter.NodesSuffix], files[CsvExporter.EdgesSuffix]);
        ExportAssert.SameGraph(graph, loaded, "networkx (csv.DictReader → MultiDiGraph)");
    }

    [Fact]
    public async Task Fields_with_commas_quotes_and_line_breaks_are_quoted_per_RFC_4180()
    {
        var graph = new Lineage.Graph.CitationGraphBuilder()
            .AddNode(Lineage.Model.DocumentSymbol.GeneralAssemblyResolution(1, 1), null, "Establishment of a Commission to deal with the problems raised by the discovery of atomic energy, \"the\nCommission\"", Lineage.Model.Language.English)
            .Build();
        var sink = await MemorySink.ExportAsync(new CsvExporter(), graph);
        Assert.Contains(",\"Establishment of a Commission to deal with the problems raised by the discovery of atomic energy, \"\"the\nCommission\"\"\",", sink.Text(CsvExporter.NodesSuffix), StringComparison.Ordinal);
        using var reader = CsvReader.Create(sink.Bytes(CsvExporter.NodesSuffix));
        foreach (var row in reader)
        {
            Assert.Equal(graph.Nodes[0].Title, row.ToDictionary()["title"]);
        }
    }
}
