namespace Lineage.Reporting;

/// <summary>How a link enters a report.</summary>
public enum ReportEdgeKind
{
    /// <summary>A step of the resolution's chain (the transitive reduction of its citations).</summary>
    Chain,

    /// <summary>The step by which an ancestor or descendant of the rings was reached.</summary>
    Ring,

    /// <summary>Any other followed citation between two documents shown (hidden until asked for).</summary>
    Other,
}
