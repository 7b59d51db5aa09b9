using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>Which citations <see cref="AnomalyAnalysis"/> examines.</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    /// <summary>Edge relations examined: every kind of citation by default (a forward "takes note" is as wrong as a forward "recalls").</summary>
    public ImmutableHashSet<Relation> Relations { get; init; } = EdgeFilter.CitingRelations;

    /// <summary>Which checks run (all by default).</summary>
    public ImmutableHashSet<AnomalyKind> Kinds { get; init; } = [.. Enum.GetValues<AnomalyKind>()];
}
