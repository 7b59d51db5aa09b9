using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Lineage.Model;

namespace Lineage.Extraction.Rules;

/// <summary>
/// Where each printed <c>N/M</c> stands in a document's clauses, found in one pass when first asked, and the organ
/// named next to each, read once per number: <see cref="AssemblyNumbering.EarlierNamed"/> then costs a look-up instead
/// of a scan of every earlier clause (which made extraction quadratic in a file's size). One per extraction of one
/// document; not thread-safe.
/// </summary>
internal sealed class EarlierNumbers(ImmutableArray<Clause> clauses)
{
    /// <summary>How far either side of a number the organ named for it may stand.</summary>
    public const int Reach = 120;

    private Dictionary<string, List<(int Clause, int At)>>? _occurrences;
    private readonly Dictionary<(Regex Mentions, string Printed), (int Clause, Organ Organ)> _firstNamed = [];

    /// <summary>
    /// The organ named within <see cref="Reach"/> of <paramref name="printed"/> at its first occurrence, before clause
    /// <paramref name="clauseIndex"/>, where one is named; else <see cref="Organ.None"/>. <paramref name="organOf"/> must be
    /// the same function for the same <paramref name="mentions"/> within a document.
    /// </summary>
    public Organ EarlierNamed(int clauseIndex, string printed, Regex mentions, Func<Match, Organ?> organOf)
    {
        _occurrences ??= Index(clauses);
        if (!_firstNamed.TryGetValue((mentions, printed), out var first))
        {
            first = (int.MaxValue, Organ.None);
            if (_occurrences.TryGetValue(printed, out var places))
            {
                foreach (var (clause, at) in places)
                {
                    var organ = NamedNear(clauses[clause].Text, at, printed.Length, mentions, organOf);
                    if (organ != Organ.None)
                    {
                        first = (clause, organ);
                        break;
                    }
                }
            }

            _firstNamed[(mentions, printed)] = first;
        }

        return first.Clause < clauseIndex ? first.Organ : Organ.None;
    }

    /// <summary>The organ named nearest to the number at <paramref name="at"/>, within <see cref="Reach"/>; else none.</summary>
    internal static Organ NamedNear(string text, int at, int length, Regex mentions, Func<Match, Organ?> organOf)
    {
        int end = at + length;
        int from = Math.Max(0, at - Reach);
        var nearest = Organ.None;
        int distance = int.MaxValue;
        for (var mention = mentions.Match(text, from, Math.Min(text.Length, end + Reach) - from); mention.Success; mention = mention.NextMatch())
        {
            if (organOf(mention) is not { } organ)
            {
                continue;
            }

            int gap = mention.Index < at ? at - (mention.Index + mention.Length) : mention.Index - end;
            if (gap >= 0 && gap < distance)
            {
                distance = gap;
                nearest = organ;
            }
        }

        return nearest;
    }

    /// <summary>
    /// Every printed <c>N/M</c>: a run of digits not after a digit or a slash, a slash, and the whole run of digits after
    /// it (what a search for the printed text finds with those boundary tests), by its text, in clause order.
    /// </summary>
    private static Dictionary<string, List<(int Clause, int At)>> Index(ImmutableArray<Clause> clauses)
    {
        var index = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int c = 0; c < clauses.Length; c++)
        {
            string text = clauses[c].Text;
            for (int slash = text.IndexOf('/'); slash >= 0; slash = text.IndexOf('/', slash + 1))
            {
                int start = slash;
                while (start > 0 && char.IsAsciiDigit(text[start - 1]))
                {
                    start--;
                }

                int end = slash + 1;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (start == slash || end == slash + 1 || (start > 0 && text[start - 1] == '/'))
                {
                    continue;
                }

                var key = text.AsSpan(start, end - start);
                if (!lookup.TryGetValue(key, out var places))
                {
                    places = [];
                    lookup[key] = places;
                }

                places.Add((c, start));
            }
        }

        return index;
    }
}
