using System.Text.Encodings.Web;
using System.Text.Json;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Export.Cytoscape;

/// <summary>
/// Cytoscape.js JSON (<c>cytoscape</c>, <c>.cyjs</c>): <c>{"elements":{"nodes":[{"data":{"id":..}}],"edges":[{"data":
/// {"id","source","target",..}}]}}</c>, which <c>cytoscape({elements})</c> and Cytoscape desktop load. Node ids are the
/// symbols; edges carry the relationship type in <c>type</c> and the relation in <c>interaction</c> (Cytoscape
/// desktop's edge-type column); lists are JSON arrays. Non-ASCII text is written as is.
/// </summary>
public sealed class CytoscapeJsonExporter : IGraphExporter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public string Name => "cytoscape";

    public string FileExtension => ".cyjs";

    public async Task ExportAsync(CitationGraph graph, ExportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sink);
        var stream = sink.Create(FileExtension);
        await using (stream.ConfigureAwait(false))
        {
            var writer = new Utf8JsonWriter(stream, WriterOptions);
            await using (writer.ConfigureAwait(false))
            {
                await WriteAsync(graph, writer, cancellationToken).ConfigureAwait(false);
            }

            await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteAsync(CitationGraph graph, Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        writer.WriteStartObject();
        writer.WriteString("format_version", "1.0");
        writer.WriteString("generated_by", "lineage");
        writer.WriteString("target_cytoscapejs_version", "~3.0");
        writer.WriteStartObject("data");
        writer.WriteString("name", "lineage");
        writer.WriteEndObject();
        writer.WriteStartObject("elements");

        writer.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteString("id", node.Symbol.Canonical);
            writer.WriteString("name", node.Symbol.Canonical);
            writer.WriteStartArray("labels");
            foreach (string label in ExportSchema.Labels(node))
            {
                writer.WriteStringValue(label);
            }

            writer.WriteEndArray();
            WriteValues(writer, ExportSchema.NodeProperties, ExportSchema.NodeValues(node));
            writer.WriteEndObject();
            writer.WriteEndObject();
            await FlushIfFullAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("edges");
        var edges = graph.Edges;
        for (int i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            object?[] values = ExportSchema.EdgeValues(edge);
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            writer.WriteString("id", ExportSchema.EdgeId(i));
            writer.WriteString("source", edge.Source.Symbol.Canonical);
            writer.WriteString("target", edge.Target.Symbol.Canonical);
            writer.WriteString("type", ExportSchema.RelationshipType(edge));
            writer.WriteString("interaction", edge.Relation.ToToken());
            WriteValues(writer, ExportSchema.EdgeProperties, values);
            writer.WriteEndObject();
            writer.WriteEndObject();
            await FlushIfFullAsync(writer, cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteValues(Utf8JsonWriter writer, IReadOnlyList<ExportProperty> properties, object?[] values)
    {
        for (int k = 0; k < properties.Count; k++)
        {
            string name = properties[k].Name;
            switch (values[k])
            {
                case null:
                    break;
                case string s:
                    writer.WriteString(name, s);
                    break;
                case int n:
                    writer.WriteNumber(name, n);
                    break;
                case bool b:
                    writer.WriteBoolean(name, b);
                    break;
                case string[] list:
                    writer.WriteStartArray(name);
                    foreach (string item in list)
                    {
                        writer.WriteStringValue(item);
                    }

                    writer.WriteEndArray();
                    break;
            }
        }
    }

    private static async ValueTask FlushIfFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending > 1 << 16)
        {
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
