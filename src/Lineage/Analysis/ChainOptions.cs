using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>Which edges a lineage job follows and how far.</summary>
public sealed record ChainOptions
{
    public static ChainOptions Default { get; } = new();

    /// <summary>Edge relations that count (recalls by default).</summary>
    public ImmutableHashSet<Relation> Relations { get; init; } = [Relation.Recalls];

    /// <summary>Maximum number of steps from the start; null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Follow edges inferred from a list's order (on by default; they are marked in the result).</summary>
    public bool IncludeInferred { get; init; } = true;

    /// <summary>Upper bound on the number of branches enumerated (guards against combinatorial explosion).</summary>
    public int MaxPaths { get; init; } = 1000;
}
