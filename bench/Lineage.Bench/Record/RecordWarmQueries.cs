#if LINEAGE_STORE
using System.Diagnostics;
using Lineage.Analysis;
using Lineage.Model;
using Lineage.Store;

namespace Lineage.Bench.Record;

/// <summary>
/// One warm query's timings: wall-clock median and slowest of the timed repeats, the median CPU time this process spent
/// on it (all threads; on a loaded machine the wall clock is mostly waiting for a core), and how many documents it
/// answered with.
/// </summary>
internal sealed record WarmTiming(string Query, string Symbol, double MedianMs, double MaxMs, double MedianCpuMs, int Documents);

/// <summary>
/// Warm per-document questions against the store, in this process, as a program asking many questions would ask them
/// through the library: the store opened once (<see cref="LineageStore.Open"/>) and its graph loaded once
/// (<see cref="LineageStore.LoadGraph(bool)"/>, kept by the store; the time is reported on its own), then for each
/// symbol the analysis (<see cref="LineageChainAnalysis"/>, <see cref="AncestorsAnalysis"/>, <see cref="DescendantsAnalysis"/>,
/// along recalls as the CLI's default). One untimed round first, then <c>repeats</c> timed rounds.
/// </summary>
internal static class RecordWarmQueries
{
    public static (double LoadMs, IReadOnlyList<WarmTiming> Timings) Run(string db, IReadOnlyList<DocumentSymbol> symbols, int repeats = 7)
    {
        using var store = LineageStore.Open(db);
        var watch = Stopwatch.StartNew();
        var graph = store.LoadGraph();
        double loadMs = watch.Elapsed.TotalMilliseconds;
        var timings = new List<WarmTiming>();
        foreach (var symbol in symbols)
        {
            timings.Add(Time("chain", symbol, repeats, () => LineageChainAnalysis.Compute(store.LoadGraph(), symbol)?.Nodes.Length ?? 0));
            timings.Add(Time("ancestors", symbol, repeats, () => AncestorsAnalysis.Compute(store.LoadGraph(), symbol)?.Entries.Count ?? 0));
            timings.Add(Time("descendants", symbol, repeats, () => DescendantsAnalysis.Compute(store.LoadGraph(), symbol)?.Entries.Count ?? 0));
        }

        GC.KeepAlive(graph);
        return (loadMs, timings);
    }

    private static WarmTiming Time(string query, DocumentSymbol symbol, int repeats, Func<int> ask)
    {
        int documents = ask();
        var times = new List<double>(repeats);
        var cpu = new List<double>(repeats);
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < repeats; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            documents = ask();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        return new WarmTiming(query, symbol.Canonical, times[times.Count / 2], times[^1], cpu[cpu.Count / 2], documents);
    }
}
#endif
