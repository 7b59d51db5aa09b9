using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Store;

/// <summary>
/// The part of the stored graph one question needs: the documents reachable from <see cref="Root"/> along the
/// followed relations (upstream: what it cites, and what that cites …; downstream: what cites it …), parts and
/// their works counted together, with every stored edge between them. A chain of one resolution then loads its
/// ancestors, not the whole record.
/// </summary>
/// <param name="Root">The document asked about.</param>
/// <param name="Upstream">True to follow citations from citing to cited (chain, ancestors); false for descendants.</param>
/// <param name="Relations">Relations to follow (empty: all).</param>
/// <param name="IncludeInferred">Follow inferred links too.</param>
public sealed record GraphScope(DocumentSymbol Root, bool Upstream, ImmutableHashSet<Relation> Relations, bool IncludeInferred = true)
{
    /// <summary>
    /// Load only the edges the walk follows (the relations, part-of, inferred links if included) between the documents
    /// reached, not every stored edge between them: enough for the chain, ancestors and descendants of the root, and
    /// about half the rows on the whole record.
    /// </summary>
    public bool FollowedEdgesOnly { get; init; }
}
