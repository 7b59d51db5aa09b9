using System.Text.RegularExpressions;

namespace Lineage.Extraction;

/// <summary>Dates as one language writes them ("15 December 1994", "1994 年 12 月 15 日").</summary>
public interface IDateReader
{
    /// <summary>A pattern matching one date, for rules that compose it into their own patterns.</summary>
    string Pattern { get; }

    /// <summary>Reads the date a match of <see cref="Pattern"/> (its groups) gives; false when it is no real date.</summary>
    bool TryRead(Match match, out DateOnly date);

    /// <summary>Every date in <paramref name="text"/>, with its position.</summary>
    IEnumerable<(int Start, int Length, DateOnly Date)> FindAll(string text);
}
