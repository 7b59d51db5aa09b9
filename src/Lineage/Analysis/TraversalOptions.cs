using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>Which edges <see cref="AncestorsAnalysis"/> and <see cref="DescendantsAnalysis"/> follow and how far.</summary>
public sealed record TraversalOptions
{
    public static TraversalOptions Default { get; } = new();

    /// <summary>Edge relations that count (recalls by default).</summary>
    public ImmutableHashSet<Relation> Relations { get; init; } = [Relation.Recalls];

    /// <summary>Maximum number of steps from the start; null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Follow edges inferred from a list's order (on by default; paths through them are marked).</summary>
    public bool IncludeInferred { get; init; } = true;

    /// <summary>Count a citation of a part (<c>A/RES/49/75E</c>) as a citation of its work (<c>A/RES/49/75</c>).</summary>
    public bool PartsAsWorks { get; init; }
}
