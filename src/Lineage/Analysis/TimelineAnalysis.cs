using System.Collections.Immutable;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// Lays a lineage chain or a series out in time for <see cref="TimelineSvgWriter"/>: years along one axis, one mark per
/// document, lanes so that marks closer than <see cref="MinimumGap"/> years do not overlap, and the chain's (or the
/// series') citations as links, inferred ones marked.
/// </summary>
public static class TimelineAnalysis
{
    /// <summary>The least distance, in years, between two marks in one lane.</summary>
    public const double MinimumGap = 0.35;

    /// <summary>The timeline of <paramref name="symbol"/>'s lineage chain, or null when the graph lacks it.</summary>
    public static Timeline? Compute(CitationGraph graph, DocumentSymbol symbol, ChainOptions? options = null) =>
        LineageChainAnalysis.Compute(graph, symbol, options) is { } chain ? FromChain(chain) : null;

    public static Timeline FromChain(ChainResult chain)
    {
        ArgumentNullException.ThrowIfNull(chain);
        return Layout($"Lineage of {chain.Root.Symbol.ShortForm}", chain.Nodes, chain.Links.Select(l => (l.Cited, l.Citing, l.Inferred)));
    }

    public static Timeline FromSeries(Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var links = series.Members.Skip(1).Select((m, i) => (series.Members[i].Node, m.Node, m.Inferred));
        return Layout($"{series.Name}: {series.First.Symbol.ShortForm} … {series.Last.Symbol.ShortForm}", series.Members.Select(m => m.Node), links);
    }

    private static Timeline Layout(string title, IEnumerable<DocumentNode> nodes, IEnumerable<(DocumentNode Cited, DocumentNode Citing, bool Inferred)> links)
    {
        var dated = new List<(DocumentNode Node, double Position)>();
        var undated = ImmutableArray.CreateBuilder<DocumentNode>();
        foreach (var node in nodes.Distinct().OrderBy(n => n, Chronology.Order))
        {
            if (Position(node) is { } position)
            {
                dated.Add((node, position));
            }
            else
            {
                undated.Add(node);
            }
        }

        var laneEnds = new List<double>();
        var marks = ImmutableArray.CreateBuilder<TimelineMark>(dated.Count);
        var at = new Dictionary<DocumentNode, int>();
        foreach (var (node, position) in dated)
        {
            int lane = laneEnds.FindIndex(end => position - end >= MinimumGap);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(position);
            }

            laneEnds[lane] = position;
            at[node] = marks.Count;
            marks.Add(new TimelineMark(node, position, lane));
        }

        var placed = links
            .Where(l => at.ContainsKey(l.Cited) && at.ContainsKey(l.Citing))
            .Select(l => new TimelineLink(at[l.Cited], at[l.Citing], l.Inferred))
            .Distinct()
            .OrderBy(l => l.Citing).ThenBy(l => l.Cited);
        return new Timeline(title, marks.MoveToImmutable(), [.. placed]) { Undated = undated.ToImmutable() };
    }

    /// <summary>The year plus the fraction of it passed at the date (mid-year when only the year is known).</summary>
    private static double? Position(DocumentNode node)
    {
        if (node.Date is { } date)
        {
            return date.Year + ((date.DayOfYear - 1) / (DateTime.IsLeapYear(date.Year) ? 366.0 : 365.0));
        }

        return Chronology.YearOf(node) is { } year ? year + 0.5 : null;
    }
}
