using System.Text.RegularExpressions;

namespace Lineage.Extraction.Rules;

/// <summary>
/// What follows an item of a kind-first list (<see cref="KindFirstReferenceRule"/>): how far the after-pattern reached,
/// the date it read, and where it found an organ, another body or a subject; read either from the pattern's match or by
/// the walk of <see cref="DateWords"/>, so the two can be compared and the walk needs no match object.
/// </summary>
internal readonly record struct AfterMatch(bool Success, int Index, int Length, bool Dated, DateOnly? Date, GroupSpan Organ, GroupSpan Foreign, GroupSpan Subject)
{
    public static AfterMatch None => default;

    /// <summary>The parts of an after-pattern's match (groups <c>y</c> with the date <paramref name="dates"/> reads, <c>organ</c>, <c>foreign</c>, <c>subject</c>).</summary>
    public static AfterMatch From(Match match, IDateReader dates)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(dates);
        if (!match.Success)
        {
            return None;
        }

        var groups = match.Groups;
        bool dated = groups["y"].Success;
        DateOnly? date = dated && dates.TryRead(match, out var read) ? read : null;
        return new(true, match.Index, match.Length, dated, date, GroupSpan.Of(groups["organ"]), GroupSpan.Of(groups["foreign"]), GroupSpan.Of(groups["subject"]));
    }
}
