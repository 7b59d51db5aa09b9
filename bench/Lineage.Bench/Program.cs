using System.Diagnostics;
using Lineage.Bench;

// Benchmark harness: `dotnet run -c Release --project bench/Lineage.Bench -- <suite>`; each suite prints its figures
// and the machine's; results are kept in bench/results/.
string suite = args.Length > 0 ? args[0] : "help";
var watch = Stopwatch.StartNew();
switch (suite)
{
    case "graph":
        var graph = args.Length > 2 ? SyntheticGraph.Create(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)) : SyntheticGraph.Create();
        Console.WriteLine($"synthetic graph: {graph.NodeCount} nodes, {graph.EdgeCount} edges in {watch.Elapsed.TotalSeconds:F1} s, " +
            $"managed heap {GC.GetTotalMemory(true) / (1 << 20)} MiB, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MiB");
        break;
    case "read":
        ReadBenchmark.Run(args.Length > 1 ? args[1] : Path.Combine("..", "shared", "corpus"), Path.Combine("bench", "results", "read.md"));
        break;
    default:
        Console.WriteLine("suites: graph, read");
        break;
}
