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

    /// <summary>
    /// Follow citations of other documents too (reports, letters: <c>A/51/218</c>). Off by default: a lineage runs
    /// through resolutions and decisions.
    /// </summary>
    public bool IncludeDocuments { get; init; }

    /// <summary>Count a citation of a part (<c>A/RES/49/75E</c>) as a citation of its work (<c>A/RES/49/75</c>).</summary>
    public bool PartsAsWorks { get; init; }

    /// <summary>Upper bound on the number of branches enumerated (guards against combinatorial explosion).</summary>
    public int MaxPaths { get; init; } = 1000;

    /// <summary>
    /// Upper bound on the documents the reduction considers. Ancestors are taken a whole step at a time, nearest
    /// first; when the next step would pass this bound the chain stops at the previous one and says so
    /// (<see cref="ChainResult.NodeLimitReached"/>). In a dense record every recent resolution has tens of
    /// thousands of ancestors, and the reduction of all of them is neither fast nor readable.
    /// </summary>
    public int MaxNodes { get; init; } = 5000;
}
