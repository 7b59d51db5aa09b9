using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Reporting;

/// <summary>What a report shows around its resolution: which citations count and how far out it reaches.</summary>
public sealed record ReportOptions
{
    public static ReportOptions Default { get; } = new();

    /// <summary>Edge relations followed for the chain, the ancestors and the descendants (recalls by default).</summary>
    public ImmutableHashSet<Relation> Relations { get; init; } = [Relation.Recalls];

    /// <summary>
    /// Ancestors and descendants up to this many steps away, beside the chain; null for the default: the chain and the
    /// first ring of descendants (descendants at one step, no ancestor beyond the chain).
    /// </summary>
    public int? Depth { get; init; }

    /// <summary>Follow links inferred from the order of a list (drawn dashed).</summary>
    public bool IncludeInferred { get; init; } = true;

    /// <summary>Count a citation of a part (<c>A/RES/49/75E</c>) as a citation of its work.</summary>
    public bool PartsAsWorks { get; init; }

    /// <summary>At most this many documents are listed under "cites" and "cited by" of one document.</summary>
    public int MaxListed { get; init; } = 200;
}
