using Lineage.Export;

namespace Lineage.Tests.Export;

/// <summary>An export sink that keeps each file's bytes in memory, by suffix.</summary>
internal sealed class MemorySink : ExportSink
{
    private readonly Dictionary<string, MemoryStream> _files = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Suffixes => _files.Keys;

    public override Stream Create(string suffix)
    {
        var stream = new MemoryStream();
        _files.Add(suffix, stream);
        return stream;
    }

    public byte[] Bytes(string suffix) => _files[suffix].ToArray();

    public string Text(string suffix) => System.Text.Encoding.UTF8.GetString(Bytes(suffix));

    public static async Task<MemorySink> ExportAsync(IGraphExporter exporter, Lineage.Graph.CitationGraph graph)
    {
        var sink = new MemorySink();
        await exporter.ExportAsync(graph, sink, TestContext.Current.CancellationToken);
        return sink;
    }
}
