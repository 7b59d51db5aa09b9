using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>What <see cref="SeriesAnalysis"/> counts as a renewal.</summary>
public sealed record SeriesOptions
{
    public static SeriesOptions Default { get; } = new();

    /// <summary>Edge relations that count (recalls by default).</summary>
    public ImmutableHashSet<Relation> Relations { get; init; } = [Relation.Recalls];

    /// <summary>Use edges inferred from a list's order (on by default: a list of the series is the best evidence of it).</summary>
    public bool IncludeInferred { get; init; } = true;

    /// <summary>Count a citation of a part as a citation of its work (the family is then one of works).</summary>
    public bool PartsAsWorks { get; init; }

    /// <summary>The most sessions (or years, for organs that number by year) between two consecutive members.</summary>
    public int MaxGap { get; init; } = 3;

    /// <summary>The fewest members a family needs to be reported.</summary>
    public int MinMembers { get; init; } = 3;
}
