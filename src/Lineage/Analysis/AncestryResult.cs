using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// Everything upstream (what <see cref="Root"/> cites, and what that cites …) or downstream (what cites it …) of a
/// document, nearest first (by distance, then symbol), each with a shortest path.
/// </summary>
public sealed record AncestryResult(DocumentNode Root, bool Upstream, AncestryEntries Entries)
{
    /// <summary>The most steps between the root and an entry.</summary>
    public int DepthReached { get; init; }

    /// <summary>True when documents further away existed but <see cref="TraversalOptions.MaxDepth"/> left them out.</summary>
    public bool Cut { get; init; }
}
