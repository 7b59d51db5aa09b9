using System.Collections.Immutable;

namespace Lineage.Analysis;

/// <summary>The most cited documents adopted in one decade (<see cref="Decade"/> = 1990 for 1990–1999).</summary>
public sealed record DecadeRanking(int Decade, ImmutableArray<RankedDocument> ByInDegree, ImmutableArray<RankedDocument> ByPageRank);
