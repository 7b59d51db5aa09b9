namespace Lineage.Export;

/// <summary>
/// Where an exporter writes: hands out one stream per output file, named from a base name and a suffix
/// (<c>lineage</c> + <c>.graphml</c>; <c>lineage</c> + <c>.nodes.csv</c>).
/// </summary>
public abstract class ExportSink
{
    /// <summary>Opens the stream for file <c>base + suffix</c>. The exporter writes and disposes it.</summary>
    public abstract Stream Create(string suffix);
}
