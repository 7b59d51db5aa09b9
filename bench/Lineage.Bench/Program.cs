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
    case "pipeline":
        PipelineBench.Run(args.Length > 1 ? args[1..] : ["seeds"]);
        break;
    case "scaling":
        ScalingBench.Run(args.Length > 2 ? args[2..] : ["seeds"], args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 64);
        break;
    case "extract":
        // bin/Release/net10.0 → the repository root; the corpus is ../shared/corpus beside it.
        string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        string corpus = args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
        string results = ExtractBenchmark.Run(corpus, Path.Combine(root, "seeds"), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
        Console.Write(results);
        Directory.CreateDirectory(Path.Combine(root, "bench", "results"));
        File.WriteAllText(Path.Combine(root, "bench", "results", "extract.md"), results);
        break;
    case "analysis":
        AnalysisBench.Run(args);
        break;
    case "read":
        // bin/Release/net10.0 → the repository root; the corpus is ../shared/corpus beside it.
        string repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        ReadBenchmark.Run(
            args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(repository, "..", "shared", "corpus")),
            Path.Combine(repository, "bench", "results", "read.md"));
        break;
    case "export" or "export-one" or "export-neo4j": await ExportBench.RunAsync(args); break;
    case "report": await ReportBench.RunAsync(args); break;
    case "record":
        return Lineage.Bench.Record.RecordBench.Run(args[1..]);
    default:
        Console.WriteLine("suites: graph [documents citations], pipeline FOLDER..., scaling MB FOLDER..., extract [CORPUS] [PASSES], analysis, export, read [CORPUS], record [--size 4GB] [--dir DIR] [--keep] [--generate-only], report [RUNS]");
        break;
}

return 0;
