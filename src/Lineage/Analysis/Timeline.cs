using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// A chain or series laid out in time: marks in order of adoption, each in the lowest lane where it does not crowd
/// the previous mark, and the citations between them. Documents with no known year are listed in <see cref="Undated"/>.
/// </summary>
public sealed record Timeline(string Title, ImmutableArray<TimelineMark> Marks, ImmutableArray<TimelineLink> Links)
{
    public ImmutableArray<DocumentNode> Undated { get; init; } = [];

    public int FirstYear => Marks.IsEmpty ? 0 : (int)Math.Floor(Marks.Min(m => m.Position));

    public int LastYear => Marks.IsEmpty ? 0 : (int)Math.Floor(Marks.Max(m => m.Position));

    public int Lanes => Marks.IsEmpty ? 0 : Marks.Max(m => m.Lane) + 1;
}
