using Lineage.Export;
using Lineage.Pipeline;
using Lineage.Store;

namespace Lineage.Tests.Store;

/// <summary>
/// A rebuild updates the stored graph for what changed instead of building it again (issue 10: 1% of the files changed
/// costs at most 5% of the full build); after every kind of change it must hold the rows, and export the bytes, of a
/// build from scratch of the same files.
/// </summary>
public sealed class GraphUpdateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-update-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private string Input => Path.Combine(_folder, "in");

    private string StorePath => Path.Combine(_folder, "lineage.db");

    [Fact]
    public async Task After_each_change_the_updated_store_holds_the_rows_of_a_fresh_build()
    {
        // Real resolutions in six languages (several files per symbol, parts, lists of recalls), and copies of the seed.
        Copy(Path.Combine(TestPaths.FixtureCorpus, "akn4un-ga"), Path.Combine(Input, "ga"));
        Copy(Path.Combine(TestPaths.FixtureCorpus, "akn4un-sc"), Path.Combine(Input, "sc"));
        Copy(Path.Combine(TestPaths.FixtureCorpus, "sc-gold-en"), Path.Combine(Input, "gold"));
        var copies = SeedCopies.Write(Path.Combine(Input, "seed"), 3);
        string seed = File.ReadAllText(TestPaths.Seed);
        Assert.Equal("built", Build().GraphStep);

        var ga = Directory.GetFiles(Path.Combine(Input, "ga"), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var steps = new (string What, Action Change)[]
        {
            ("one language version of a resolution dropped", () => File.Delete(ga.First(f => f.Contains("A_RES_78_7-", StringComparison.Ordinal)))),
            ("every version of a cited resolution dropped", () => ga.Where(f => f.Contains("A_RES_78_53-", StringComparison.Ordinal)).ToList().ForEach(File.Delete)),
            ("a cited-only resolution of the seed's list read (its inferred links go)", () => File.WriteAllText(Path.Combine(Input, "seed", "A_RES_61_78.zh.txt"), seed.Replace("62/42. ", "61/78. ", StringComparison.Ordinal))),
            ("a file cut short (fewer citations, a shorter list)", () => File.WriteAllText(copies[0], SeedCopies.Renumber(seed, 100)[..(seed.Length * 3 / 5)])),
            ("a file renumbered (one document goes, another comes)", () => File.WriteAllText(copies[1], SeedCopies.Renumber(seed, 170))),
            ("the dropped resolution back, and the read cited-only one gone", () =>
            {
                Copy(Path.Combine(TestPaths.FixtureCorpus, "akn4un-ga"), Path.Combine(Input, "ga"));
                File.Delete(Path.Combine(Input, "seed", "A_RES_61_78.zh.txt"));
            }),
            // A file written again over its own rows (same document, same place): rows rewritten where they are.
            ("a file edited outside its citations (the graph is left as it was)", () => Edit(copies[2], "重申国际社会承诺", "重申国际社会再次承诺")),
            ("a file edited inside a citing sentence (its sentence row replaced, the spans moved)", () => Edit(copies[2], "回顾其关于逐步减少核威胁的", "回顾其关于逐步减少核威胁问题的")),
            ("a citation's date changed (an indexed value: the row's index entries rewritten)", () => Edit(copies[2], "1994 年 12 月 15 日第 49/75 E", "1994 年 12 月 16 日第 49/75 E")),
            ("a file cut short in place (fewer citation rows, fewer sentences)", () => Edit(copies[2], File.ReadAllText(copies[2])[(seed.Length / 2)..], string.Empty)),
            ("every seed copy gone", () => copies.ForEach(File.Delete)),
        };

        int fresh = 0;
        foreach (var (what, change) in steps)
        {
            change();
            var updated = Build();
            Assert.True(updated.GraphStep == "updated", what);
            string freshPath = Path.Combine(_folder, $"fresh{fresh++}.db");
            StoreBuildResult rebuilt;
            using (var store = LineageStore.OpenOrCreate(freshPath))
            {
                rebuilt = StoreBuild.Run(store, [Input]);
            }

            var expected = StoreRows.Dump(freshPath);
            var actual = StoreRows.Dump(StorePath);
            Assert.True(expected.SequenceEqual(actual), $"{what}: {Difference(expected, actual)}");
            Assert.True(StoreRows.Count(freshPath, "sentences") == StoreRows.Count(StorePath, "sentences"), $"{what}: sentences no citation quotes any more are dropped");
            byte[] expectedBytes = await ExportBytes(rebuilt.Graph);
            byte[] actualBytes = await ExportBytes(updated.Graph);
            Assert.True(expectedBytes.AsSpan().SequenceEqual(actualBytes), what);
            Assert.Equal((rebuilt.Nodes, rebuilt.Edges, rebuilt.InferredEdges), (updated.Nodes, updated.Edges, updated.InferredEdges));
        }
    }

    [Fact]
    public void A_rerun_with_nothing_changed_keeps_the_stored_graph()
    {
        SeedCopies.Write(Input, 2);
        var first = Build();
        var again = Build();
        Assert.Equal("kept", again.GraphStep);
        Assert.Equal((first.Nodes, first.Edges, first.InferredEdges), (again.Nodes, again.Edges, again.InferredEdges));
        Assert.Equal((first.Graph.NodeCount, first.Graph.EdgeCount), (again.Graph.NodeCount, again.Graph.EdgeCount));
    }

    private static void Edit(string path, string from, string to)
    {
        string text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private StoreBuildResult Build()
    {
        using var store = LineageStore.OpenOrCreate(StorePath);
        return StoreBuild.Run(store, [Input]);
    }

    private static string Difference(List<string> expected, List<string> actual) =>
        "missing: " + string.Join(" ‖ ", expected.Except(actual).Take(5)) + " — extra: " + string.Join(" ‖ ", actual.Except(expected).Take(5));

    private static void Copy(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static async Task<byte[]> ExportBytes(Lineage.Graph.CitationGraph graph)
    {
        string folder = Directory.CreateTempSubdirectory("lineage-update-export-").FullName;
        try
        {
            var files = await ExporterCatalog.WriteFilesAsync(graph, ExporterCatalog.Default.Get("graphml"), folder, "lineage", TestContext.Current.CancellationToken);
            return [.. files.Order(StringComparer.Ordinal).SelectMany(File.ReadAllBytes)];
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
