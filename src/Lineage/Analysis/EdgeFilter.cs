using System.Collections.Immutable;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>Which edges an analysis follows: a set of relations, with or without inferred edges, as a bit test.</summary>
internal readonly record struct EdgeFilter(uint RelationMask, bool IncludeInferred)
{
    public const int InferredBit = 32;

    public static EdgeFilter Of(IEnumerable<Relation> relations, bool includeInferred)
    {
        uint mask = 0;
        foreach (var relation in relations)
        {
            mask |= 1u << (int)relation;
        }

        return new EdgeFilter(mask, includeInferred);
    }

    /// <summary>Every relation that is a citation (all but part-of).</summary>
    public static ImmutableHashSet<Relation> CitingRelations { get; } =
        [.. Enum.GetValues<Relation>().Where(r => r != Relation.PartOf)];

    public static byte Code(CitationEdge edge) => (byte)((int)edge.Relation | (edge.Inferred ? InferredBit : 0));

    public bool Accepts(byte code) =>
        ((RelationMask >> (code & 31)) & 1u) != 0 && (IncludeInferred || (code & InferredBit) == 0);
}
