using Lineage.Analysis;
using Lineage.Graph;
using Lineage.Model;
using static Lineage.Tests.Analysis.GraphFixture;

namespace Lineage.Tests.Analysis;

/// <summary>
/// The array-based jobs against the textbook definitions, on random citation graphs: the chain's links are the
/// transitive reduction (u→v kept unless another successor of u reaches v), its nodes run cited before citing,
/// and ancestors/descendants are the breadth-first distances.
/// </summary>
public sealed class AnalysisAgainstNaiveTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_chain_is_the_transitive_reduction_of_the_ancestors(int seed)
    {
        var (graph, cites) = RandomGraph(seed);
        foreach (string root in cites.Keys.Where((_, i) => i % 5 == 0))
        {
            var chain = LineageChainAnalysis.Compute(graph, S(root))!;
            var ancestors = Reach(cites, root);
            var expected = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string u in ancestors.Append(root))
            {
                var direct = cites.GetValueOrDefault(u, []);
                foreach (string v in direct)
                {
                    if (!direct.Any(w => w != v && Reach(cites, w).Contains(v)))
                    {
                        expected.Add($"{u}>{v}");
                    }
                }
            }

            var actual = new SortedSet<string>(chain.Links.Select(l => $"{l.Citing.Symbol.ShortForm}>{l.Cited.Symbol.ShortForm}"), StringComparer.Ordinal);
            Assert.Equal(expected, actual);
            Assert.Equal(ancestors.Count + 1, chain.Nodes.Length);
            var position = chain.Nodes.Select((node, i) => (node.Symbol.ShortForm, i)).ToDictionary(x => x.ShortForm, x => x.i);
            Assert.All(chain.Links, l => Assert.True(position[l.Cited.Symbol.ShortForm] < position[l.Citing.Symbol.ShortForm]));
            Assert.All(chain.Paths, p => Assert.Equal(root, p[^1].Symbol.ShortForm));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Ancestors_and_descendants_are_the_breadth_first_distances(int seed)
    {
        var (graph, cites) = RandomGraph(seed);
        var citedBy = cites.SelectMany(kv => kv.Value.Select(v => (v, kv.Key))).ToLookup(x => x.v, x => x.Key);
        foreach (string root in cites.Keys.Where((_, i) => i % 3 == 0))
        {
            var up = AncestorsAnalysis.Compute(graph, S(root))!;
            Assert.Equal(Distances(root, u => cites.GetValueOrDefault(u, [])), up.Entries.Select(e => (e.Node.Symbol.ShortForm, e.Distance)).ToHashSet());
            Assert.All(up.Entries, e => Assert.Equal(e.Distance, e.Edges.Length));
            Assert.All(up.Entries, e => Assert.Equal(root, e.Path[0].Symbol.ShortForm));

            var down = DescendantsAnalysis.Compute(graph, S(root))!;
            Assert.Equal(Distances(root, u => citedBy[u]), down.Entries.Select(e => (e.Node.Symbol.ShortForm, e.Distance)).ToHashSet());

            // Nearest first, then by symbol.
            var order = up.Entries.Select(e => (e.Distance, e.Node.Symbol)).ToList();
            Assert.Equal(order.OrderBy(x => x.Distance).ThenBy(x => x.Symbol), order);
        }
    }

    [Fact]
    public void Ancestry_past_one_storage_chunk_keeps_every_entry_and_path()
    {
        // 62/1 cites 5,000 resolutions of session 61, and 61/1 cites 60/1: more entries than one chunk of 4,096 steps.
        var targets = Enumerable.Range(1, 5000).Select(i => $"61/{i}").ToArray();
        var graph = new GraphFixture().Document("62/1").Cites("62/1", targets).Cites("61/1", "60/1").Build(inferSeries: false);

        var result = AncestorsAnalysis.Compute(graph, S("62/1"))!;

        Assert.Equal(5001, result.Entries.Count);
        Assert.Equal(targets.Select(S).Order(), result.Entries.Take(5000).Select(e => e.Node.Symbol));
        Assert.All(result.Entries.Take(5000), e => Assert.Equal([S("62/1"), e.Node.Symbol], e.Path.Select(n => n.Symbol)));
        var last = result.Entries[5000];
        Assert.Equal((S("60/1"), 2), (last.Node.Symbol, last.Distance));
        Assert.Equal([S("62/1"), S("61/1"), S("60/1")], last.Path.Select(n => n.Symbol));
        Assert.Equal(S("61/1"), last.Previous!.Value.Node.Symbol);
        Assert.Equal(result.Entries.Count, result.Entries.Count(e => e.Edge is not null));
    }

    /// <summary>Forty documents over sessions 60–69, each citing a few earlier ones (so no loops).</summary>
    private static (CitationGraph Graph, Dictionary<string, List<string>> Cites) RandomGraph(int seed)
    {
        var random = new Random(seed);
        var documents = Enumerable.Range(0, 40).Select(i => $"{60 + (i / 4)}/{1 + (i % 4)}").ToList();
        var fixture = new GraphFixture();
        var cites = new Dictionary<string, List<string>>();
        for (int i = 0; i < documents.Count; i++)
        {
            fixture.Document(documents[i], $"{2005 + (i / 4)}-10-0{1 + (i % 4)}");
            var targets = Enumerable.Range(0, i).Where(_ => random.Next(6) == 0).Select(j => documents[j]).ToList();
            cites[documents[i]] = targets;
            for (int k = 0; k < targets.Count; k++)
            {
                fixture.Cites(documents[i], Relation.Recalls, Language.English, k + 1, targets[k]);
            }
        }

        return (fixture.Build(inferSeries: false), cites);
    }

    private static HashSet<string> Reach(Dictionary<string, List<string>> cites, string from)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>(cites.GetValueOrDefault(from, []));
        while (stack.TryPop(out string? u))
        {
            if (seen.Add(u))
            {
                foreach (string v in cites.GetValueOrDefault(u, []))
                {
                    stack.Push(v);
                }
            }
        }

        return seen;
    }

    private static HashSet<(string, int)> Distances(string root, Func<string, IEnumerable<string>> next)
    {
        var distance = new Dictionary<string, int> { [root] = 0 };
        var queue = new Queue<string>([root]);
        while (queue.TryDequeue(out string? u))
        {
            foreach (string v in next(u))
            {
                if (distance.TryAdd(v, distance[u] + 1))
                {
                    queue.Enqueue(v);
                }
            }
        }

        distance.Remove(root);
        return [.. distance.Select(kv => (kv.Key, kv.Value))];
    }
}
