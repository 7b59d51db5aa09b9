using System.Collections.Immutable;
using Lineage.Graph;
using Lineage.Model;

namespace Lineage.Analysis;

/// <summary>
/// Finds the families of resolutions that renew one another session after session. A resolution u renews v when u
/// cites v, both are resolutions of the same organ, v is from one to <see cref="SeriesOptions.MaxGap"/> sessions
/// earlier (years, for organs that number by year), and there is evidence that they are one line: u also cites what
/// v cites (each renewal recalls the line so far), the link was inferred from the order of a list of the line, or
/// they carry the same title. Each resolution keeps its best-evidenced predecessor (then the nearest), each
/// predecessor its best-evidenced successor; the mutual choices join into lines. Linear in the edges times the
/// degree of the cited documents.
/// </summary>
public static class SeriesAnalysis
{
    public static SeriesResult Compute(CitationGraph graph, SeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= SeriesOptions.Default;
        var index = GraphIndex.For(graph, options.PartsAsWorks);
        var filter = EdgeFilter.Of(options.Relations, options.IncludeInferred);
        int n = index.Count;
        var period = new int[n];
        var titles = new string?[n];
        for (int i = 0; i < n; i++)
        {
            period[i] = index.IsRepresentative(i) ? PeriodOf(index.Nodes[i]) : -1;
            titles[i] = SeriesNaming.CleanTitle(index.Nodes[i].Title);
        }

        var pred = new int[n];
        var predScore = new int[n];
        var predEdge = new CitationEdge?[n];
        var mark = new int[n];
        var counted = new int[n];
        int token = 0;
        var candidates = new List<(int Target, CitationEdge Edge)>();
        for (int u = 0; u < n; u++)
        {
            pred[u] = -1;
            if (period[u] < 0)
            {
                continue;
            }

            for (int s = index.OutStart[u]; s < index.OutStart[u + 1]; s++)
            {
                if (filter.Accepts(index.OutCode[s]))
                {
                    mark[index.OutTarget[s]] = u + 1;
                }
            }

            // Candidates: cited resolutions of the same organ 1..MaxGap periods earlier, one edge each (read before inferred).
            candidates.Clear();
            for (int s = index.OutStart[u]; s < index.OutStart[u + 1]; s++)
            {
                int v = index.OutTarget[s];
                if (!filter.Accepts(index.OutCode[s]) || period[v] < 0 || index.Nodes[v].Organ != index.Nodes[u].Organ
                    || period[u] - period[v] < 1 || period[u] - period[v] > options.MaxGap)
                {
                    continue;
                }

                int at = candidates.FindIndex(c => c.Target == v);
                if (at < 0)
                {
                    candidates.Add((v, index.OutEdge[s]));
                }
                else if (candidates[at].Edge.Inferred && !index.OutEdge[s].Inferred)
                {
                    candidates[at] = (v, index.OutEdge[s]);
                }
            }

            foreach (var (v, edge) in candidates)
            {
                int score = Shared(index, filter, u, v, mark, counted, ref token)
                    + (edge.Inferred ? 1 : 0)
                    + (titles[u] is not null && string.Equals(titles[u], titles[v], StringComparison.OrdinalIgnoreCase) ? 2 : 0);
                if (score == 0)
                {
                    continue;
                }

                if (pred[u] < 0 || score > predScore[u] || (score == predScore[u] && (period[v] > period[pred[u]] || (period[v] == period[pred[u]] && v < pred[u]))))
                {
                    pred[u] = v;
                    predScore[u] = score;
                    predEdge[u] = edge;
                }
            }
        }

        // Each predecessor keeps its best-evidenced successor (then the nearest, then the first by symbol).
        var succ = new int[n];
        Array.Fill(succ, -1);
        for (int u = 0; u < n; u++)
        {
            int v = pred[u];
            if (v < 0)
            {
                continue;
            }

            int current = succ[v];
            if (current < 0 || predScore[u] > predScore[current] || (predScore[u] == predScore[current] && period[u] < period[current]))
            {
                succ[v] = u;
            }
        }

        var series = new List<Series>();
        for (int v = 0; v < n; v++)
        {
            bool linkedFromBefore = pred[v] >= 0 && succ[pred[v]] == v;
            if (succ[v] < 0 || linkedFromBefore || pred[succ[v]] != v)
            {
                continue;
            }

            var members = new List<SeriesMember> { new(index.Nodes[v], Chronology.YearOf(index.Nodes[v]), null) };
            for (int u = succ[v]; u >= 0 && pred[u] >= 0 && succ[pred[u]] == u; u = succ[u])
            {
                members.Add(new SeriesMember(index.Nodes[u], Chronology.YearOf(index.Nodes[u]), predEdge[u]));
            }

            if (members.Count >= options.MinMembers)
            {
                series.Add(new Series(SeriesNaming.Name([.. members.Select(m => m.Node)]), [.. members]));
            }
        }

        return new SeriesResult([.. series.OrderByDescending(s => s.Members.Length).ThenBy(s => s.First.Symbol)]);
    }

    /// <summary>The session for regular GA and Human Rights Council resolutions, else the year; -1 when neither is known.</summary>
    private static int PeriodOf(DocumentNode node)
    {
        var symbol = node.Symbol;
        if (!symbol.IsResolution || symbol.SessionType != SessionType.Regular)
        {
            return -1;
        }

        if (symbol.Organ is Organ.GeneralAssembly or Organ.HumanRightsCouncil && symbol.Session is { } session)
        {
            return session;
        }

        return Chronology.YearOf(node) ?? -1;
    }

    /// <summary>How many distinct documents both u (marked with u + 1) and v cite.</summary>
    private static int Shared(GraphIndex index, EdgeFilter filter, int u, int v, int[] mark, int[] counted, ref int token)
    {
        token++;
        int shared = 0;
        for (int s = index.OutStart[v]; s < index.OutStart[v + 1]; s++)
        {
            int w = index.OutTarget[s];
            if (mark[w] == u + 1 && counted[w] != token && filter.Accepts(index.OutCode[s]))
            {
                counted[w] = token;
                shared++;
            }
        }

        return shared;
    }
}
