using System.Text;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Export.Dot;

/// <summary>
/// Graphviz DOT (<c>dot</c>, <c>.gv</c>): a <c>digraph</c> whose node ids are the quoted symbols, every property an
/// attribute (Graphviz keeps attributes it does not know), edges labelled with their relation; inferred edges dashed,
/// part-of edges dotted. Every id and value is quoted, with <c>\</c>, <c>"</c> and line breaks escaped, so any title
/// renders (<c>dot -Tsvg</c>). UTF-8, <c>\n</c>.
/// </summary>
public sealed class DotExporter : IGraphExporter
{
    public string Name => "dot";

    public string FileExtension => ".gv";

    public async Task ExportAsync(CitationGraph graph, ExportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sink);
        var writer = new StreamWriter(sink.Create(FileExtension), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16)
        {
            NewLine = "\n",
        };
        await using (writer.ConfigureAwait(false))
        {
            Write(graph, writer, cancellationToken);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A DOT quoted string: <c>"</c> and <c>\</c> escaped, line breaks as <c>\n</c>, other control characters as spaces.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder(text.Length + 2);
        quoted.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\r':
                    quoted.Append("\\n");
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                default:
                    quoted.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    private static void Write(CitationGraph graph, StreamWriter writer, CancellationToken cancellationToken)
    {
        writer.WriteLine("digraph \"lineage\" {");
        writer.WriteLine("  graph [rankdir=\"BT\"];");
        writer.WriteLine("  node [shape=\"box\"];");
        int count = 0;
        foreach (var node in graph.Nodes)
        {
            if ((++count & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            string symbol = Quote(node.Symbol.Canonical);
            writer.Write("  ");
            writer.Write(symbol);
            writer.Write(" [label=");
            writer.Write(symbol);
            writer.Write(", labels=");
            writer.Write(Quote(":" + string.Join(':', ExportSchema.Labels(node))));
            if (node.Title is { Length: > 0 } title)
            {
                writer.Write(", tooltip=");
                writer.Write(Quote(title));
            }

            WriteValues(writer, ExportSchema.NodeProperties, ExportSchema.NodeValues(node));
            writer.WriteLine("];");
        }

        var edges = graph.Edges;
        for (int i = 0; i < edges.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var edge = edges[i];
            writer.Write("  ");
            writer.Write(Quote(edge.Source.Symbol.Canonical));
            writer.Write(" -> ");
            writer.Write(Quote(edge.Target.Symbol.Canonical));
            writer.Write(" [id=");
            writer.Write(Quote(ExportSchema.EdgeId(i)));
            writer.Write(", label=");
            writer.Write(Quote(edge.Relation.ToToken()));
            writer.Write(", type=");
            writer.Write(Quote(ExportSchema.RelationshipType(edge)));
            if (edge.Inferred || edge.Relation == Relation.PartOf)
            {
                writer.Write(edge.Inferred ? ", style=\"dashed\"" : ", style=\"dotted\"");
            }

            WriteValues(writer, ExportSchema.EdgeProperties, ExportSchema.EdgeValues(edge));
            writer.WriteLine("];");
        }

        writer.WriteLine("}");
    }

    private static void WriteValues(StreamWriter writer, IReadOnlyList<ExportProperty> properties, object?[] values)
    {
        for (int k = 0; k < properties.Count; k++)
        {
            if (ExportSchema.Format(values[k]) is { } text)
            {
                writer.Write(", ");
                writer.Write(properties[k].Name);
                writer.Write('=');
                writer.Write(Quote(text));
            }
        }
    }
}
