using CsvHelper;
using Lineage.Export;
using Lineage.Export.Csv;

namespace Lineage.Tests.Export;

public sealed class Neo4jAdminCsvExporterTests
{
    [Fact]
    public async Task Small_graph_node_file_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new Neo4jAdminCsvExporter(), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(Neo4jAdminCsvExporterTests), sink.Bytes(Neo4jAdminCsvExporter.NodesSuffix), "nodes.csv");
    }

    [Fact]
    public async Task Small_graph_relationship_file_matches_the_golden_file()
    {
        var sink = await MemorySink.ExportAsync(new Neo4jAdminCsvExporter(), ExportTestGraphs.Small());
        GoldenFile.Verify(nameof(Neo4jAdminCsvExporterTests), sink.Bytes(Neo4jAdminCsvExporter.RelationshipsSuffix), "relationships.csv");
    }

    [Fact]
    public async Task Headers_are_typed_for_neo4j_admin()
    {
        var sink = await MemorySink.ExportAsync(new Neo4jAdminCsvExporter(), ExportTestGraphs.Small());
        Assert.Equal(
            "symbol:ID(Document),:LABEL,kind,organ,session:int,number:int,part,year:int,title,date,languages:string[],in_corpus:boolean,subjects:string[]",
            sink.Text(Neo4jAdminCsvExporter.NodesSuffix).Split('\n')[0]);
        Assert.Equal(
            ":START_ID(Document),:END_ID(Document),:TYPE,relation,verb,site,date_given,method,inferred:boolean,inferred_from,mention_count:int,languages:string[]",
            sink.Text(Neo4jAdminCsvExporter.RelationshipsSuffix).Split('\n')[0]);
    }

    [Fact]
    public async Task Labels_and_arrays_use_the_array_delimiter_not_the_field_delimiter()
    {
        var sink = await MemorySink.ExportAsync(new Neo4jAdminCsvExporter(), ExportTestGraphs.Small());
        using var reader = CsvReader.Create(sink.Bytes(Neo4jAdminCsvExporter.NodesSuffix));
        foreach (var record in reader)
        {
            var row = record.ToDictionary();
            if (row["symbol:ID(Document)"] == "A/RES/62/42")
            {
                Assert.Equal("Document;Resolution;GeneralAssembly", row[":LABEL"]);
                Assert.Equal("en;zh", row["languages:string[]"]);
                Assert.Equal("true", row["in_corpus:boolean"]);
                return;
            }
        }

        Assert.Fail("A/RES/62/42 is not in the node file");
    }

    [Fact]
    public async Task Every_relationship_names_nodes_of_the_node_file()
    {
        var graph = ExportTestGraphs.Small();
        var sink = await MemorySink.ExportAsync(new Neo4jAdminCsvExporter(), graph);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using (var nodes = CsvReader.Create(sink.Bytes(Neo4jAdminCsvExporter.NodesSuffix)))
        {
            foreach (var row in nodes)
            {
                ids.Add(row.ToArray()[0]);
            }
        }

        int count = 0;
        using var relationships = CsvReader.Create(sink.Bytes(Neo4jAdminCsvExporter.RelationshipsSuffix));
        foreach (var row in relationships)
        {
            string[] fields = row.ToArray();
            Assert.Contains(fields[0], ids);
            Assert.Contains(fields[1], ids);
            Assert.Matches("^[A-Z_]+$", fields[2]);
            count++;
        }

        Assert.Equal(graph.NodeCount, ids.Count);
        Assert.Equal(graph.EdgeCount, count);
    }

    [Fact]
    public async Task The_import_command_names_the_files_written()
    {
        using var files = await ExportedFiles.WriteAsync(new Neo4jAdminCsvExporter(), ExportTestGraphs.Small(), "un");
        Assert.Equal(
            ["un.neo4j-admin.txt", "un.neo4j-nodes.csv", "un.neo4j-relationships.csv"],
            files.Paths.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        string text = await File.ReadAllTextAsync(files[Neo4jAdminCsvExporter.CommandSuffix], TestContext.Current.CancellationToken);
        Assert.Contains(
            "neo4j-admin database import full --nodes=un.neo4j-nodes.csv --relationships=un.neo4j-relationships.csv --delimiter=',' --array-delimiter=';'",
            text,
            StringComparison.Ordinal);
        Assert.Equal(Neo4jAdminCsvExporter.ImportCommand("un"), text.Split('\n')[1]);
    }
}
