using System.Globalization;
using System.Text;
using System.Xml;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Export.GraphMl;

/// <summary>
/// GraphML (<c>graphml</c>) in the profile every consumer reads (<c>../shared/GRAPH-FORMATS.md</c>): each key declared
/// once with a unique id, <c>for="node"</c> or <c>for="edge"</c> and a standard type; nodes first, directed; node labels
/// in the <c>labels</c> key (<c>:Document:Resolution:GeneralAssembly</c>) and the relationship type (<c>RECALLS</c>) in
/// the edge's first <c>&lt;data key="label"&gt;</c>, as APOC's <c>apoc.import.graphml</c> wants; node keys named
/// <c>label</c> (Gephi) and <c>name</c> (Cytoscape) holding the symbol. Valid against the GraphML 1.0 schema.
/// </summary>
public sealed class GraphMlExporter : IGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public string Name => "graphml";

    public string FileExtension => ".graphml";

    public Task ExportAsync(CitationGraph graph, ExportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sink);
        return XmlText.WriteFile(sink, FileExtension, writer => Write(graph, writer, cancellationToken));
    }

    /// <summary>
    /// The GraphML node id of a symbol. Ids must be XML name tokens, which have no <c>/</c> or parentheses, so
    /// <c>/</c> becomes <c>:</c> and <c>(X)</c> becomes <c>_X</c>: <c>A/RES/62/42</c> → <c>A:RES:62:42</c>,
    /// <c>S/RES/1540(2004)</c> → <c>S:RES:1540_2004</c>. The symbol itself is in the <c>symbol</c> key.
    /// </summary>
    public static string NodeId(DocumentSymbol symbol)
    {
        string canonical = symbol.Canonical ?? throw new ArgumentException("An empty symbol has no node id.", nameof(symbol));
        var id = new StringBuilder(canonical.Length);
        foreach (char c in canonical)
        {
            switch (c)
            {
                case '/':
                    id.Append(':');
                    break;
                case '(':
                    id.Append('_');
                    break;
                case ')':
                    break;
                default:
                    if (XmlConvert.IsNCNameChar(c))
                    {
                        id.Append(c);
                    }
                    else
                    {
                        id.Append('_').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return id.ToString();
    }

    private static void Write(CitationGraph graph, XmlWriter writer, CancellationToken cancellationToken)
    {
        var nodeKeys = ExportSchema.NodeProperties.Select(p => (Id: p.Name, p.Name, p.Type)).ToList();
        var nodeNames = nodeKeys.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
        var edgeKeys = ExportSchema.EdgeProperties
            .Select(p => (Id: nodeNames.Contains(p.Name) ? "edge_" + p.Name : p.Name, p.Name, p.Type))
            .ToList();

        writer.WriteStartDocument();
        writer.WriteStartElement("graphml", Namespace);
        writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        writer.WriteAttributeString("xsi", "schemaLocation", null, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

        // Node keys: APOC's labels, Gephi's label, Cytoscape's name, then the shared properties.
        WriteKey(writer, "labels", "node", "labels", "string");
        WriteKey(writer, "node_label", "node", "label", "string");
        WriteKey(writer, "name", "node", "name", "string");
        foreach (var key in nodeKeys)
        {
            WriteKey(writer, key.Id, "node", key.Name, TypeName(key.Type));
        }

        // Edge keys: APOC's relationship type first, then the shared properties.
        WriteKey(writer, "label", "edge", "label", "string");
        foreach (var key in edgeKeys)
        {
            WriteKey(writer, key.Id, "edge", key.Name, TypeName(key.Type));
        }

        writer.WriteStartElement("graph", Namespace);
        writer.WriteAttributeString("id", "lineage");
        writer.WriteAttributeString("edgedefault", "directed");
        writer.WriteAttributeString("parse.order", "nodesfirst");
        writer.WriteAttributeString("parse.nodeids", "free");
        writer.WriteAttributeString("parse.edgeids", "free");
        writer.WriteAttributeString("parse.nodes", graph.NodeCount.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("parse.edges", graph.EdgeCount.ToString(CultureInfo.InvariantCulture));

        int count = 0;
        foreach (var node in graph.Nodes)
        {
            if ((++count & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            string symbol = node.Symbol.Canonical;
            writer.WriteStartElement("node", Namespace);
            writer.WriteAttributeString("id", NodeId(node.Symbol));
            WriteData(writer, "labels", ":" + string.Join(':', ExportSchema.Labels(node)));
            WriteData(writer, "node_label", symbol);
            WriteData(writer, "name", symbol);
            WriteValues(writer, nodeKeys, ExportSchema.NodeValues(node));
            writer.WriteEndElement();
        }

        var edges = graph.Edges;
        for (int i = 0; i < edges.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var edge = edges[i];
            writer.WriteStartElement("edge", Namespace);
            writer.WriteAttributeString("id", ExportSchema.EdgeId(i));
            writer.WriteAttributeString("source", NodeId(edge.Source.Symbol));
            writer.WriteAttributeString("target", NodeId(edge.Target.Symbol));
            WriteData(writer, "label", ExportSchema.RelationshipType(edge));
            WriteValues(writer, edgeKeys, ExportSchema.EdgeValues(edge));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteKey(XmlWriter writer, string id, string forWhat, string name, string type)
    {
        writer.WriteStartElement("key", Namespace);
        writer.WriteAttributeString("id", id);
        writer.WriteAttributeString("for", forWhat);
        writer.WriteAttributeString("attr.name", name);
        writer.WriteAttributeString("attr.type", type);
        writer.WriteEndElement();
    }

    private static void WriteValues(XmlWriter writer, List<(string Id, string Name, ExportValueType Type)> keys, object?[] values)
    {
        for (int k = 0; k < keys.Count; k++)
        {
            if (ExportSchema.Format(values[k]) is { } text)
            {
                WriteData(writer, keys[k].Id, text);
            }
        }
    }

    private static void WriteData(XmlWriter writer, string key, string value)
    {
        writer.WriteStartElement("data", Namespace);
        writer.WriteAttributeString("key", key);
        writer.WriteString(XmlText.Clean(value));
        writer.WriteEndElement();
    }

    private static string TypeName(ExportValueType type) => type switch
    {
        ExportValueType.WholeNumber => "int",
        ExportValueType.Boolean => "boolean",
        _ => "string",
    };
}
