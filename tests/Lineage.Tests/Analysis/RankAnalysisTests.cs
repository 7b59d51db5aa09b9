using System.Diagnostics;
using System.Globalization;
using Lineage.Analysis;
using Lineage.Model;
using static Lineage.Tests.Analysis.GraphFixture;

namespace Lineage.Tests.Analysis;

public sealed class RankAnalysisTests
{
    [Fact]
    public void In_degree_counts_distinct_citing_documents_and_ranks_per_decade()
    {
        var graph = new GraphFixture()
            .Cited("45/1", "1990-12-01").Cited("46/1", "1991-12-01").Cited("55/1", "2000-12-01")
            .Document("56/1", "2001-12-01").Cites("56/1", "45/1", "46/1").Cites("56/1", Relation.Recalls, Language.French, 1, "45/1")
            .Document("56/2", "2001-12-02").Cites("56/2", "45/1", "55/1")
            .Document("56/3", "2001-12-03").Cites("56/3", "45/1")
            .Build(inferSeries: false);

        var rank = RankAnalysis.Compute(graph);

        Assert.Equal(["45/1:3", "46/1:1", "55/1:1"], rank.ByInDegree.Select(r => $"{r.Node.Symbol.ShortForm}:{r.InDegree}"));
        Assert.Equal([1990, 2000], rank.Decades.Select(d => d.Decade));
        Assert.Equal(["45/1", "46/1"], rank.Decades[0].ByInDegree.Select(r => r.Node.Symbol.ShortForm));
        Assert.Equal("45/1", rank.ByPageRank[0].Node.Symbol.ShortForm);
        Assert.True(rank.Converged);
        Assert.Equal(3, rank.CitedCount);
    }

    [Fact]
    public void PageRank_of_two_documents_matches_the_closed_form()
    {
        // B cites A; A cites nothing, so its rank is spread evenly: rA = 0.13875 / 0.21375, rB = 1 - rA.
        var graph = new GraphFixture().Document("61/1").Cites("61/1", "60/1").Build();

        var rank = RankAnalysis.Compute(graph);

        Assert.Equal(0.13875 / 0.21375, rank.ByPageRank[0].PageRank, 9);
        Assert.Single(rank.ByPageRank);
    }

    [Fact]
    public void PageRank_agrees_with_NetworkX()
    {
        Requires.Python("networkx");
        var fixture = new GraphFixture();
        var random = new Random(7);
        var edges = new HashSet<(int, int)>();
        for (int i = 0; i < 150; i++)
        {
            int from = random.Next(2, 40);
            int to = random.Next(1, from);
            edges.Add((from, to));
        }

        foreach (var (from, to) in edges)
        {
            fixture.Cites($"60/{from}", $"60/{to}");
        }

        var graph = fixture.Build(inferSeries: false);
        var rank = RankAnalysis.Compute(graph, new RankOptions { Top = 1000 });

        string script = "import networkx as nx, sys\nG = nx.DiGraph()\n"
            + string.Concat(graph.Nodes.Select(n => $"G.add_node('{n.Symbol}')\n"))
            + string.Concat(edges.Select(e => $"G.add_edge('A/RES/60/{e.Item1}', 'A/RES/60/{e.Item2}')\n"))
            + "from networkx.algorithms.link_analysis import pagerank_alg\n"
            // NetworkX 2.8's own pure-Python PageRank (nx.pagerank itself needs SciPy, which Debian's package does not pull in).
            + "pagerank = getattr(pagerank_alg, '_pagerank_python', None) or nx.pagerank\n"
            + "pr = pagerank(G, alpha=0.85, tol=1e-13, max_iter=1000)\nfor k in sorted(pr): print(k, repr(pr[k]))\n";
        var expected = RunPython(script).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));

        Assert.Equal(rank.CitedCount, rank.ByPageRank.Length);
        foreach (var ranked in rank.ByPageRank)
        {
            Assert.Equal(expected[ranked.Node.Symbol.ToString()], ranked.PageRank, 8);
        }
    }

    private static string RunPython(string script)
    {
        var info = new ProcessStartInfo(Requires.PythonPath) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        process.StandardInput.Write(script);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }
}
