using System.Collections.Immutable;
using Lineage.Graph;

namespace Lineage.Analysis;

/// <summary>
/// Most-cited documents: in-degree (distinct citing documents) and PageRank (power iteration over distinct
/// citing→cited pairs, damping 0.85, the rank of documents that cite nothing spread evenly), overall and per
/// decade of adoption. Linear in the edges per iteration.
/// </summary>
public static class RankAnalysis
{
    public static RankResult Compute(CitationGraph graph, RankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= RankOptions.Default;
        var index = GraphIndex.For(graph, options.PartsAsWorks);
        var filter = EdgeFilter.Of(options.Relations, options.IncludeInferred);
        int n = index.Count;

        // Distinct citing→cited pairs, as adjacency arrays.
        var start = new int[n + 1];
        var targets = new List<int>(index.OutTarget.Length);
        var inDegree = new int[n];
        var mark = new int[n];
        for (int u = 0; u < n; u++)
        {
            start[u] = targets.Count;
            for (int s = index.OutStart[u]; s < index.OutStart[u + 1]; s++)
            {
                int v = index.OutTarget[s];
                if (filter.Accepts(index.OutCode[s]) && mark[v] != u + 1)
                {
                    mark[v] = u + 1;
                    targets.Add(v);
                    inDegree[v]++;
                }
            }
        }

        start[n] = targets.Count;
        var (pageRank, iterations, converged) = PageRank(index, start, [.. targets], options);

        var cited = Enumerable.Range(0, n).Where(i => index.IsRepresentative(i) && inDegree[i] > 0)
            .Select(i => (Id: i, Doc: new RankedDocument(index.Nodes[i], inDegree[i], pageRank[i])))
            .ToList();
        Comparison<(int Id, RankedDocument Doc)> byDegree = (a, b) =>
            a.Doc.InDegree != b.Doc.InDegree ? b.Doc.InDegree.CompareTo(a.Doc.InDegree) : a.Id.CompareTo(b.Id);
        Comparison<(int Id, RankedDocument Doc)> byRank = (a, b) =>
            a.Doc.PageRank != b.Doc.PageRank ? b.Doc.PageRank.CompareTo(a.Doc.PageRank) : a.Id.CompareTo(b.Id);
        ImmutableArray<RankedDocument> TopOf(List<(int Id, RankedDocument Doc)> list, Comparison<(int Id, RankedDocument Doc)> order)
        {
            var copy = new List<(int Id, RankedDocument Doc)>(list);
            copy.Sort(order);
            return [.. copy.Take(Math.Max(0, options.Top)).Select(x => x.Doc)];
        }

        var decades = cited
            .Where(x => Chronology.YearOf(x.Doc.Node) is not null)
            .GroupBy(x => Chronology.YearOf(x.Doc.Node)!.Value / 10 * 10)
            .OrderBy(g => g.Key)
            .Select(g => new DecadeRanking(g.Key, TopOf([.. g], byDegree), TopOf([.. g], byRank)));

        return new RankResult(TopOf(cited, byDegree), TopOf(cited, byRank), [.. decades])
        {
            Iterations = iterations,
            Converged = converged,
            CitedCount = cited.Count,
        };
    }

    private static (double[] Rank, int Iterations, bool Converged) PageRank(GraphIndex index, int[] start, int[] targets, RankOptions options)
    {
        int n = index.Count;
        var live = Enumerable.Range(0, n).Where(index.IsRepresentative).ToArray();
        var rank = new double[n];
        var next = new double[n];
        if (live.Length == 0)
        {
            return (rank, 0, true);
        }

        double d = options.Damping;
        double initial = 1.0 / live.Length;
        foreach (int i in live)
        {
            rank[i] = initial;
        }

        for (int iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            double dangling = 0;
            foreach (int i in live)
            {
                if (start[i + 1] == start[i])
                {
                    dangling += rank[i];
                }
            }

            double teleport = ((1 - d) + (d * dangling)) / live.Length;
            foreach (int i in live)
            {
                next[i] = teleport;
            }

            foreach (int u in live)
            {
                int degree = start[u + 1] - start[u];
                if (degree == 0)
                {
                    continue;
                }

                double share = d * rank[u] / degree;
                for (int s = start[u]; s < start[u + 1]; s++)
                {
                    next[targets[s]] += share;
                }
            }

            double change = 0;
            foreach (int i in live)
            {
                change += Math.Abs(next[i] - rank[i]);
            }

            (rank, next) = (next, rank);
            if (change < options.Tolerance)
            {
                return (rank, iteration, true);
            }
        }

        return (rank, options.MaxIterations, false);
    }
}
