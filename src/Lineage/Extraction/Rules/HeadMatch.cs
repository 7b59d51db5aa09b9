using System.Text.RegularExpressions;

namespace Lineage.Extraction.Rules;

/// <summary>
/// What a kind-first head before a number says (<see cref="KindFirstReferenceRule"/>): where it starts and its parts,
/// read either by the walk of <see cref="HeadWords"/> or from the head pattern's match, so the two can be compared part
/// by part and the walk needs no match object.
/// </summary>
internal readonly record struct HeadMatch(bool Success, int Index, int Length, GroupSpan Kind, GroupSpan Decision, GroupSpan Own, GroupSpan Organ, GroupSpan Foreign, GroupSpan Local)
{
    public static HeadMatch None => default;

    /// <summary>The parts of a head pattern's match (groups <c>kind</c>, <c>decision</c>, <c>own</c>, <c>organ</c>, <c>foreign</c>, <c>local</c>).</summary>
    public static HeadMatch From(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (!match.Success)
        {
            return None;
        }

        var groups = match.Groups;
        return new(true, match.Index, match.Length, GroupSpan.Of(groups["kind"]), GroupSpan.Of(groups["decision"]), GroupSpan.Of(groups["own"]),
            GroupSpan.Of(groups["organ"]), GroupSpan.Of(groups["foreign"]), GroupSpan.Of(groups["local"]));
    }
}
