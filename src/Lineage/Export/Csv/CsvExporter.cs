using Lineage.Graph;

namespace Lineage.Export.Csv;

/// <summary>
/// Plain node and edge lists (<c>csv</c>) for spreadsheets, pandas and R: <c>&lt;base&gt;.nodes.csv</c> (symbol first,
/// then every node property) and <c>&lt;base&gt;.edges.csv</c> (id, source, target, type, then every edge property);
/// lists joined by <c>;</c>, booleans <c>true</c>/<c>false</c>, unknown values empty.
/// </summary>
public sealed class CsvExporter : IGraphExporter
{
    /// <summary>Suffix of the node list.</summary>
    public const string NodesSuffix = ".nodes.csv";

    /// <summary>Suffix of the edge list.</summary>
    public const string EdgesSuffix = ".edges.csv";

    public string Name => "csv";

    public string FileExtension => ".csv";

    public async Task ExportAsync(CitationGraph graph, ExportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sink);
        string[] nodeHeader = [.. ExportSchema.NodeProperties.Select(p => p.Name)];
        await CsvTable.WriteNodesAsync(sink.Create(NodesSuffix), graph, nodeHeader, _ => [], cancellationToken).ConfigureAwait(false);

        string[] edgeHeader = ["id", "source", "target", "type", .. ExportSchema.EdgeProperties.Select(p => p.Name)];
        await CsvTable.WriteEdgesAsync(
            sink.Create(EdgesSuffix),
            graph,
            edgeHeader,
            (edge, index) => [ExportSchema.EdgeId(index), edge.Source.Symbol.Canonical, edge.Target.Symbol.Canonical, ExportSchema.RelationshipType(edge)],
            cancellationToken).ConfigureAwait(false);
    }
}
