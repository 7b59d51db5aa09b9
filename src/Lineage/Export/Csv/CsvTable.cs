using CsvHelper;
using Lineage.Graph;

namespace Lineage.Export.Csv;

/// <summary>
/// Writes the node and edge tables shared by <see cref="CsvExporter"/> and <see cref="Neo4jAdminCsvExporter"/>: a header
/// row, then one row per node or edge in graph order, RFC 4180 quoting by CsvHelper, UTF-8 without BOM, <c>\n</c>.
/// The columns come from <see cref="ExportSchema"/>, so both flavours carry the same properties; only the header
/// names (typed for neo4j-admin) and the leading columns differ (neo4j-admin's <c>symbol:ID</c> column replaces the
/// first value, the symbol, so <c>skipValues</c> is 1 there).
/// </summary>
internal static class CsvTable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { NewLine = "\n", WriteByteOrderMark = false };

    public static async Task WriteNodesAsync(
        Stream stream, CitationGraph graph, string[] header, Func<DocumentNode, IEnumerable<string?>> leading, CancellationToken cancellationToken, int skipValues = 0)
    {
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: false);
        csv.WriteHeader(header);
        int count = 0;
        foreach (var node in graph.Nodes)
        {
            foreach (string? field in leading(node))
            {
                csv.WriteField(field);
            }

            WriteValues(csv, ExportSchema.NodeValues(node), skipValues);
            await EndRecordAsync(csv, ++count, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task WriteEdgesAsync(
        Stream stream, CitationGraph graph, string[] header, Func<CitationEdge, int, IEnumerable<string?>> leading, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: false);
        csv.WriteHeader(header);
        var edges = graph.Edges;
        for (int i = 0; i < edges.Count; i++)
        {
            foreach (string? field in leading(edges[i], i))
            {
                csv.WriteField(field);
            }

            WriteValues(csv, ExportSchema.EdgeValues(edges[i]), 0);
            await EndRecordAsync(csv, i + 1, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteValues(CsvWriter csv, object?[] values, int skip)
    {
        for (int i = skip; i < values.Length; i++)
        {
            csv.WriteField(ExportSchema.Format(values[i]));
        }
    }

    private static async ValueTask EndRecordAsync(CsvWriter csv, int count, CancellationToken cancellationToken)
    {
        if ((count & 0x3FFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }
}
