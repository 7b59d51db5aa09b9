using System.Collections.Immutable;
using Lineage.Model;
using QuikGraph;

namespace Lineage.Graph;

/// <summary>
/// A typed citation edge: <see cref="Source"/> <see cref="Relation"/> <see cref="Target"/>, merging every mention of
/// that target with that relation and method in the source (whatever language version carried it).
/// Inferred edges (a series order read from a list, not a citation) have no mentions of their own.
/// </summary>
public sealed class CitationEdge : IEdge<DocumentNode>
{
    public CitationEdge(DocumentNode source, DocumentNode target, Relation relation)
    {
        Source = source;
        Target = target;
        Relation = relation;
    }

    public DocumentNode Source { get; }

    public DocumentNode Target { get; }

    public Relation Relation { get; }

    /// <summary>The citing verb of the first mention, as written.</summary>
    public string Verb { get; init; } = string.Empty;

    /// <summary>Site of the first mention.</summary>
    public CitationSite Site { get; init; }

    /// <summary>The date the first mention gives for the target.</summary>
    public DateOnly? DateGiven { get; init; }

    public CitationMethod Method { get; init; }

    /// <summary>True for an edge Lineage inferred from the order of a list, not read from a citation.</summary>
    public bool Inferred { get; init; }

    /// <summary>For an inferred edge: the citing document whose list gave the order.</summary>
    public DocumentSymbol? InferredFrom { get; init; }

    /// <summary>
    /// How many mentions the edge merges (over all language versions and sites). Counted from <see cref="Mentions"/>
    /// unless given (an edge loaded from a store without its mentions).
    /// </summary>
    public int MentionCount
    {
        get => _mentionCount ?? (Mentions.IsDefaultOrEmpty ? (Inferred ? 0 : 1) : Mentions.Length);
        init => _mentionCount = value;
    }

    private readonly int? _mentionCount;

    /// <summary>The citations this edge merges, in source order.</summary>
    public ImmutableArray<Citation> Mentions { get; init; } = [];

    /// <summary>Languages of the versions that carried a mention.</summary>
    public ImmutableSortedSet<Language> Languages { get; init; } = [];

    public override string ToString() => $"{Source.Symbol} -{Relation.ToToken()}-> {Target.Symbol}{(Inferred ? " (inferred)" : string.Empty)}";
}
