using System.Collections.Immutable;

namespace Lineage.Analysis;

/// <summary>
/// The most cited documents, by in-degree and by PageRank, over the whole graph and per decade of adoption. Lists
/// hold documents cited at least once, best first (ties by symbol).
/// </summary>
public sealed record RankResult(
    ImmutableArray<RankedDocument> ByInDegree,
    ImmutableArray<RankedDocument> ByPageRank,
    ImmutableArray<DecadeRanking> Decades)
{
    /// <summary>PageRank iterations run.</summary>
    public int Iterations { get; init; }

    /// <summary>True when PageRank met its tolerance within the iteration limit.</summary>
    public bool Converged { get; init; }

    /// <summary>Documents cited at least once.</summary>
    public int CitedCount { get; init; }
}
