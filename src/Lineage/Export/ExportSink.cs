namespace Lineage.Export;

/// <summary>
/// Where an exporter writes: hands out one stream per output file, named from a base name and a suffix
/// (<c>lineage</c> + <c>.graphml</c>; <c>lineage</c> + <c>.nodes.csv</c>).
/// </summary>
public abstract class ExportSink
{
    /// <summary>
    /// The base name of the files (<c>lineage</c>), for exporters that write a file naming the others (the
    /// <c>neo4j-admin</c> command line). <c>lineage</c> unless the sink says otherwise.
    /// </summary>
    public virtual string BaseName => "lineage";

    /// <summary>Opens the stream for file <c>base + suffix</c>. The exporter writes and disposes it.</summary>
    public abstract Stream Create(string suffix);
}
