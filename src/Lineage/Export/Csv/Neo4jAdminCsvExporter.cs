using System.Text;
using Lineage.Graph;

namespace Lineage.Export.Csv;

/// <summary>
/// CSV for <c>neo4j-admin database import full</c> (<c>neo4j-admin</c>): typed headers (<c>symbol:ID(Document)</c>,
/// <c>:LABEL</c>, <c>year:int</c>, <c>languages:string[]</c>; <c>:START_ID(Document)</c>, <c>:END_ID(Document)</c>,
/// <c>:TYPE</c>), arrays delimited by <c>;</c> while fields are delimited by <c>,</c>. Writes
/// <c>&lt;base&gt;.neo4j-nodes.csv</c>, <c>&lt;base&gt;.neo4j-relationships.csv</c> and <c>&lt;base&gt;.neo4j-admin.txt</c>
/// with the import command line (<see cref="ImportCommand"/>).
/// </summary>
public sealed class Neo4jAdminCsvExporter : IGraphExporter
{
    /// <summary>Suffix of the node file.</summary>
    public const string NodesSuffix = ".neo4j-nodes.csv";

    /// <summary>Suffix of the relationship file.</summary>
    public const string RelationshipsSuffix = ".neo4j-relationships.csv";

    /// <summary>Suffix of the text file holding the import command.</summary>
    public const string CommandSuffix = ".neo4j-admin.txt";

    private const string IdSpace = "Document";

    public string Name => "neo4j-admin";

    public string FileExtension => ".csv";

    /// <summary>Typed header of the node file.</summary>
    public static IReadOnlyList<string> NodeHeader => NodeColumns;

    /// <summary>Typed header of the relationship file.</summary>
    public static IReadOnlyList<string> RelationshipHeader => RelationshipColumns;

    private static string[] NodeColumns { get; } =
        [$"{ExportSchema.NodeProperties[0].Name}:ID({IdSpace})", ":LABEL", .. ExportSchema.NodeProperties.Skip(1).Select(p => p.Name + TypeSuffix(p.Type))];

    private static string[] RelationshipColumns { get; } =
        [$":START_ID({IdSpace})", $":END_ID({IdSpace})", ":TYPE", .. ExportSchema.EdgeProperties.Select(p => p.Name + TypeSuffix(p.Type))];

    /// <summary>
    /// The command that imports the files named from <paramref name="baseName"/> into database <paramref name="database"/>
    /// (Neo4j 5 and later; stop the database first), run from the folder holding them.
    /// </summary>
    public static string ImportCommand(string baseName, string database = "neo4j") =>
        $"neo4j-admin database import full --nodes={baseName}{NodesSuffix} --relationships={baseName}{RelationshipsSuffix} " +
        $"--delimiter=',' --array-delimiter='{ExportSchema.ListSeparator}' --multiline-fields=true --overwrite-destination {database}";

    public async Task ExportAsync(CitationGraph graph, ExportSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sink);
        await CsvTable.WriteNodesAsync(
            sink.Create(NodesSuffix),
            graph,
            NodeColumns,
            node => [node.Symbol.Canonical, string.Join(ExportSchema.ListSeparator, ExportSchema.Labels(node))],
            cancellationToken,
            skipValues: 1).ConfigureAwait(false);

        await CsvTable.WriteEdgesAsync(
            sink.Create(RelationshipsSuffix),
            graph,
            RelationshipColumns,
            (edge, _) => [edge.Source.Symbol.Canonical, edge.Target.Symbol.Canonical, ExportSchema.RelationshipType(edge)],
            cancellationToken).ConfigureAwait(false);

        var text = new StreamWriter(sink.Create(CommandSuffix), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        await using (text.ConfigureAwait(false))
        {
            await text.WriteAsync(Instructions(sink.BaseName).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Instructions(string baseName) =>
        $"""
        # Import into Neo4j 5 or later with neo4j-admin (the database must be stopped; run from this folder):
        {ImportCommand(baseName)}
        # Neo4j 4.x:
        neo4j-admin import --database=neo4j --nodes={baseName}{NodesSuffix} --relationships={baseName}{RelationshipsSuffix} --delimiter=',' --array-delimiter='{ExportSchema.ListSeparator}' --multiline-fields=true
        # Then, in Cypher, the uniqueness constraint that `lineage export neo4j` also creates:
        CREATE CONSTRAINT lineage_document_symbol IF NOT EXISTS FOR (d:Document) REQUIRE d.symbol IS UNIQUE;

        """;

    private static string TypeSuffix(ExportValueType type) => type switch
    {
        ExportValueType.WholeNumber => ":int",
        ExportValueType.Boolean => ":boolean",
        ExportValueType.TextList => ":string[]",
        _ => string.Empty,
    };
}
