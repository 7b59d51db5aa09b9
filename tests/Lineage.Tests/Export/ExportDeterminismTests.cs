using Lineage.Export;

namespace Lineage.Tests.Export;

public sealed class ExportDeterminismTests
{
    public static TheoryData<string> Formats() => [.. ExporterCatalog.Default.Names];

    [Fact]
    public void The_catalog_holds_every_file_format()
    {
        Assert.Equal(["csv", "cytoscape", "dot", "gexf", "gexf12", "graphml", "neo4j-admin"], ExporterCatalog.Default.Names);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Exporting_the_same_graph_twice_gives_the_same_bytes(string format)
    {
        var exporter = ExporterCatalog.Default.Get(format);
        var first = await MemorySink.ExportAsync(exporter, ExportTestGraphs.Small());
        var second = await MemorySink.ExportAsync(exporter, ExportTestGraphs.Small());
        Assert.Equal(first.Suffixes.Order(StringComparer.Ordinal), second.Suffixes.Order(StringComparer.Ordinal));
        foreach (string suffix in first.Suffixes)
        {
            Assert.True(first.Bytes(suffix).AsSpan().SequenceEqual(second.Bytes(suffix)), $"{format}: {suffix} differs between two exports");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Output_is_UTF8_without_BOM_with_LF_line_ends(string format)
    {
        var sink = await MemorySink.ExportAsync(ExporterCatalog.Default.Get(format), ExportTestGraphs.Small());
        foreach (string suffix in sink.Suffixes)
        {
            byte[] bytes = sink.Bytes(suffix);
            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), $"{format}: {suffix} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
            _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
    }
}
