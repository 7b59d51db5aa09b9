using System.Xml;
using Lineage.Graph;

namespace Lineage.Export.Gexf;

/// <summary>
/// GEXF, Gephi's own format, as a dynamic graph (<c>mode="dynamic"</c>, <c>timeformat="date"</c>) whose nodes start
/// on their adoption date, so Gephi's timeline plays the lineage. Two registrations: <c>gexf</c> writes GEXF 1.3,
/// <c>gexf12</c> the 1.2draft namespace NetworkX 2.8 reads. Attributes are declared once per class and given as
/// <c>&lt;attvalue for=".." value=".."/&gt;</c>; list values are joined by <c>;</c>.
/// </summary>
public sealed class GexfExporter : IGraphExporter
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public GexfExporter(GexfVersion version = GexfVersion.Gexf13)
    {
        Version = version;
    }

    public GexfVersion Version { get; }

    public string Name => Version == GexfVersion.Gexf13 ? "gexf" : "gexf12";

    public string FileExtension => ".gexf";

    private string Namespace => Version == GexfVersion.Gexf13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";

    private string SchemaLocation => Version == GexfVersion.Gexf13 ? "http://gexf.net/1.3/gexf.xsd" : "http://www.gexf.net/1.2draft/gexf.xsd";

    public Task ExportAsync(CitationGraph graph, ExportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sink);
        return XmlText.WriteFile(sink, FileExtension, writer => Write(graph, writer, cancellationToken));
    }

    private void Write(CitationGraph graph, XmlWriter writer, CancellationToken cancellationToken)
    {
        string ns = Namespace;
        writer.WriteStartDocument();
        writer.WriteStartElement("gexf", ns);
        writer.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        writer.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, ns + " " + SchemaLocation);
        writer.WriteAttributeString("version", Version == GexfVersion.Gexf13 ? "1.3" : "1.2");

        writer.WriteStartElement("meta", ns);
        writer.WriteElementString("creator", ns, "Lineage");
        writer.WriteElementString("description", ns, "Citation graph of UN resolutions");
        writer.WriteEndElement();

        writer.WriteStartElement("graph", ns);
        writer.WriteAttributeString("mode", "dynamic");
        writer.WriteAttributeString("defaultedgetype", "directed");
        writer.WriteAttributeString("timeformat", "date");

        WriteAttributes(writer, ns, "node", ExportSchema.NodeProperties);
        WriteAttributes(writer, ns, "edge", [new ExportProperty("type", ExportValueType.Text, "relationship type"), .. ExportSchema.EdgeProperties]);

        writer.WriteStartElement("nodes", ns);
        int count = 0;
        foreach (var node in graph.Nodes)
        {
            if ((++count & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            writer.WriteStartElement("node", ns);
            writer.WriteAttributeString("id", XmlText.Clean(node.Symbol.Canonical));
            writer.WriteAttributeString("label", XmlText.Clean(node.Symbol.Canonical));
            if (ExportSchema.IsoDate(node.Date) is { } start)
            {
                writer.WriteAttributeString("start", start);
            }

            WriteValues(writer, ns, ExportSchema.NodeProperties, ExportSchema.NodeValues(node), first: null);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();

        writer.WriteStartElement("edges", ns);
        var edges = graph.Edges;
        for (int i = 0; i < edges.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var edge = edges[i];
            string type = ExportSchema.RelationshipType(edge);
            writer.WriteStartElement("edge", ns);
            writer.WriteAttributeString("id", ExportSchema.EdgeId(i));
            writer.WriteAttributeString("source", XmlText.Clean(edge.Source.Symbol.Canonical));
            writer.WriteAttributeString("target", XmlText.Clean(edge.Target.Symbol.Canonical));
            if (Version == GexfVersion.Gexf13)
            {
                writer.WriteAttributeString("kind", type);
            }

            writer.WriteAttributeString("label", type);
            WriteValues(writer, ns, ExportSchema.EdgeProperties, ExportSchema.EdgeValues(edge), first: type);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteAttributes(XmlWriter writer, string ns, string forClass, IEnumerable<ExportProperty> properties)
    {
        writer.WriteStartElement("attributes", ns);
        writer.WriteAttributeString("class", forClass);
        writer.WriteAttributeString("mode", "static");
        foreach (var property in properties)
        {
            writer.WriteStartElement("attribute", ns);
            writer.WriteAttributeString("id", property.Name);
            writer.WriteAttributeString("title", property.Name);
            writer.WriteAttributeString("type", property.Type switch
            {
                ExportValueType.WholeNumber => "integer",
                ExportValueType.Boolean => "boolean",
                _ => "string",
            });
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes the attvalues; <paramref name="first"/>, when given, is the value of the extra leading <c>type</c> attribute.</summary>
    private static void WriteValues(XmlWriter writer, string ns, IReadOnlyList<ExportProperty> properties, object?[] values, string? first)
    {
        writer.WriteStartElement("attvalues", ns);
        if (first is not null)
        {
            WriteValue(writer, ns, "type", first);
        }

        for (int k = 0; k < properties.Count; k++)
        {
            if (ExportSchema.Format(values[k]) is { } text)
            {
                WriteValue(writer, ns, properties[k].Name, text);
            }
        }

        writer.WriteEndElement();
    }

    private static void WriteValue(XmlWriter writer, string ns, string forAttribute, string value)
    {
        writer.WriteStartElement("attvalue", ns);
        writer.WriteAttributeString("for", forAttribute);
        writer.WriteAttributeString("value", XmlText.Clean(value));
        writer.WriteEndElement();
    }
}
