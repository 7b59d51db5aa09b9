using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Lineage.Analysis;
using Lineage.Graph;

namespace Lineage.Bench;

/// <summary>
/// The <c>analysis</c> suite: every analysis job on the synthetic UN-shaped graph (<see cref="SyntheticGraph"/>,
/// 100k documents, 1M citations). Per-document jobs (chain, ancestors, descendants) run on many random documents
/// and on the extremes (the most ancestors, the most descendants) and report p50/p99/max; whole-graph jobs (series,
/// rank, check) run once each. Reports time, bytes allocated and the process's peak working set, prints them and
/// writes <c>bench/results/analysis.md</c>.
/// </summary>
internal static class AnalysisBench
{
    public static void Run(string[] args)
    {
        int samples = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        string results = args.Length > 2 ? args[2] : Path.Combine(BenchMachine.RepositoryRoot(), "bench", "results", "analysis.md");
        var rows = new List<string>();
        var notes = new List<string>();
        void Row(string job, string runs, string time, long allocated, string result)
        {
            string line = $"| {job} | {runs} | {time} | {allocated / (1 << 20):N0} MiB | {Peak()} MiB | {result} |";
            rows.Add(line);
            Console.WriteLine(line);
        }

        var watch = Stopwatch.StartNew();
        long before = GC.GetTotalAllocatedBytes(precise: false);
        var graph = SyntheticGraph.Create();
        Row("build synthetic graph", "1", Seconds(watch), GC.GetTotalAllocatedBytes(false) - before, $"{graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges");

        // The first job on a graph builds its adjacency index (kept with the graph); time it apart.
        var any = graph.Nodes[graph.NodeCount / 2].Symbol;
        Measure(out var elapsed, out long allocated, () => AncestorsAnalysis.Compute(graph, any));
        Row("index the graph (first job)", "1", Ms(elapsed), allocated, "adjacency arrays, both directions");

        var random = new Random(1);
        var picks = Enumerable.Range(0, samples).Select(_ => graph.Nodes[random.Next(graph.NodeCount)].Symbol).ToList();
        var newest = graph.Nodes[^1].Symbol;
        var oldest = graph.Nodes[0].Symbol;

        PerNode("chain", picks, s => LineageChainAnalysis.Compute(graph, s)!.Nodes.Length, Row);
        PerNode("ancestors", picks, s => AncestorsAnalysis.Compute(graph, s)!.Entries.Count, Row);
        PerNode("descendants", picks, s => DescendantsAnalysis.Compute(graph, s)!.Entries.Count, Row);
        PerNode($"chain of the newest ({newest})", [.. Enumerable.Repeat(newest, 20)], s => LineageChainAnalysis.Compute(graph, s)!.Nodes.Length, Row);
        PerNode($"ancestors of the newest ({newest})", [.. Enumerable.Repeat(newest, 20)], s => AncestorsAnalysis.Compute(graph, s)!.Entries.Count, Row);
        PerNode($"descendants of the oldest ({oldest})", [.. Enumerable.Repeat(oldest, 20)], s => DescendantsAnalysis.Compute(graph, s)!.Entries.Count, Row);

        var chain = LineageChainAnalysis.Compute(graph, newest)!;
        notes.Add($"The chain of {newest} stops at {chain.DepthReached} steps back ({chain.Nodes.Length:N0} documents, {chain.Links.Length:N0} links, {chain.Paths.Length:N0} branches listed{(chain.Truncated ? ", capped" : string.Empty)}): its next step would pass ChainOptions.MaxNodes = {ChainOptions.Default.MaxNodes:N0}; the whole ancestry is what `ancestors` lists.");

        Measure(out elapsed, out allocated, () => SeriesAnalysis.Compute(graph));
        var series = SeriesAnalysis.Compute(graph);
        Row("series (whole graph)", "1", Seconds(elapsed), allocated, $"{series.Series.Length:N0} series, longest {series.Series.Max(s => s.Members.Length)} members");

        Measure(out elapsed, out allocated, () => RankAnalysis.Compute(graph));
        var rank = RankAnalysis.Compute(graph);
        Row("rank (whole graph)", "1", Seconds(elapsed), allocated, $"{rank.CitedCount:N0} cited; PageRank {rank.Iterations} iterations{(rank.Converged ? string.Empty : " (not converged)")}");

        Measure(out elapsed, out allocated, () => AnomalyAnalysis.Compute(graph));
        var anomalies = AnomalyAnalysis.Compute(graph);
        Row("check (whole graph)", "1", Seconds(elapsed), allocated, $"{anomalies.Length:N0} anomalies");

        var report = new StringBuilder()
            .Append("# Benchmark: analysis jobs\n\n")
            .Append("`dotnet run -c Release --project bench/Lineage.Bench -- analysis [samples]` on the synthetic graph of `SyntheticGraph.Create()` ")
            .Append("(GA sessions 31–80, 100,000 documents, 1,000,000 citations: long yearly series whose members recall every earlier member, the rest mostly to recent sessions).\n\n")
            .Append(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {RuntimeInformation.ProcessArchitecture}; workstation GC. ")
            .Append(CultureInfo.InvariantCulture, $"Load average when the run ended: {BenchMachine.LoadAverage()} (the machine is shared; a load above the core count inflates times, tails most).\n\n")
            .Append("Per-document jobs ran on ").Append(samples.ToString(CultureInfo.InvariantCulture)).Append(" random documents (seed 1), after the graph was loaded and indexed. ")
            .Append("\"Allocated\" is what the job allocated in all its runs; \"peak\" is the process's peak working set so far (graph included).\n\n")
            .Append("| job | runs | time | allocated | peak working set | result |\n|---|---|---|---|---|---|\n");
        foreach (string row in rows)
        {
            report.Append(row).Append('\n');
        }

        report.Append('\n');
        foreach (string note in notes)
        {
            report.Append(note).Append("\n\n");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(results)!);
        File.WriteAllText(results, report.ToString().Replace("\r", string.Empty, StringComparison.Ordinal), new UTF8Encoding(false));
        Console.WriteLine($"wrote {results}");
    }

    private static void PerNode(string job, List<Lineage.Model.DocumentSymbol> symbols, Func<Lineage.Model.DocumentSymbol, int> run, Action<string, string, string, long, string> row)
    {
        int gen2 = GC.CollectionCount(2);
        var times = new List<double>(symbols.Count);
        long sizes = 0;
        long before = GC.GetTotalAllocatedBytes(false);
        var pausedBefore = GC.GetTotalPauseDuration();
        var slow = new List<(double Ms, double Paused, string Symbol, int Size)>();
        foreach (var symbol in symbols)
        {
            var paused = GC.GetTotalPauseDuration();
            int c0 = GC.CollectionCount(0), c1 = GC.CollectionCount(1), c2 = GC.CollectionCount(2);
            var watch = Stopwatch.StartNew();
            int size = run(symbol);
            sizes += size;
            times.Add(watch.Elapsed.TotalMilliseconds);
            slow.Add((watch.Elapsed.TotalMilliseconds, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, $"{symbol} (GCs gen0/1/2: {GC.CollectionCount(0) - c0}/{GC.CollectionCount(1) - c1}/{GC.CollectionCount(2) - c2})", size));
        }

        foreach (var s in slow.OrderByDescending(x => x.Ms).Take(3))
        {
            Console.WriteLine($"  slowest: {s.Symbol}: {s.Ms:F1} ms, of which GC pauses {s.Paused:F1} ms; {s.Size} documents");
        }

        double pausedMs = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
        long allocated = GC.GetTotalAllocatedBytes(false) - before;
        times.Sort();
        string time = string.Create(CultureInfo.InvariantCulture, $"p50 {Pct(times, 0.50):F2} ms, p99 {Pct(times, 0.99):F2} ms, max {times[^1]:F2} ms");
        row(job, symbols.Count.ToString(CultureInfo.InvariantCulture), time, allocated, string.Create(CultureInfo.InvariantCulture, $"{sizes / symbols.Count:N0} documents on average; {GC.CollectionCount(2) - gen2} full GCs, {pausedMs:F0} ms of GC pauses in all the runs"));
    }

    private static double Pct(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static void Measure(out TimeSpan elapsed, out long allocated, Action action)
    {
        long before = GC.GetTotalAllocatedBytes(false);
        var watch = Stopwatch.StartNew();
        action();
        elapsed = watch.Elapsed;
        allocated = GC.GetTotalAllocatedBytes(false) - before;
    }

    private static string Seconds(Stopwatch watch) => Seconds(watch.Elapsed);

    private static string Seconds(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:F2} s");

    private static string Ms(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:F0} ms");

    private static string Peak()
    {
        using var process = Process.GetCurrentProcess();
        return (process.PeakWorkingSet64 / (1 << 20)).ToString("N0", CultureInfo.InvariantCulture);
    }
}
