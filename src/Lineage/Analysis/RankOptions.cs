using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>What <see cref="RankAnalysis"/> counts and how many it lists.</summary>
public sealed record RankOptions
{
    public static RankOptions Default { get; } = new();

    /// <summary>Edge relations that count (recalls by default).</summary>
    public ImmutableHashSet<Relation> Relations { get; init; } = [Relation.Recalls];

    /// <summary>Count edges inferred from a list's order too (off by default: a rank counts citations read).</summary>
    public bool IncludeInferred { get; init; }

    /// <summary>Count a citation of a part as a citation of its work.</summary>
    public bool PartsAsWorks { get; init; }

    /// <summary>How many documents each list keeps.</summary>
    public int Top { get; init; } = 10;

    /// <summary>PageRank damping factor.</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>PageRank stops when the scores move less than this in total (L1) in one iteration.</summary>
    public double Tolerance { get; init; } = 1e-10;

    public int MaxIterations { get; init; } = 200;
}
