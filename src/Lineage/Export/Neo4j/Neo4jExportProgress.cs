namespace Lineage.Export.Neo4j;

/// <summary>How far a Neo4j export got: rows committed by phase, statements sent, and the rate.</summary>
public sealed record Neo4jExportProgress(
    Neo4jExportPhase Phase,
    int NodesWritten,
    int NodesTotal,
    int RelationshipsWritten,
    int RelationshipsTotal,
    int Statements,
    TimeSpan Elapsed)
{
    /// <summary>Rows (nodes and relationships) committed per second so far.</summary>
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? (NodesWritten + RelationshipsWritten) / Elapsed.TotalSeconds : 0;

    /// <summary>"nodes 5000/12000, relationships 0/60000, 4100 rows/s".</summary>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"nodes {NodesWritten}/{NodesTotal}, relationships {RelationshipsWritten}/{RelationshipsTotal}, {RowsPerSecond:F0} rows/s");
}
