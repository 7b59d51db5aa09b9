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

    /// <summary>
    /// The walk a lineage chain makes (<see cref="Analysis.ChainOptions.MaxNodes"/>): whole steps nearest first,
    /// stopping at the first step that takes the count past this bound. Set, the scope is those steps only (the last
    /// one included, so the chain sees that it was cut), not every ancestor: on the whole record a recent resolution
    /// has ten to twenty thousand, of which its chain looks at the nearest five thousand. Null: every document reached.
    /// </summary>
    /// <remarks>
    /// Exact only for a walk that follows exactly <see cref="Relations"/> in the scope's direction and does not count
    /// parts as their works; a bound is ignored where <see cref="Relations"/> is empty (which the scope reads as "all").
    /// </remarks>
    public int? MaxNodes { get; init; }

    /// <summary>With <see cref="MaxNodes"/>: at most this many steps (and the next, to see that there is one).</summary>
    public int? MaxDepth { get; init; }

    /// <summary>
    /// With <see cref="MaxNodes"/>: walk on through documents that are neither resolutions nor decisions (reports,
    /// letters), as <see cref="Analysis.ChainOptions.IncludeDocuments"/> does; otherwise they end the walk and are
    /// not counted.
    /// </summary>
    public bool ThroughDocuments { get; init; } = true;

    /// <summary>
    /// Read what the documents' files say of them (<see cref="Graph.DocumentNode.Files"/>, titles by language, meeting,
    /// whether the date was printed), which the exports carry. A question whose answer shows none of it (a chain's report)
    /// leaves it out: a sixth of a cold <c>lineage chain --db</c> on the whole record.
    /// </summary>
    public bool FileFacts { get; init; } = true;

    /// <summary>
    /// The part of the graph the lineage chain of <paramref name="root"/> needs under <paramref name="options"/>: the steps
    /// of its walk, with the followed edges between them. A chain over this part is the chain over the whole graph.
    /// </summary>
    public static GraphScope ForChain(DocumentSymbol root, Analysis.ChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scope = new GraphScope(root, Upstream: true, options.Relations, options.IncludeInferred) { FollowedEdgesOnly = true };

        // Counting parts as their works folds a part's steps into its work's, which a walk over the stored edges cannot
        // follow: then every ancestor is loaded.
        return options.PartsAsWorks
            ? scope
            : scope with { MaxNodes = Math.Max(1, options.MaxNodes), MaxDepth = options.MaxDepth, ThroughDocuments = options.IncludeDocuments };
    }

    /// <summary>True when the scope is the bounded walk of <see cref="MaxNodes"/> rather than everything reached.</summary>
    internal bool Bounded => (MaxNodes is not null || MaxDepth is not null) && !Relations.IsEmpty;
}
