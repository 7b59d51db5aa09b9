using System.Collections.Immutable;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>Every series found, longest first (then by first member).</summary>
public sealed record SeriesResult(ImmutableArray<Series> Series)
{
    /// <summary>The series <paramref name="symbol"/> belongs to (as a member or, for a part, through its work), or null.</summary>
    public Series? Containing(DocumentSymbol symbol) =>
        Series.FirstOrDefault(s => s.Members.Any(m => m.Node.Symbol.Equals(symbol)))
        ?? Series.FirstOrDefault(s => s.Members.Any(m => m.Node.Symbol.Equals(symbol.Work)));
}
