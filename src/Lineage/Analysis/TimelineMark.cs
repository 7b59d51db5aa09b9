using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>A document placed on a timeline: at <see cref="Position"/> (a year with the date's fraction of it) in lane <see cref="Lane"/>.</summary>
public sealed record TimelineMark(DocumentNode Node, double Position, int Lane)
{
    /// <summary>The symbol as printed (<c>49/75 E</c>).</summary>
    public string Label => Node.Symbol.ShortForm;
}
