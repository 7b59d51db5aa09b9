using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// A family of resolutions that renew one another session after session ("Nuclear disarmament": 49/75 E, 50/70 P …
/// 80/24), oldest first, with a name taken from its members' titles.
/// </summary>
public sealed record Series(string Name, ImmutableArray<SeriesMember> Members)
{
    public DocumentNode First => Members[0].Node;

    public DocumentNode Last => Members[^1].Node;

    public int? FirstYear => Members.Select(m => m.Year).FirstOrDefault(y => y is not null);

    public int? LastYear => Members.Select(m => m.Year).LastOrDefault(y => y is not null);

    /// <summary>The distinct years with a member, ascending.</summary>
    public ImmutableArray<int> Years => [.. Members.Where(m => m.Year is not null).Select(m => m.Year!.Value).Distinct().Order()];

    /// <summary>The years between the first and the last with no member.</summary>
    public ImmutableArray<int> MissingYears
    {
        get
        {
            var years = Years;
            if (years.IsEmpty)
            {
                return [];
            }

            var present = years.ToHashSet();
            return [.. Enumerable.Range(years[0], years[^1] - years[0] + 1).Where(y => !present.Contains(y))];
        }
    }

    public bool Contains(DocumentNode node) => Members.Any(m => m.Node.Equals(node));
}
